package dev.baton.auth;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class BrowserLauncherTest {

    private static final URI URL = URI.create("https://zoom.us/oauth/authorize?response_type=code&client_id=abc");
    private final StringWriter out = new StringWriter();
    private final List<String> tried = new ArrayList<>();

    private BrowserLauncher.Opener opener(String name, boolean works) {
        return uri -> {
            tried.add(name);
            return works;
        };
    }

    @Test
    void usesTheFirstOpenerThatWorksAndStillPrintsTheUrl() {
        BrowserLauncher launcher = new BrowserLauncher(new PrintWriter(out),
                List.of(opener("desktop", false), opener("xdg-open", true), opener("never", true)));

        assertTrue(launcher.open(URL));
        assertEquals(List.of("desktop", "xdg-open"), tried);
        assertTrue(out.toString().contains("Opened the sign-in page in your browser"), out.toString());
        assertTrue(out.toString().contains("  " + URL), out.toString());
    }

    @Test
    void neverFailsWhenOpenersThrowButPrintsTheUrl() {
        BrowserLauncher launcher = new BrowserLauncher(new PrintWriter(out), List.of(
                uri -> {
                    throw new UnsupportedOperationException("no desktop");
                },
                uri -> {
                    throw new IOException("xdg-open: not found");
                },
                uri -> {
                    throw new UnsatisfiedLinkError("no libawt");
                }));

        assertFalse(launcher.open(URL));
        assertTrue(out.toString().startsWith("Open this URL in a browser to sign in:"), out.toString());
        assertTrue(out.toString().contains(URL.toString()));
    }

    @Test
    void withNoOpenerItJustPrints() {
        assertFalse(new BrowserLauncher(new PrintWriter(out), List.of()).open(URL));
        assertTrue(out.toString().contains(URL.toString()));
    }

    @Test
    void aCommandThatIsNotInstalledIsNotAnError() throws Exception {
        assertFalse(BrowserLauncher.command(List.of("baton-no-such-browser-opener", URL.toString())));
    }

    @Test
    void aCommandThatFailsIsReported() throws Exception {
        assumeTrue(new File("/bin/false").canExecute() || new File("/usr/bin/false").canExecute());
        assertFalse(BrowserLauncher.command(List.of("false", URL.toString())));
        assertTrue(BrowserLauncher.command(List.of("true", URL.toString())));
    }
}
