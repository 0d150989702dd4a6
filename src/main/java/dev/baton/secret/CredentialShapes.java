package dev.baton.secret;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values that look like credentials whatever name they stand under: JSON Web Tokens, AWS access key ids, Stripe-style
 * {@code sk_live_} keys, GitHub and Slack tokens, PEM private keys, long hex, and long Base64 (32 characters or more,
 * mixing upper case, lower case and digits, so that paths and words are not taken for one).
 */
public final class CredentialShapes {

    private static final Pattern SHAPE = Pattern.compile(String.join("|",
            "eyJ[A-Za-z0-9_-]{2,}\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*",
            "\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b",
            "\\b(?:sk|pk|rk)_(?:live|test)_[0-9A-Za-z]{6,}",
            "\\bgh[pousr]_[A-Za-z0-9]{20,}",
            "\\bxox[abprs]-[A-Za-z0-9-]{10,}",
            "-----BEGIN [A-Z ]*PRIVATE KEY-----",
            "\\b[0-9a-fA-F]{32,}\\b",
            "(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{32,}={0,2}(?![A-Za-z0-9+/_-])"));
    private static final Pattern UPPER = Pattern.compile("[A-Z]");
    private static final Pattern LOWER = Pattern.compile("[a-z]");
    private static final Pattern DIGIT = Pattern.compile("[0-9]");

    private CredentialShapes() {
    }

    /** Whether {@code text} holds something shaped like a credential. */
    public static boolean in(String text) {
        return !replaceIn(text, "").equals(text);
    }

    /** {@code text} with each value shaped like a credential replaced by {@code replacement}. */
    public static String replaceIn(String text, String replacement) {
        Matcher m = SHAPE.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String found = m.group();
            boolean base64Only = !found.startsWith("eyJ") && !found.startsWith("-----") && !found.contains("_live_")
                    && !found.contains("_test_") && !found.matches("(?:AKIA|ASIA|gh[pousr]_|xox).*")
                    && !found.matches("[0-9a-fA-F]+");
            if (base64Only && !(UPPER.matcher(found).find() && LOWER.matcher(found).find()
                    && DIGIT.matcher(found).find())) {
                continue;
            }
            out.append(text, last, m.start()).append(replacement);
            last = m.end();
        }
        return last == 0 ? text : out.append(text, last, text.length()).toString();
    }
}
