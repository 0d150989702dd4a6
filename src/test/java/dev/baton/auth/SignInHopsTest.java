package dev.baton.auth;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a sign-in's hops are shown when it goes round in circles: never a value the server put in the URL. */
class SignInHopsTest {

    @Test
    void queryValuesPathParametersAndUserInfoAreLeftOut() {
        assertEquals("https://idp.example/login;\u2026/resume?state=\u2026&code=\u2026",
                SignInHops.shown(URI.create("https://idp.example/login;jsessionid=S3CR3T/resume?state=st4te&code=c0de#f")));
        assertEquals("http://(user info)@idp.example/a", SignInHops.shown(URI.create("http://u:pw@idp.example/a")));
        assertEquals("https://idp.example/plain", SignInHops.shown(URI.create("https://idp.example/plain")));
    }
}
