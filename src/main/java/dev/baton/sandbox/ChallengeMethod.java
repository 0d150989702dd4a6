package dev.baton.sandbox;

/** The {@code code_challenge_method} values of RFC 7636 §4.3, spelled as on the wire. */
enum ChallengeMethod {
    S256("S256"), PLAIN("plain");

    private final String wireName;

    ChallengeMethod(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }

    /** The method named {@code value} (case-sensitive), or {@code null} when there is none. */
    static ChallengeMethod fromWire(String value) {
        for (ChallengeMethod method : values()) {
            if (method.wireName.equals(value)) {
                return method;
            }
        }
        return null;
    }
}
