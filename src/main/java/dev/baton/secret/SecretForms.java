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
 * itself and its hex (both compared ignoring case), its Base64 and Base64URL at each of the three alignments it
 * can have inside a longer encoded blob (compared exactly), and {@link Block blocks} of the value from which a
 * {@link #fragmentLength fragment} that a server echoes, cut without a mark ({@code invalid key sk_live_4eC3}), is
 * found.
 *
 * <p>Inside a blob, the characters that encode only the secret's own bits are the same whatever surrounds it: the
 * {@link Base64Core core}. The character before it (when the secret does not start on a 3-byte boundary) and the one
 * after it (when it does not end on one) mix in neighbouring bits, and are masked with the core.
 */
record SecretForms(List<String> folded, List<Base64Core> base64, List<Block> blocks) {

    /** Fragments are never longer than this, so that any 8 characters of a long secret are masked. */
    static final int LONGEST_FRAGMENT = 8;

    /**
     * One alignment of a secret's Base64.
     *
     * @param core        the characters that encode the secret's bits only
     * @param mixedBefore whether the character before the core also holds bits of the secret
     * @param mixedAfter  whether the character after the core also holds bits of the secret
     */
    record Base64Core(String core, boolean mixedBefore, boolean mixedAfter) {
    }

    /**
     * A few characters inside a secret, from which a run of the secret's characters found in a text is grown.
     *
     * @param secret   the folded secret
     * @param offset   where the block starts in it
     * @param fragment how long a run must grow to be masked
     */
    record Block(String secret, int offset, int fragment) {
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
        return new SecretForms(folded, new ArrayList<>(cores), blocks(folded.get(0), minLength));
    }

    /**
     * How long a run of a secret's characters must be to be masked on its own: half the secret, at least
     * {@code minLength} and at most {@link #LONGEST_FRAGMENT}. A shorter run tells too little to be worth blanking out
     * ordinary text for.
     */
    static int fragmentLength(int secretLength, int minLength) {
        return Math.max(minLength, Math.min(LONGEST_FRAGMENT, (secretLength + 1) / 2));
    }

    /**
     * The blocks of {@link FormIndex#HEAD} characters of the folded secret that every run of its fragment length
     * holds one of: one every {@code fragment - HEAD + 1} characters. None when the fragment is the whole secret.
     */
    private static List<Block> blocks(String folded, int minLength) {
        int fragment = fragmentLength(folded.length(), minLength);
        List<Block> blocks = new ArrayList<>();
        for (int at = 0; fragment < folded.length() && at + FormIndex.HEAD <= folded.length();
             at += Math.max(1, fragment - FormIndex.HEAD + 1)) {
            blocks.add(new Block(folded, at, fragment));
        }
        return blocks;
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
