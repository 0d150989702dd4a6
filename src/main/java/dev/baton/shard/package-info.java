/**
 * Splitting one suite across machines and putting it back together: {@link dev.baton.shard.ShardPlan} deals the
 * suite's units (collections, or iterations of a data-driven run) to N shards, balanced by an earlier run's
 * {@link dev.baton.shard.Timings} or by step counts; {@link dev.baton.shard.ShardMerge} checks that a set of shard
 * reports is one whole suite and combines their result trees into the tree a single run would have made.
 */
package dev.baton.shard;
