package dev.baton.auth;

import dev.baton.model.PkceMethod;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PkceTest {

    private static final Pattern UNRESERVED = Pattern.compile("[A-Za-z0-9\\-._~]+");
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");

    @Test
    void s256ChallengeMatchesRfc7636AppendixB() {
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                Pkce.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", PkceMethod.S256));
    }

    @Test
    void plainChallengeIsTheVerifier() {
        String verifier = Pkce.newVerifier();
        assertEquals(verifier, Pkce.challenge(verifier, PkceMethod.PLAIN));
    }

    @Test
    void verifiersHaveTheAskedLengthWithinRfcBounds() {
        assertEquals(Pkce.DEFAULT_VERIFIER_LENGTH, Pkce.newVerifier().length());
        assertEquals(43, Pkce.newVerifier(43).length());
        assertEquals(128, Pkce.newVerifier(128).length());
        IllegalArgumentException tooShort = assertThrows(IllegalArgumentException.class, () -> Pkce.newVerifier(42));
        assertEquals("code_verifier must be 43 to 128 characters, was 42", tooShort.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Pkce.newVerifier(129));
    }

    @Test
    void generatedVerifiersUseOnlyUnreservedCharactersAndAllOfThem() {
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String verifier = Pkce.newVerifier(128);
            assertTrue(UNRESERVED.matcher(verifier).matches(), verifier);
            assertTrue(Pkce.verifierProblem(verifier).isEmpty());
            verifier.chars().forEach(c -> seen.add((char) c));
        }
        assertEquals(66, seen.size(), "all 66 unreserved characters should turn up: " + seen);
    }

    @Test
    void verifiersAndStatesDiffer() {
        Set<String> verifiers = new HashSet<>();
        Set<String> states = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            verifiers.add(Pkce.newVerifier());
            states.add(Pkce.newState());
        }
        assertEquals(1000, verifiers.size());
        assertEquals(1000, states.size());
    }

    @Test
    void stateCarriesAtLeast128BitsAsBase64Url() {
        String state = Pkce.newState();
        assertTrue(BASE64URL.matcher(state).matches(), state);
        assertTrue(state.length() * 6 >= 128, state);
    }

    @Test
    void verifierProblemNamesLengthOrFirstBadCharacter() {
        assertEquals("code_verifier must be 43 to 128 characters, was 12",
                Pkce.verifierProblem("abcdefghijkl").orElseThrow());
        assertEquals("code_verifier must be 43 to 128 characters, was 129",
                Pkce.verifierProblem("a".repeat(129)).orElseThrow());
        assertEquals("code_verifier contains '+' at index 5, outside [A-Za-z0-9-._~]",
                Pkce.verifierProblem("abcde+" + "a".repeat(40)).orElseThrow());
        assertEquals("code_verifier contains U+0020 at index 0, outside [A-Za-z0-9-._~]",
                Pkce.verifierProblem(" " + "a".repeat(50)).orElseThrow());
        assertEquals("code_verifier is missing", Pkce.verifierProblem(null).orElseThrow());
        assertTrue(Pkce.verifierProblem("a".repeat(43)).isEmpty());
        assertTrue(Pkce.verifierProblem("~._-".repeat(32)).isEmpty());
    }

    @Test
    void sessionComputesChallengeFromAFreshVerifier() {
        PkceSession session = PkceSession.create(PkceMethod.S256, null, null);
        assertTrue(Pkce.verifierProblem(session.codeVerifier()).isEmpty());
        assertEquals(Pkce.challenge(session.codeVerifier(), PkceMethod.S256), session.codeChallenge());
        assertNotEquals(session.codeVerifier(), session.codeChallenge());
        assertNotEquals(session.state(), PkceSession.create(PkceMethod.S256, null, null).state());
    }

    @Test
    void sessionKeepsPinnedValues() {
        PkceSession session = PkceSession.create(PkceMethod.S256,
                "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", "pinned-state");
        assertEquals("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", session.codeVerifier());
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", session.codeChallenge());
        assertEquals("pinned-state", session.state());
        assertEquals(PkceMethod.S256, session.method());

        PkceSession plain = PkceSession.create(PkceMethod.PLAIN, "a".repeat(43), null);
        assertEquals("a".repeat(43), plain.codeChallenge());
    }

    @Test
    void sessionRefusesABadPinnedVerifier() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PkceSession.create(PkceMethod.S256, "short", null));
        assertEquals("code_verifier must be 43 to 128 characters, was 5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PkceSession.create(PkceMethod.S256, null, ""));
    }

    @Test
    void sessionToStringHidesVerifierAndState() {
        PkceSession session = PkceSession.create(PkceMethod.S256, null, null);
        assertFalse(session.toString().contains(session.codeVerifier()));
        assertFalse(session.toString().contains(session.state()));
    }
}
