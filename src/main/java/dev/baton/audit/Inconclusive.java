package dev.baton.audit;

/**
 * Thrown by a probe's set-up (a sign-in, a first token request) when it cannot get what the check needs: the probe
 * ends {@link Verdict.Outcome#INCONCLUSIVE} with the message.
 */
public final class Inconclusive extends Exception {

    public Inconclusive(String message) {
        super(message, null, false, false);
    }
}
