package dev.baton.sandbox;

import java.util.List;
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

    private static final String CHECKBOX_CONSENT = """
            <p class="client">{{client_name}} asks for the permissions below. Tick the ones you grant.</p>
            <form method="post" action="/oauth/consent" id="consent">
            <input type="hidden" name="request_id" value="{{request_id}}">
            <input type="hidden" name="csrf" value="{{csrf}}">
            {{boxes}}
            <button type="submit" name="decision" value="deny" class="secondary">Cancel</button>
            <button type="submit" name="decision" value="approve" class="primary">Approve</button>
            </form>
            """;

    private static final String SCOPE_BOX = """
            <div><input type="checkbox" name="scope" value="{{scope}}" id="scope-{{scope}}">
            <label for="scope-{{scope}}">{{scope}}</label></div>
            """;

    private static final String SCRIPTED_SIGN_IN = """
            <div id="app"><noscript>This sign-in page needs JavaScript.</noscript></div>
            <script>
            (function () {
              var form = document.createElement("form");
              form.method = "post";
              form.action = "/signin";
              form.innerHTML = '<input type="hidden" name="request_id" value="{{request_id}}">'
                + '<input type="hidden" name="csrf" value="{{csrf}}">'
                + '<label>Email <input type="email" name="email"></label>'
                + '<label>Password <input type="password" name="password"></label>'
                + '<button type="submit">Sign in</button>';
              document.getElementById("app").appendChild(form);
            })();
            </script>
            """;

    private static final String SCRIPTED_CONSENT = """
            <p class="client">{{client_name}} ({{client_id}}) would like to access your account.</p>
            <form method="post" action="/oauth/consent">
            <input type="hidden" name="request_id" value="{{request_id}}">
            <input type="hidden" name="csrf" value="{{csrf}}">
            <button type="submit" name="decision" value="approve" id="allow" disabled>Allow</button>
            </form>
            <script>
            window.addEventListener("load", function () { document.getElementById("allow").disabled = false; });
            </script>
            """;

    private static final String SCRIPTED_REDIRECT = """
            <p>Returning to the application...</p>
            <script>location.assign({{location_json}});</script>
            """;

    private static final String REFRESH = """
            <p>Signed in. Taking you to the next step...</p>
            """;

    private static final String INTERSTITIAL = """
            <p>One moment, we are checking your session...</p>
            <form method="post" action="/oauth/continue" id="bounce">
            <input type="hidden" name="request_id" value="{{request_id}}">
            <input type="hidden" name="csrf" value="{{csrf}}">
            <noscript><button type="submit">Continue</button></noscript>
            </form>
            <script>document.getElementById("bounce").submit();</script>
            """;

    private static final String FORM_POST = """
            <form method="post" action="{{redirect_uri}}">
            {{inputs}}
            <noscript><button type="submit">Continue</button></noscript>
            </form>
            <script>document.forms[0].submit();</script>
            """;

    private static final String DEVICE_SIGN_IN = """
            <p>Enter the code your device shows, and sign in.</p>
            {{error}}
            <form method="post" action="/device">
            <label>Code <input type="text" name="user_code" value="{{user_code}}" autocomplete="off"></label>
            <label>Email <input type="email" name="email" autocomplete="username"></label>
            <label>Password <input type="password" name="password" autocomplete="current-password"></label>
            <button type="submit">Continue</button>
            </form>
            """;

    private static final String DEVICE_CONSENT = """
            <p class="client">{{client_name}} ({{client_id}}) on your device would like to access your account.</p>
            <p class="account">Signed in as {{email}}</p>
            <form method="post" action="/device/consent">
            <input type="hidden" name="user_code" value="{{user_code}}">
            <input type="hidden" name="csrf" value="{{csrf}}">
            <button type="submit" name="decision" value="approve">Allow</button>
            <button type="submit" name="decision" value="deny">Decline</button>
            </form>
            """;

    private static final String HIDDEN = "<input type=\"hidden\" name=\"{{name}}\" value=\"{{value}}\">\n";

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

    /** Consent with one unticked checkbox per requested scope (the sandbox's own scope when none was asked). */
    static String checkboxConsent(PendingAuthorization authorization) {
        List<String> scopes = authorization.scopes().isEmpty() ? List.of(TokenResponses.SCOPE.split(" "))
                : authorization.scopes();
        StringBuilder boxes = new StringBuilder();
        scopes.forEach(scope -> boxes.append(Html.render(SCOPE_BOX, Map.of("scope", scope)).markup()));
        Html content = Html.render(CHECKBOX_CONSENT, Map.of(
                "client_name", authorization.request().client().name(),
                "request_id", authorization.id(),
                "csrf", authorization.csrf(),
                "boxes", new Html(boxes.toString())));
        return page("Grant permissions", "Permissions requested", content);
    }

    /** A sign-in page whose form a script builds. */
    static String scriptedSignIn(PendingAuthorization authorization) {
        return page("Sign in", "Sign in", Html.render(SCRIPTED_SIGN_IN, Map.of(
                "request_id", authorization.id(), "csrf", authorization.csrf())));
    }

    /** A consent page whose Allow button a script enables. */
    static String scriptedConsent(PendingAuthorization authorization) {
        RegisteredClient client = authorization.request().client();
        return page("Authorize application", "Authorize " + client.name(), Html.render(SCRIPTED_CONSENT, Map.of(
                "client_name", client.name(), "client_id", client.id(),
                "request_id", authorization.id(), "csrf", authorization.csrf())));
    }

    /** A page that goes to {@code location} with {@code location.assign}. */
    static String scriptedRedirect(String location) {
        String json = "\"" + location.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\u003c") + "\"";
        return page("Redirecting", "Redirecting", Html.render(SCRIPTED_REDIRECT,
                Map.of("location_json", new Html(json))));
    }

    /** A page that moves on to {@code target} with a meta refresh. */
    static String refreshTo(String target) {
        String html = page("Signed in", "Signed in", Html.render(REFRESH, Map.of()));
        return html.replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\">\n"
                + Html.render("<meta http-equiv=\"refresh\" content=\"0; url='{{target}}'\">",
                Map.of("target", target)).markup());
    }

    /** An interstitial whose form of hidden inputs submits itself to {@code /oauth/continue}. */
    static String interstitial(PendingAuthorization authorization) {
        return page("Checking your session", "Please wait", Html.render(INTERSTITIAL, Map.of(
                "request_id", authorization.id(), "csrf", authorization.csrf())));
    }

    /** The OAuth 2.0 Form Post Response Mode page: {@code params} posted to {@code redirectUri} by a script. */
    static String formPost(String redirectUri, Map<String, String> params) {
        StringBuilder inputs = new StringBuilder();
        params.forEach((name, value) -> {
            if (value != null) {
                inputs.append(Html.render(HIDDEN, Map.of("name", name, "value", value)).markup());
            }
        });
        return page("Submit this form", "Returning to the application", Html.render(FORM_POST, Map.of(
                "redirect_uri", redirectUri, "inputs", new Html(inputs.toString()))));
    }

    /** The verification page: the user code (filled in when given) and the credentials. */
    static String deviceSignIn(String userCode, String error) {
        Html content = Html.render(DEVICE_SIGN_IN, Map.of(
                "error", error == null ? Html.EMPTY : errorParagraph(error),
                "user_code", userCode == null ? "" : userCode));
        return page(error == null ? "Connect a device" : "Connect a device: try again", "Connect a device", content);
    }

    /** The device's consent, shown once the code and the credentials were right. */
    static String deviceConsent(DeviceAuthorization device) {
        RegisteredClient client = device.client();
        Html content = Html.render(DEVICE_CONSENT, Map.of(
                "client_name", client.name(),
                "client_id", client.id(),
                "email", SandboxAccounts.USER_EMAIL,
                "user_code", device.userCode(),
                "csrf", device.csrf()));
        return page("Authorize device", "Authorize " + client.name(), content);
    }

    /** The end of the verification: nothing more to do here, the device goes on. */
    static String deviceDecided(boolean approved) {
        String message = approved ? "Your device is connected. You can close this page and return to it."
                : "You declined. The device will not get access.";
        return page(approved ? "Device connected" : "Access declined", approved ? "Done" : "Declined",
                Html.render("<p>{{message}}</p>", Map.of("message", message)));
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
