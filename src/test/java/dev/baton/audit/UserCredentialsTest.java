package dev.baton.audit;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class UserCredentialsTest {

    @Test
    void aUserNameFieldAndAPasswordFieldNameTheUser() {
        assertEquals(Optional.of(new UserCredentials("a@example.test", "pw")),
                UserCredentials.of(Map.of("Email", List.of("a@example.test"), "password", List.of("pw"),
                        "remember", List.of("on"))));
        assertEquals(Optional.of(new UserCredentials("alice", "pw")),
                UserCredentials.of(Map.of("login", List.of("alice"), "pass", List.of("pw"))));
    }

    @Test
    void noUserIsGuessedWhenTheFieldsDoNotSayItPlainly() {
        assertEquals(Optional.empty(), UserCredentials.of(Map.of("username", List.of("alice"), "otp",
                List.of("123456"))));
        assertEquals(Optional.empty(), UserCredentials.of(Map.of("username", List.of("alice"), "email",
                List.of("a@example.test"), "password", List.of("pw"))));
        assertEquals(Optional.empty(), UserCredentials.of(Map.of("username", List.of("a", "b"), "password",
                List.of("pw"))));
    }

    @Test
    void itsTextNeverHoldsThePassword() {
        assertFalse(new UserCredentials("alice", "hunter2-secret").toString().contains("hunter2"));
    }
}
