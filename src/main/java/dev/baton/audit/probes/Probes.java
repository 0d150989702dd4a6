package dev.baton.audit.probes;

import dev.baton.audit.Probe;

import java.util.List;
import java.util.Optional;

/** Baton's pack of probes, in the order an audit runs them. */
public final class Probes {

    private static final List<Probe> ALL = List.of(
            new PkceRequired(),
            new PlainRefused(),
            new WrongVerifier(),
            new MissingVerifier(),
            new PkceDowngrade(),
            new CodeReuse(),
            new ReplayRevokes(),
            new CodeBoundToClient(),
            new RedirectUriExact(),
            new NoOpenRedirect(),
            new StateReturned(),
            new IssParameter(),
            new RefreshRotation(),
            new ImplicitDisabled(),
            new PasswordGrantDisabled(),
            new NotFrameable(),
            new IdTokenSigned(),
            new No307(),
            new NoCorsAtAuthorization(),
            new HttpsEndpoints());

    private Probes() {
    }

    /** Every probe, in order. */
    public static List<Probe> all() {
        return ALL;
    }

    /** The probe with this id. */
    public static Optional<Probe> byId(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Every id, for messages and suggestions. */
    public static List<String> ids() {
        return ALL.stream().map(Probe::id).toList();
    }

    /** The name of a probe's test: what it checks and where that is written. */
    public static String testName(Probe probe) {
        return probe.title() + " (" + probe.citation().where() + ")";
    }
}
