package dev.baton.sandbox;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * User codes as RFC 8628 §6.1 recommends: eight characters of a base-20 alphabet without vowels (no words, no
 * look-alikes), shown as {@code XXXX-XXXX}, compared without case, dashes or spaces.
 */
final class UserCodes {
    private static final String ALPHABET = "BCDFGHJKLMNPQRSTVWXZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private UserCodes() {
    }

    static String make() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, without what a person may add or change: case, dashes and spaces. */
    static String normalized(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
