package dev.baton.audit;

import java.util.List;

/**
 * What a probe found: passed, failed, not applicable to the server, or inconclusive (it could not reach the point
 * where it tells), why, and each thing it checked.
 *
 * @param outcome how the probe ended
 * @param reason  one line saying why, naming what was sent and what came back; never a secret
 * @param checks  each thing checked, in order
 */
public record Verdict(Outcome outcome, String reason, List<Check> checks) {

    /** How a probe ends. */
    public enum Outcome { PASSED, FAILED, NOT_APPLICABLE, INCONCLUSIVE }

    /**
     * One thing a probe checked.
     *
     * @param label  what, such as {@code redirect_uri with another path}
     * @param passed whether the server did what the requirement asks
     * @param detail what happened
     */
    public record Check(String label, boolean passed, String detail) {
    }

    public Verdict {
        checks = List.copyOf(checks);
    }

    /** The verdict of some checks: failed when one failed, passed when all held. */
    public static Verdict of(List<Check> checks) {
        List<Check> failed = checks.stream().filter(c -> !c.passed()).toList();
        if (failed.isEmpty()) {
            return new Verdict(Outcome.PASSED, String.join("; ", checks.stream().map(Check::detail).toList()), checks);
        }
        return new Verdict(Outcome.FAILED, String.join("; ", failed.stream().map(c -> c.label() + ": " + c.detail())
                .toList()), checks);
    }

    /** One check that held. */
    public static Verdict passed(String label, String detail) {
        return of(List.of(new Check(label, true, detail)));
    }

    /** One check that did not hold. */
    public static Verdict failed(String label, String detail) {
        return of(List.of(new Check(label, false, detail)));
    }

    /** The probe does not apply to this server, and why. */
    public static Verdict notApplicable(String reason) {
        return new Verdict(Outcome.NOT_APPLICABLE, reason, List.of());
    }

    /** The probe could not tell, and why. */
    public static Verdict inconclusive(String reason) {
        return new Verdict(Outcome.INCONCLUSIVE, reason, List.of());
    }
}
