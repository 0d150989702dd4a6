package dev.baton.audit;

import dev.baton.audit.probes.CodeBoundToClient;
import dev.baton.audit.probes.CodeReuse;
import dev.baton.audit.probes.HttpsEndpoints;
import dev.baton.audit.probes.ImplicitDisabled;
import dev.baton.audit.probes.IssParameter;
import dev.baton.audit.probes.MissingVerifier;
import dev.baton.audit.probes.No307;
import dev.baton.audit.probes.NoCorsAtAuthorization;
import dev.baton.audit.probes.NoOpenRedirect;
import dev.baton.audit.probes.NotFrameable;
import dev.baton.audit.probes.PasswordGrantDisabled;
import dev.baton.audit.probes.PkceDowngrade;
import dev.baton.audit.probes.PkceRequired;
import dev.baton.audit.probes.PlainRefused;
import dev.baton.audit.probes.RedirectUriExact;
import dev.baton.audit.probes.RefreshRotation;
import dev.baton.audit.probes.ReplayRevokes;
import dev.baton.audit.probes.StateReturned;
import dev.baton.audit.probes.WrongVerifier;

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
