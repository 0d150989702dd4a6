package dev.baton.engine;

import java.util.Optional;

/** The access token a token helper adds to steps; fetching it may fail with a {@link StepError}. */
@FunctionalInterface
interface BearerToken {

    /** No token helper. */
    BearerToken NONE = Optional::empty;

    Optional<String> get();
}
