package dev.baton.secret;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The forms in which one secret is searched for in text, besides those the {@link Decoded} views undo: the value
 * itself and its hex (both compared ignoring case), and its Base64 and Base64URL at each of the three alignments it
 * can have inside a longer encoded blob (compared exactly).
 *
 * <p>Inside a blob, the characters that encode only the secret's own bits are the same whatever surrounds it: the
 * {@link Base64Core core}. The character before it (when the secret does not start on a 3-byte boundary) and the one
 * after it (when it does not end on one) mix in neighbouring bits, and are masked with the core.
 */
record SecretForms(List<String> folded, List<Base64Core> base64) {

    /**
     * One alignment of a secret's Base64.
     *
     * @param core        the characters that encode the secret's bits only
     * @param mixedBefore whether the character before the core also holds bits of the secret
     * @param mixedAfter  whether the character after the core also holds bits of the secret
     */
    record Base64Core(String core, boolean mixedBefore, boolean mixedAfter) {
    }

    static SecretForms of(String secret, int minLength) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        List<String> folded = List.of(fold(secret), HexFormat.of().formatHex(bytes));
        Set<Base64Core> cores = new LinkedHashSet<>();
        for (int offset = 0; offset < 3; offset++) {
            byte[] aligned = new byte[offset + bytes.length];
            System.arraycopy(bytes, 0, aligned, offset, bytes.length);
            String encoded = Base64.getEncoder().withoutPadding().encodeToString(aligned);
            int bits = 8 * aligned.length;
            int start = (8 * offset + 5) / 6;
            int end = bits / 6;
            if (end - start < minLength) {
                continue;
            }
            String core = encoded.substring(start, end);
            cores.add(new Base64Core(core, offset != 0, bits % 6 != 0));
            cores.add(new Base64Core(core.replace('+', '-').replace('/', '_'), offset != 0, bits % 6 != 0));
        }
        return new SecretForms(folded, new ArrayList<>(cores));
    }

    /** The text with every character lower-cased on its own, so that indexes stay where they were. */
    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /** Whether {@code c} belongs to the Base64 or Base64URL alphabet. */
    static boolean isBase64(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
                || c == '-' || c == '_';
    }
}
