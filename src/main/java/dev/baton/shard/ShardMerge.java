package dev.baton.shard;

import dev.baton.results.CollectionResult;
import dev.baton.results.IterationResult;
import dev.baton.results.LazyList;
import dev.baton.results.RunResult;
import dev.baton.results.Shard;
import dev.baton.results.StepCounts;
import dev.baton.results.Suite;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result trees of a suite's shards put back together: the tree a single run of the suite would have made, its
 * collections in their places in the suite, each collection's iterations by number. The shards must be one whole
 * suite: every shard of the same split of the same suite, each once.
 */
public final class ShardMerge {

    private ShardMerge() {
    }

    /**
     * A shard's report.
     *
     * @param name how to name it in an error: its file as shown
     * @param run  its result tree
     */
    public record Part(String name, RunResult run) {
    }

    /** The merged tree; a single whole run's report is its own merge. */
    public static RunResult merge(List<Part> parts) throws MergeException {
        check(parts);
        RunResult first = parts.get(0).run();
        if (!first.suite().sharded()) {
            return first;
        }
        Instant started = parts.stream().map(p -> p.run().startedAt()).min(Comparator.naturalOrder()).orElseThrow();
        Instant finished = parts.stream().map(p -> p.run().finishedAt()).max(Comparator.naturalOrder()).orElseThrow();
        boolean interrupted = parts.stream().anyMatch(p -> p.run().interrupted());
        Map<Integer, List<CollectionResult>> byPosition = new TreeMap<>();
        for (Part part : parts) {
            for (CollectionResult collection : part.run().collections()) {
                byPosition.computeIfAbsent(collection.position(), p -> new ArrayList<>()).add(collection);
            }
        }
        List<CollectionResult> collections = new ArrayList<>();
        byPosition.values().forEach(pieces -> collections.add(collection(pieces)));
        return new RunResult(started, finished, interrupted, first.environment(), new Suite(first.suite().id(), null),
                collections);
    }

    /** One collection from its pieces, in as many shards as its iterations went to. */
    private static CollectionResult collection(List<CollectionResult> pieces) {
        CollectionResult first = pieces.get(0);
        if (pieces.size() == 1) {
            return first;
        }
        List<int[]> order = new ArrayList<>();
        for (int p = 0; p < pieces.size(); p++) {
            List<IterationResult> iterations = pieces.get(p).iterations();
            for (int i = 0; i < iterations.size(); i++) {
                order.add(new int[]{iterations.get(i).number(), p, i});
            }
        }
        order.sort(Comparator.comparingInt(o -> o[0]));
        int[] piece = new int[order.size()];
        int[] index = new int[order.size()];
        for (int i = 0; i < piece.length; i++) {
            piece[i] = order.get(i)[1];
            index[i] = order.get(i)[2];
        }
        String error = pieces.stream().map(CollectionResult::error).filter(e -> e != null).findFirst().orElse(null);
        StepCounts counts = pieces.stream().map(CollectionResult::counts).reduce(StepCounts.NONE, StepCounts::plus);
        int notRun = pieces.stream().mapToInt(CollectionResult::notRun).sum();
        return new CollectionResult(first.name(), first.file(), first.position(), error,
                new LazyList<>(piece.length, i -> pieces.get(piece[i]).iterations().get(index[i])), counts, notRun);
    }

    /** Every shard of one split of one suite, each once; or one whole run alone. */
    private static void check(List<Part> parts) throws MergeException {
        if (parts.isEmpty()) {
            throw new MergeException("no shard report to merge");
        }
        Part first = parts.get(0);
        for (Part part : parts) {
            Suite suite = part.run().suite();
            if (suite.id().isEmpty()) {
                throw new MergeException(part.name() + " does not say which suite it ran: it was not written by "
                        + "'baton run --reporter json:FILE' of this version");
            }
            if (!suite.sharded() && parts.size() > 1) {
                throw new MergeException(part.name() + " is a whole run, not a shard (--shard I/N); merge the reports "
                        + "of one run's shards");
            }
            if (!suite.id().equals(first.run().suite().id())) {
                throw new MergeException(part.name() + " is from another suite than " + first.name() + ": the "
                        + "shards of one suite run the same collections, steps, iterations and environment");
            }
            if (suite.sharded() && suite.shard().count() != first.run().suite().shard().count()) {
                throw new MergeException(part.name() + " is shard " + suite.shard() + " but " + first.name()
                        + " is shard " + first.run().suite().shard() + ": they split the suite differently");
            }
        }
        if (!first.run().suite().sharded()) {
            return;
        }
        int count = first.run().suite().shard().count();
        String[] seen = new String[count + 1];
        for (Part part : parts) {
            Shard shard = part.run().suite().shard();
            if (seen[shard.index()] != null) {
                throw new MergeException(seen[shard.index()].equals(part.name()) ? part.name() + " is given twice"
                        : seen[shard.index()] + " and " + part.name() + " are both shard " + shard);
            }
            seen[shard.index()] = part.name();
        }
        List<String> missing = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            if (seen[i] == null) {
                missing.add(i + "/" + count);
            }
        }
        if (!missing.isEmpty()) {
            throw new MergeException((missing.size() == 1 ? "shard " + missing.get(0) + " is" : "shards "
                    + String.join(", ", missing) + " are") + " missing: give the JSON report of every shard");
        }
    }

    /** Why a set of reports is not one whole suite. */
    public static final class MergeException extends Exception {
        private static final long serialVersionUID = 1L;

        public MergeException(String message) {
            super(message);
        }
    }
}
