package dev.baton.audit.probes;

import dev.baton.audit.Citation;
import dev.baton.audit.Probe;

/** A probe's id, title and citation, given once by each probe's constructor. */
abstract class Described implements Probe {

    private final String id;
    private final String title;
    private final Citation citation;

    Described(String id, String title, Citation citation) {
        this.id = id;
        this.title = title;
        this.citation = citation;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final Citation citation() {
        return citation;
    }
}
