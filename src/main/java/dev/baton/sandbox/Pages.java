package dev.baton.sandbox;

import java.util.Map;

/** The HTML the sandbox shows a user: sign-in, consent and error pages. */
final class Pages {
    private static final String LAYOUT = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>{{title}}</title>
            </head>
            <body>
            <main>
            <h1>{{heading}}</h1>
            {{content}}
            </main>
            </body>
            </html>
            """;

    private static final String SIGN_IN = """
            <p class="client">Sign in to let {{client_name}} access your account.</p>
            {{error}}
            <form method="post" action="/signin">
            <input type="hidden" name="request_id" value="{{request_id}}">
            <input type="hidden" name="csrf" value="{{csrf}}">
            <label>Email <input type="email" name="email" value="{{email}}" autocomplete="username"></label>
            <label>Password <input type="password" name="password" autocomplete="current-password"></label>
            <button type="submit">Sign in</button>
            </form>
            """;

    private static final String CONSENT = """
            <p class="client">{{client_name}} ({{client_id}}) would like to access your account.</p>
            <p class="account">Signed in as {{email}}</p>
            <ul class="scopes"><li>{{scope}}</li></ul>
            <form method="post" action="/oauth/consent">
            <input type="hidden" name="request_id" value="{{request_id}}">
            <input type="hidden" name="csrf" value="{{csrf}}">
            <button type="submit" name="decision" value="approve">Allow</button>
            <button type="submit" name="decision" value="deny">Decline</button>
            </form>
            """;

    private static final String ERROR = "<p class=\"error\">{{message}}</p>";

    private Pages() {
    }

    /** The sign-in form; {@code error} is {@code null} on the first showing. */
    static String signIn(PendingAuthorization authorization, String email, String error) {
        Html content = Html.render(SIGN_IN, Map.of(
                "client_name", authorization.request().client().name(),
                "error", error == null ? Html.EMPTY : errorParagraph(error),
                "request_id", authorization.id(),
                "csrf", authorization.csrf(),
                "email", email == null ? "" : email));
        return page(error == null ? "Sign in" : "Sign in failed", "Sign in", content);
    }

    static String consent(PendingAuthorization authorization) {
        RegisteredClient client = authorization.request().client();
        Html content = Html.render(CONSENT, Map.of(
                "client_name", client.name(),
                "client_id", client.id(),
                "email", SandboxAccounts.USER_EMAIL,
                "scope", TokenResponses.SCOPE,
                "request_id", authorization.id(),
                "csrf", authorization.csrf()));
        return page("Authorize application", "Authorize " + client.name(), content);
    }

    static String error(String message) {
        return page("OAuth error", "Something went wrong", errorParagraph(message));
    }

    private static Html errorParagraph(String message) {
        return Html.render(ERROR, Map.of("message", message));
    }

    private static String page(String title, String heading, Html content) {
        return Html.render(LAYOUT, Map.of("title", title, "heading", heading, "content", content)).markup();
    }
}
