package dev.baton.sandbox;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PkceVerifierTest {

    @Test
    void rfc7636AppendixBVector() {
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", PkceVerifier.s256(Flow.VERIFIER));
    }

    @Test
    void theChallengeQuotedInTheTaskBriefIsNotTheRfcVector() {
        assertNotEquals("E9Melhoa2OwvFrEMTJguCHoeXutgHZ1ZvW4KTyMMCQM", PkceVerifier.s256(Flow.VERIFIER));
    }

    @Test
    void syntaxIs43To128UnreservedCharacters() {
        assertTrue(PkceVerifier.isWellFormed("a".repeat(43)));
        assertTrue(PkceVerifier.isWellFormed("A-._~z09".repeat(16)));
        assertFalse(PkceVerifier.isWellFormed("a".repeat(42)));
        assertFalse(PkceVerifier.isWellFormed("a".repeat(129)));
        assertFalse(PkceVerifier.isWellFormed("a".repeat(42) + "+"));
        assertFalse(PkceVerifier.isWellFormed("a".repeat(42) + "="));
        assertFalse(PkceVerifier.isWellFormed(null));
    }

    @Test
    void s256AcceptsOnlyTheMatchingVerifier() {
        AuthorizationRequest s256 = request(Flow.CHALLENGE, ChallengeMethod.S256);

        assertDoesNotThrow(() -> PkceVerifier.verify(s256, Flow.VERIFIER));
        assertEquals("invalid_grant", problem(s256, Flow.VERIFIER.replace('d', 'e')).error());
        assertEquals("invalid_grant", problem(request(Flow.VERIFIER, ChallengeMethod.S256), Flow.VERIFIER).error());
    }

    @Test
    void plainComparesVerbatim() {
        AuthorizationRequest plain = request(Flow.VERIFIER, ChallengeMethod.PLAIN);

        assertDoesNotThrow(() -> PkceVerifier.verify(plain, Flow.VERIFIER));
        assertEquals("invalid_grant", problem(plain, Flow.VERIFIER.toUpperCase()).error());
    }

    @Test
    void missingVerifierIsInvalidRequestAndUnexpectedOneIsInvalidGrant() {
        assertEquals("invalid_request", problem(request(Flow.CHALLENGE, ChallengeMethod.S256), null).error());
        assertEquals("invalid_grant", problem(request(null, null), Flow.VERIFIER).error());
        assertDoesNotThrow(() -> PkceVerifier.verify(request(null, null), null));
    }

    private static OAuthProblem problem(AuthorizationRequest request, String verifier) {
        return assertThrows(OAuthProblem.class, () -> PkceVerifier.verify(request, verifier));
    }

    private static AuthorizationRequest request(String challenge, ChallengeMethod method) {
        RegisteredClient client = RegisteredClient.find(SandboxAccounts.PUBLIC_CLIENT_ID).orElseThrow();
        return new AuthorizationRequest(client, SandboxAccounts.REDIRECT_URI, true, null, challenge, method,
                java.util.List.of(), null);
    }
}
