package dev.baton.engine;

import dev.baton.load.LoadException;
import dev.baton.model.DisplayPath;
import dev.baton.model.Position;
import dev.baton.results.Shard;
import dev.baton.results.store.StoredRun;
import dev.baton.report.json.RunJsonReader;
import dev.baton.shard.ShardPlan;
import dev.baton.shard.ShardUnit;
import dev.baton.shard.Timings;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Which units of the suite this run runs: all of them, or those {@link ShardPlan} deals to its shard
 * ({@code baton.shard}, {@code --shard I/N}), weighed by an earlier run's report when one is given
 * ({@code baton.shard.timings}, {@code --shard-timings FILE}).
 */
final class Sharding {

    private final Shard shard;
    private final Timings timings;

    private Sharding(Shard shard, Timings timings) {
        this.shard = shard;
        this.timings = timings;
    }

    /** The sharding the settings ask for; a shard that is not {@code I/N} or timings that do not read fail here. */
    static Sharding of(RunSettings settings) throws LoadException {
        ShardSelection selection = settings.sharding();
        if (selection.shard().isEmpty()) {
            if (selection.timings().isPresent()) {
                throw new LoadException(Position.of(ShardSelection.TIMINGS), null, "timings balance shards; give "
                        + "the shard too (" + ShardSelection.SHARD + ", --shard I/N)");
            }
            return new Sharding(null, Timings.NONE);
        }
        Shard shard;
        try {
            shard = Shard.parse(selection.shard().get());
        } catch (IllegalArgumentException e) {
            throw new LoadException(Position.of(ShardSelection.SHARD + "=" + selection.shard().get()), null,
                    e.getMessage());
        }
        Timings timings = Timings.NONE;
        if (selection.timings().isPresent()) {
            try (StoredRun earlier = RunJsonReader.read(selection.timings().get())) {
                timings = Timings.of(earlier.run());
            }
        }
        return new Sharding(shard, timings);
    }

    /** The shard this run runs, if it is one. */
    Optional<Shard> shard() {
        return Optional.ofNullable(shard);
    }

    /**
     * For each collection, the numbers of the iterations this run runs (1 for a plain pass); an empty set leaves the
     * collection to other shards.
     */
    List<BitSet> deal(List<SuiteIdentity.Member> members, Iterations iterations) {
        if (shard == null) {
            List<BitSet> all = new ArrayList<>();
            for (SuiteIdentity.Member member : members) {
                BitSet numbers = new BitSet();
                numbers.set(1, iterations.plain() || member.collection() == null ? 2 : iterations.count() + 1);
                all.add(numbers);
            }
            return all;
        }
        List<ShardUnit> units = new ArrayList<>();
        List<int[]> owners = new ArrayList<>();
        for (int m = 0; m < members.size(); m++) {
            SuiteIdentity.Member member = members.get(m);
            String file = DisplayPath.of(member.file());
            int steps = member.collection() == null ? 0 : member.collection().steps().size();
            boolean whole = iterations.plain() || member.collection() == null;
            for (int n = whole ? 0 : 1; n <= (whole ? 0 : iterations.count()); n++) {
                String key = ShardUnit.key(file, n);
                units.add(new ShardUnit(key, timings.weight(key, steps)));
                owners.add(new int[]{m, Math.max(n, 1)});
            }
        }
        int[] assigned = ShardPlan.assign(units, shard.count());
        int mine = shard.index() - 1;
        List<BitSet> chosen = new ArrayList<>();
        members.forEach(m -> chosen.add(new BitSet()));
        for (int u = 0; u < assigned.length; u++) {
            if (assigned[u] == mine) {
                chosen.get(owners.get(u)[0]).set(owners.get(u)[1]);
            }
        }
        return chosen;
    }
}
