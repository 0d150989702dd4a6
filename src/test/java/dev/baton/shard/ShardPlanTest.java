package dev.baton.shard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The deal of units to shards: the same on every machine, whatever the order, and balanced. */
class ShardPlanTest {

    private static List<ShardUnit> suite(int size, long seed) {
        Random random = new Random(seed);
        List<ShardUnit> units = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int iterations = random.nextInt(4);
            String file = "collections/c" + random.nextInt(1_000_000) + "-" + i + ".yaml";
            if (iterations == 0) {
                units.add(new ShardUnit(ShardUnit.key(file, 0), 1 + random.nextInt(20)));
            }
            for (int n = 1; n <= iterations; n++) {
                units.add(new ShardUnit(ShardUnit.key(file, n), 1 + random.nextInt(20)));
            }
        }
        return units;
    }

    private static Map<String, Integer> deal(List<ShardUnit> units, int shards) {
        int[] assigned = ShardPlan.assign(units, shards);
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < assigned.length; i++) {
            assertTrue(assigned[i] >= 0 && assigned[i] < shards, "shard " + assigned[i] + " of " + shards);
            byKey.put(units.get(i).key(), assigned[i]);
        }
        return byKey;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 7, 50})
    void theDealDoesNotDependOnTheOrderTheUnitsWereFoundIn(int shards) {
        List<ShardUnit> units = suite(40, shards);
        Map<String, Integer> first = deal(units, shards);
        for (long seed = 0; seed < 5; seed++) {
            List<ShardUnit> shuffled = new ArrayList<>(units);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(first, deal(shuffled, shards), "order " + seed);
        }
        assertEquals(units.size(), first.size(), "every unit once");
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 5})
    void theLongestShardIsWithinFourThirdsOfTheBestPossible(int shards) {
        List<ShardUnit> units = suite(60, 100 + shards);
        int[] assigned = ShardPlan.assign(units, shards);
        long[] load = new long[shards];
        long total = 0;
        long heaviest = 0;
        for (int i = 0; i < assigned.length; i++) {
            load[assigned[i]] += units.get(i).weight();
            total += units.get(i).weight();
            heaviest = Math.max(heaviest, units.get(i).weight());
        }
        long lowerBound = Math.max(heaviest, (total + shards - 1) / shards);
        long longest = Arrays.stream(load).max().orElseThrow();
        assertTrue(longest * 3 <= lowerBound * 4, "longest " + longest + ", bound " + lowerBound);
    }

    @Test
    void heaviestFirstOntoTheLightestShardTiesByKey() {
        List<ShardUnit> units = List.of(new ShardUnit("b.yaml", 5), new ShardUnit("a.yaml", 5),
                new ShardUnit("c.yaml", 9), new ShardUnit("d.yaml", 1));
        int[] assigned = ShardPlan.assign(units, 2);
        assertEquals(List.of(1, 1, 0, 0), List.of(assigned[0], assigned[1], assigned[2], assigned[3]),
                "c (9) to shard 0; a (5, before b by key) to shard 1; b to shard 1 (5 < 9); d to shard 0 (9 < 10)");
    }

    @Test
    void moreShardsThanUnitsLeavesSomeEmpty() {
        int[] assigned = ShardPlan.assign(List.of(new ShardUnit("a.yaml", 3), new ShardUnit("b.yaml", 3)), 4);
        assertEquals(0, assigned[0]);
        assertEquals(1, assigned[1]);
    }

    @Test
    void aKeyTwiceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ShardPlan.assign(
                List.of(new ShardUnit("a.yaml", 1), new ShardUnit("a.yaml", 2)), 2));
    }
}
