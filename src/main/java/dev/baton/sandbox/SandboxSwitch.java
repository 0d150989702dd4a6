package dev.baton.sandbox;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Behaviours of real authorization servers the sandbox can be switched to, one run at a time, so that Baton's
 * sign-in is tested against pages it was not tuned to. Set in an environment file ({@code sandbox: {switches:
 * [secure-cookies, checkbox-consent]}}) or with {@code baton sandbox --switch NAME}.
 */
public enum SandboxSwitch {
    /** The session cookie is {@code Secure; SameSite=None}, even over http to 127.0.0.1. */
    SECURE_COOKIES("secure-cookies"),
    /** The authorization endpoint answers 401 with {@code WWW-Authenticate: Bearer} unless the request accepts HTML. */
    HTML_ONLY("html-only"),
    /** The consent page lists the scopes as unticked checkboxes, with Cancel before Approve; no scope ticked denies. */
    CHECKBOX_CONSENT("checkbox-consent"),
    /** {@code response_mode=form_post} is honoured: the code comes in an auto-submitting form posted to the client. */
    FORM_POST("form-post"),
    /** After the sign-in, a page moves on with {@code <meta http-equiv=refresh>}. */
    META_REFRESH("meta-refresh"),
    /** After the sign-in, an interstitial page posts a form of hidden inputs by itself. */
    INTERSTITIAL("interstitial"),
    /**
     * The pages need JavaScript: the sign-in form is built by a script, the consent button is enabled by a script,
     * and the client is reached with {@code location.assign}.
     */
    JAVASCRIPT("javascript"),
    /** The user denies the consent: whatever is pressed, the client gets {@code error=access_denied}. */
    DENY_CONSENT("deny-consent");

    private final String key;

    SandboxSwitch(String key) {
        this.key = key;
    }

    /** The name of the switch in files and on the command line. */
    public String key() {
        return key;
    }

    /** The switch named {@code key}, ignoring case. */
    public static Optional<SandboxSwitch> byKey(String key) {
        String wanted = key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.key.equals(wanted)).findFirst();
    }

    /** Every name, for messages and suggestions. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(SandboxSwitch::key).toList();
    }
}
