package dev.baton.audit;

/**
 * One check of what an authorization server enforces, citing the requirement it checks. A probe sends what the
 * requirement forbids (or what it needs) through a {@link ProbeContext} and says what the server did; every probe
 * can fail, and each has a weak mode of the embedded sandbox that makes it fail.
 */
public interface Probe {

    /** The probe's id, such as {@code pkce-downgrade}: a tag of its test and a name in {@code probes:}. */
    String id();

    /** What the server must do, such as {@code PKCE downgrade refused}. */
    String title();

    /** The requirement checked. */
    Citation citation();

    /**
     * Runs the probe.
     *
     * @throws Inconclusive when the set-up fails, so that nothing could be checked
     */
    Verdict run(ProbeContext context) throws Inconclusive;
}
