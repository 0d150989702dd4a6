/**
 * Result trees of any size: each step's result is written, as it comes, to a {@link dev.baton.results.store.SpillFile}
 * (in memory while it is small, then in a temporary file encrypted with a key that only this process holds), and the
 * finished tree reads it back as a report walks it ({@link dev.baton.results.store.ResultTree}).
 */
package dev.baton.results.store;
