package dev.baton.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The {@code auth:} block of a collection, as its auth type read it. What a block does at run time is its type's
 * business (an auth type of Baton's auth package); what the model needs to know before a run is here.
 */
public interface AuthSpec {

    /** The {@code type:} written in the block. */
    String type();

    /** Where the block is written. */
    Position position();

    /** The templated texts of the block, resolved when an iteration starts or before a step is sent. */
    List<Text> texts();

    /**
     * The variables the block defines for every step, such as {@code pkce.state} or {@code auth.access_token}; none
     * unless its type says so.
     */
    default List<String> defines() {
        return List.of();
    }

    /**
     * Why the block cannot run, told before the run when a value it takes from a variable (rather than writing it)
     * will have none, such as the issuer of an {@code openid-connect} block; empty when nothing is missing.
     *
     * @param defined whether a variable will have a value when the block starts
     */
    default Optional<String> unmet(Predicate<String> defined) {
        return Optional.empty();
    }

    /** The redirect URI at which this block ends authorization flows, or {@code null} when the request names it. */
    default Text redirectUri() {
        return null;
    }
}
