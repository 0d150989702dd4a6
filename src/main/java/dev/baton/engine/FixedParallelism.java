package dev.baton.engine;

import org.junit.platform.engine.support.hierarchical.ParallelExecutionConfiguration;

import java.util.concurrent.ForkJoinPool;
import java.util.function.Predicate;

/**
 * {@code --jobs N} as the platform's parallel executor sees it: exactly N threads, never more (a thread waiting
 * for another's work does not start a new one).
 */
record FixedParallelism(int jobs) implements ParallelExecutionConfiguration {

    @Override
    public int getParallelism() {
        return jobs;
    }

    @Override
    public int getMinimumRunnable() {
        return jobs;
    }

    @Override
    public int getMaxPoolSize() {
        return jobs;
    }

    @Override
    public int getCorePoolSize() {
        return jobs;
    }

    @Override
    public int getKeepAliveSeconds() {
        return 30;
    }

    @Override
    public Predicate<? super ForkJoinPool> getSaturatePredicate() {
        return pool -> true;
    }
}
