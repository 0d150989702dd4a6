package dev.baton.check;

import dev.baton.model.Text;
import java.util.Optional;

/**
 * Verifies a JSON Web Token's signature against the keys an issuer publishes, for {@code jwt: {...: {signature:
 * valid}}}: the run knows the issuer and how to reach its JWKS, the check package does not.
 */
@FunctionalInterface
public interface SignatureCheck {

    /** No issuer's keys at hand: every signature is refused, saying so. */
    SignatureCheck NONE = (token, issuer) -> Optional.of("no issuer's keys are known to this check");

    /**
     * Why {@code token}'s signature does not verify, or empty when it does.
     *
     * @param issuer the issuer as written beside {@code signature:}, or {@code null} for the collection's
     *               {@code openid-connect} issuer
     */
    Optional<String> problem(String token, Text issuer);
}
