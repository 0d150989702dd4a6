package dev.baton.template;

import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;

/**
 * {@code chars:LENGTH[:ALPHABET]} on {@code $random}: a fresh random string of that many characters (at most 4096),
 * from {@code alnum} (the default: A-Z, a-z, 0-9), {@code alpha}, {@code digits}, {@code hex}, {@code base64url},
 * or the characters written after the colon.
 */
final class RandomText {

    private static final int MAX_LENGTH = 4096;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final String DIGITS = "0123456789";
    private static final Map<String, String> ALPHABETS = Map.of(
            "alnum", UPPER + LOWER + DIGITS,
            "alpha", UPPER + LOWER,
            "digits", DIGITS,
            "hex", "0123456789abcdef",
            "base64url", UPPER + LOWER + DIGITS + "-_");

    private RandomText() {
    }

    static Optional<String> problem(String argument) {
        String[] parts = argument.split(":", 2);
        if (!parts[0].matches("\\d{1,4}") || Integer.parseInt(parts[0]) < 1
                || Integer.parseInt(parts[0]) > MAX_LENGTH) {
            return Optional.of("chars takes a length from 1 to " + MAX_LENGTH + " and an optional alphabet, such as "
                    + "chars:16 or chars:32:hex");
        }
        return parts.length == 2 && parts[1].isEmpty() ? Optional.of("chars: the alphabet after ':' is empty")
                : Optional.empty();
    }

    static Functions.Value of(String argument) {
        String[] parts = argument.split(":", 2);
        int length = Integer.parseInt(parts[0]);
        String alphabet = parts.length < 2 ? ALPHABETS.get("alnum") : ALPHABETS.getOrDefault(parts[1], parts[1]);
        int[] symbols = alphabet.codePoints().toArray();
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.appendCodePoint(symbols[RANDOM.nextInt(symbols.length)]);
        }
        return new Functions.Value(out.toString(), false);
    }
}
