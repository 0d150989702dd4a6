package dev.baton.auth;

import org.jsoup.nodes.Entities;

/** The short pages the loopback listener shows the browser. */
final class CallbackPages {

    private static final String LAYOUT = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Baton: %s</title></head>
            <body style="font-family: sans-serif; margin: 3em">
            <h1>%s</h1>
            <p>%s</p>
            </body>
            </html>
            """;

    private CallbackPages() {
    }

    static String signedIn() {
        return page("signed in", "Signed in", "You can close this window and return to the terminal.");
    }

    static String failed(AuthorizationResponse response) {
        String detail = response.errorDescription() == null ? "" : " (" + response.errorDescription() + ")";
        return page("sign-in failed", "Sign-in failed", "The authorization server answered " + response.error()
                + detail + ". You can close this window; the terminal says what to do next.");
    }

    static String noCode() {
        return page("no code", "Nothing to do here",
                "This address expects the authorization server's redirect with a code or an error.");
    }

    static String alreadyAnswered() {
        return page("already signed in", "Already done", "Baton already has an answer. You can close this window.");
    }

    static String wrongPath() {
        return page("not found", "Wrong address", "This is not the redirect URI Baton is waiting on.");
    }

    static String wrongMethod() {
        return page("wrong method", "Wrong method", "Only GET is expected here.");
    }

    private static String page(String title, String heading, String text) {
        return String.format(LAYOUT, Entities.escape(title), Entities.escape(heading), Entities.escape(text));
    }
}
