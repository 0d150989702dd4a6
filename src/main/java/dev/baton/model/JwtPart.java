package dev.baton.model;

/**
 * What a {@code jwt} query reads of the JSON Web Token its argument finds: a member of the token's header or of its
 * claims, by JSONPath, or whether its signature verifies against an issuer's keys.
 *
 * @param part   the part read
 * @param path   the JSONPath into the header or claims, as written (placeholders are not filled in it); {@code null}
 *               for the signature
 * @param issuer for the signature: the issuer whose JWKS signs the token as written, or {@code null} for the
 *               collection's {@code openid-connect} issuer; else {@code null}
 */
public record JwtPart(Part part, String path, Text issuer) {

    /** The parts of a token a query reads. */
    public enum Part {
        HEADER("header"), CLAIMS("claims"), SIGNATURE("signature");

        private final String key;

        Part(String key) {
            this.key = key;
        }

        /** How the part is written in a collection. */
        public String key() {
            return key;
        }
    }

    /** How the part is named in messages: {@code claims $.scope}, {@code signature}. */
    public String label() {
        return path == null ? part.key() : part.key() + " " + path;
    }
}
