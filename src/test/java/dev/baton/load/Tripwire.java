package dev.baton.load;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts its instances: a YAML tag naming it must never get it constructed. */
public class Tripwire {

    static final AtomicInteger CREATED = new AtomicInteger();

    public Tripwire() {
        CREATED.incrementAndGet();
    }

    public Tripwire(String value) {
        CREATED.incrementAndGet();
    }

    public Tripwire(java.util.List<Object> values) {
        CREATED.incrementAndGet();
    }
}
