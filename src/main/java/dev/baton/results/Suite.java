package dev.baton.results;

/**
 * Which suite a run belongs to, so that the reports of its shards can be recognised and merged: the same collections
 * with the same steps, iterations and environment give the same id on every machine.
 *
 * @param id    a digest of the suite's plan
 * @param shard the part of the suite this run ran, or {@code null} for the whole suite
 */
public record Suite(String id, Shard shard) {

    /** A suite with no id: a run whose plan is not known, such as a hand-made result tree. */
    public static final Suite UNKNOWN = new Suite("", null);

    public Suite {
        id = id == null ? "" : id;
    }

    /** Whether the run was one shard of several. */
    public boolean sharded() {
        return shard != null;
    }
}
