package dev.baton.audit;

/**
 * The requirement a probe checks, where it is written and how strongly: {@code RFC 9700 §4.8.2 (MUST)}.
 *
 * @param document the specification, such as {@code RFC 9700}
 * @param section  the section, such as {@code 4.8.2}
 * @param keyword  the BCP 14 keyword of the requirement as the text words it: {@code MUST} or {@code SHOULD}
 */
public record Citation(String document, String section, String keyword) {

    /** A requirement the text words with MUST or MUST NOT. */
    public static Citation must(String document, String section) {
        return new Citation(document, section, "MUST");
    }

    /** A requirement the text words with SHOULD or SHOULD NOT. */
    public static Citation should(String document, String section) {
        return new Citation(document, section, "SHOULD");
    }

    /** {@code RFC 9700 §4.8.2}. */
    public String where() {
        return document + " \u00a7" + section;
    }

    /** {@code RFC 9700 §4.8.2 (MUST)}. */
    @Override
    public String toString() {
        return where() + " (" + keyword + ")";
    }
}
