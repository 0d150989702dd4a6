package dev.baton.shard;

/**
 * What a shard runs whole: a collection, or one iteration of a repeated or data-driven run.
 *
 * @param key    what names it on every machine: the collection file as shown (relative to the working folder, with
 *               {@code /}), then {@code #N} for iteration N
 * @param weight how long it is expected to take, in any unit shared by all the units dealt together
 */
public record ShardUnit(String key, long weight) {

    /** The key of a collection run once ({@code iteration} 0) or of its iteration {@code iteration}. */
    public static String key(String file, int iteration) {
        String shown = file.replace('\\', '/');
        return iteration == 0 ? shown : shown + "#" + iteration;
    }
}
