package dev.baton.engine;

import org.junit.platform.engine.ConfigurationParameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which part of the suite a run runs, as configuration parameters give it (the CLI's {@code --shard} and
 * {@code --shard-timings} set them; under Surefire or Gradle, set them in the build). Read by {@link Sharding}.
 *
 * @param shard   {@code I/N}, as written, or empty for the whole suite
 * @param timings an earlier run's JSON report, whose durations balance the shards
 */
public record ShardSelection(Optional<String> shard, Optional<Path> timings) {

    /** Configuration parameter: the shard to run, {@code I/N}, such as {@code 2/4}. */
    public static final String SHARD = "baton.shard";
    /** Configuration parameter: an earlier run's JSON report, whose durations balance the shards. */
    public static final String TIMINGS = "baton.shard.timings";
    /** The whole suite. */
    public static final ShardSelection NONE = new ShardSelection(Optional.empty(), Optional.empty());

    static ShardSelection from(ConfigurationParameters parameters) {
        return new ShardSelection(parameters.get(SHARD).map(String::strip).filter(s -> !s.isEmpty()),
                parameters.get(TIMINGS).filter(s -> !s.isBlank()).map(Path::of));
    }

    Map<String, String> toParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        shard.ifPresent(s -> parameters.put(SHARD, s));
        timings.ifPresent(t -> parameters.put(TIMINGS, t.toString()));
        return parameters;
    }
}
