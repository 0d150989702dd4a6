package dev.baton.auth;

import dev.baton.http.HttpSender;
import dev.baton.secret.Redactor;
import dev.baton.template.Variables;

import java.util.function.Supplier;

/** What the engine gives an {@link AuthBlock} for one iteration. */
public interface AuthContext {

    /** The iteration's variables, to resolve the block's texts. */
    Variables variables();

    /**
     * Sets one of the variables the block {@linkplain AuthBlock#defines() defines}; naming any other is a fault in
     * the auth type.
     */
    void define(String name, String value, boolean secret);

    /** A sender for the block's own requests (a token endpoint): the run's connection pool, no step's cookies. */
    HttpSender sender();

    /**
     * A sender for a sign-in the block drives itself (the device grant's): {@link #sender()}, registering as secrets
     * what the server's pages carry under secret-looking names (hidden form tokens, form actions, redirects) as soon
     * as they come in, as the sign-in of an authorization step does.
     */
    HttpSender signInSender();

    /** The run's secrets, to register what the block learns or sends. */
    Redactor secrets();

    /** How {@code baton auth login} names the environment of the run, for stored sign-ins. */
    String environment();

    /**
     * State shared by every iteration and collection of the run under {@code key} (a token cache), made by
     * {@code make} the first time it is asked for.
     */
    <T> T shared(Object key, Class<T> type, Supplier<T> make);
}
