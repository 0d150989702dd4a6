package dev.baton.auth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Masks submitted field values, as typed and URL-encoded, in messages. */
final class Redactor {

    private static final int SHORTEST = 3;
    private static final String MASK = "***";

    private final List<String> secrets;

    Redactor(Collection<String> values) {
        Set<String> forms = new LinkedHashSet<>();
        for (String value : values) {
            if (value.length() >= SHORTEST) {
                forms.add(value);
                forms.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        this.secrets = forms.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    SignInException redact(SignInException e) {
        String message = e.getMessage();
        String masked = message;
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        return masked.equals(message) ? e : new SignInException(masked);
    }
}
