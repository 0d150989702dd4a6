package dev.baton.secret;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The secrets of a run: {@link #add} registers a secret, in the places that learn one; {@link #mask(String)}
 * replaces each of its forms in a text by {@link #MASK}, for {@link OutputBoundary} alone, which every byte Baton
 * writes passes.
 *
 * <p>A secret is found in every form it takes on its way to an output, also inside a longer token: as it is or
 * upper-cased; percent-encoded (either hex case, {@code +} or {@code %20} for a space, wholly or partly encoded);
 * JSON-escaped; as HTML character references; as hex; as Base64 or Base64URL at any alignment, padded or not; and
 * those encodings inside one another (JSON inside HTML, a URL in JSON). Besides registered secrets, JSON Web Tokens
 * are masked by their shape unless declared {@link #addPublic public}. A text that was cut shows no prefix of a
 * secret either: see {@link Masking}. Baton's {@link OwnWords own phrases} are never masked.
 */
public final class Redactor {

    /** What a secret is replaced with. */
    public static final String MASK = "*****";
    /**
     * Shorter values are not treated as secrets: masking every {@code abc} in every message and body would blank
     * out ordinary text and still tell the secret to whoever compares what was masked.
     */
    public static final int MIN_LENGTH = 4;

    /**
     * System property that turns masking off. It exists for Baton's own leak tests, which must fail when masking
     * is off; never set it anywhere else.
     */
    public static final String DISABLE_PROPERTY = "baton.unsafe.disableRedaction";

    private final boolean enabled;
    private final Set<String> known = new HashSet<>();
    private volatile Masking masking = Masking.NONE;

    /** A redactor that masks, unless {@link #DISABLE_PROPERTY} is set to {@code true}. */
    public Redactor() {
        this.enabled = !Boolean.getBoolean(DISABLE_PROPERTY);
    }

    /** Registers a secret value; null, short, public and already known values are ignored. */
    public synchronized void add(String secret) {
        if (secret == null || secret.length() < MIN_LENGTH || masking.isPublic(secret) || !known.add(secret)) {
            return;
        }
        List<SecretForms> forms = new ArrayList<>(masking.secrets());
        forms.add(SecretForms.of(secret, MIN_LENGTH));
        String stripped = secret.strip();
        if (!stripped.equals(secret) && stripped.length() >= MIN_LENGTH && known.add(stripped)) {
            forms.add(SecretForms.of(stripped, MIN_LENGTH));
        }
        masking = masking.withSecrets(forms);
    }

    /** Whether {@code value} was registered as a secret (and not declared public since). */
    public synchronized boolean isKnown(String value) {
        return value != null && known.contains(value);
    }

    /**
     * Declares a value public, as a collection does with {@code public: true} on a capture: it is shown, although it
     * has the shape of a JSON Web Token or was registered as a secret, and it is not registered later.
     */
    public synchronized void addPublic(String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Masking shown = masking.withPublic(value);
        if (known.remove(value)) {
            List<SecretForms> forms = new ArrayList<>();
            known.forEach(secret -> forms.add(SecretForms.of(secret, MIN_LENGTH)));
            shown = shown.withSecrets(forms);
        }
        masking = shown;
    }

    /** The masks in force: the same object for as long as no secret is learned and no value is declared public. */
    Object state() {
        return masking;
    }

    /** The text with every known secret form, and every JSON Web Token not declared public, replaced by {@link #MASK}. */
    String mask(String text) {
        if (text == null || text.isEmpty() || !enabled) {
            return text;
        }
        return masking.apply(text);
    }

    /**
     * The text of a stream, masked as {@link #mask(String)} does but keeping Baton's {@link OwnWords#LINE_PREFIXES
     * line prefixes} where they open a line (at the start too when {@code startsLine}).
     */
    String maskLines(String text, boolean startsLine) {
        if (text == null || text.isEmpty() || !enabled) {
            return text;
        }
        return masking.apply(text, true, startsLine);
    }
}
