package dev.baton.shard;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Deals units to shards: a pure function of the units' keys and weights, so every machine given the same suite
 * makes the same deal, whatever order it found the files in. The units are sorted by weight, heaviest first, ties by
 * key; each goes to the shard with the least weight so far, ties to the lowest shard (greedy longest-processing-time
 * scheduling, within 4/3 of the best possible longest shard).
 */
public final class ShardPlan {

    private ShardPlan() {
    }

    /**
     * The shard, from 0 to {@code shards - 1}, of each unit, in the order given.
     *
     * @throws IllegalArgumentException if two units have the same key
     */
    public static int[] assign(List<ShardUnit> units, int shards) {
        Integer[] order = new Integer[units.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> -units.get(i).weight())
                .thenComparing(i -> units.get(i).key()));
        Set<String> keys = new HashSet<>();
        for (ShardUnit unit : units) {
            if (!keys.add(unit.key())) {
                throw new IllegalArgumentException("the suite names " + unit.key() + " twice");
            }
        }
        long[] load = new long[shards];
        PriorityQueue<Integer> lightest = new PriorityQueue<>(Comparator.<Integer>comparingLong(s -> load[s])
                .thenComparingInt(s -> s));
        for (int s = 0; s < shards; s++) {
            lightest.add(s);
        }
        int[] assigned = new int[units.size()];
        for (Integer unit : order) {
            int shard = lightest.poll();
            assigned[unit] = shard;
            load[shard] += Math.max(0, units.get(unit).weight());
            lightest.add(shard);
        }
        return assigned;
    }
}
