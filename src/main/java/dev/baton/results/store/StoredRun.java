package dev.baton.results.store;

import dev.baton.results.RunResult;

/**
 * A result tree and the store it is read back from: the tree can be walked until this is closed.
 *
 * @param run  the tree
 * @param tree where its steps are kept
 */
public record StoredRun(RunResult run, ResultTree tree) implements AutoCloseable {

    @Override
    public void close() {
        tree.close();
    }
}
