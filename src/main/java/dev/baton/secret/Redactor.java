package dev.baton.secret;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Masks secret values in text Baton writes: the raw value and its URL-encoded, Base64, Base64URL and
 * JSON-escaped forms. Every writer passes its text through {@link #mask(String)}.
 */
public final class Redactor {

    /** What a secret is replaced with. */
    public static final String MASK = "*****";
    /** Shorter values are not treated as secrets: masking them would blank out ordinary text. */
    public static final int MIN_LENGTH = 4;

    /**
     * System property that turns masking off. It exists for Baton's own leak tests, which must fail when masking
     * is off; never set it anywhere else.
     */
    public static final String DISABLE_PROPERTY = "baton.unsafe.disableRedaction";

    private final boolean enabled;
    private final Set<String> known = new HashSet<>();
    private volatile List<String> forms = List.of();

    /** A redactor that masks, unless {@link #DISABLE_PROPERTY} is set to {@code true}. */
    public Redactor() {
        this.enabled = !Boolean.getBoolean(DISABLE_PROPERTY);
    }

    /** Registers a secret value; null, short and already known values are ignored. */
    public synchronized void add(String secret) {
        if (secret == null || secret.length() < MIN_LENGTH || !known.add(secret)) {
            return;
        }
        Set<String> variants = new LinkedHashSet<>();
        variants.add(secret);
        variants.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
        variants.add(URLEncoder.encode(secret, StandardCharsets.UTF_8).replace("+", "%20"));
        variants.add(jsonEscaped(secret));
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        String base64 = Base64.getEncoder().encodeToString(bytes);
        variants.add(base64);
        variants.add(base64.replaceAll("=+$", ""));
        variants.add(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        variants.removeIf(v -> v.length() < MIN_LENGTH);
        List<String> sorted = new ArrayList<>(forms);
        sorted.addAll(variants);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        forms = List.copyOf(new LinkedHashSet<>(sorted));
    }

    /** The text with every known secret form replaced by {@link #MASK}. */
    public String mask(String text) {
        List<String> current = forms;
        if (text == null || current.isEmpty() || !enabled) {
            return text;
        }
        String masked = text;
        for (String form : current) {
            if (masked.contains(form)) {
                masked = masked.replace(form, MASK);
            }
        }
        return masked;
    }

    private static String jsonEscaped(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '/' -> out.append("\\/");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }
}
