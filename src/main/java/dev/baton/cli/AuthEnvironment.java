package dev.baton.cli;

import dev.baton.auth.StoredTokens;
import dev.baton.engine.EnvironmentScope;
import dev.baton.engine.RunSettings;
import dev.baton.load.EnvironmentLoader;
import dev.baton.load.LoadException;
import dev.baton.model.Position;
import dev.baton.secret.Redactor;
import dev.baton.template.Binding;
import dev.baton.template.TemplateException;
import dev.baton.template.Variables;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The environment a {@code baton auth} command works with, opened by the path {@code baton run --env} takes
 * ({@link EnvironmentScope}): found and read the same way, its variables layered the same way ({@code --var}
 * winning) and, for {@code sandbox: embedded} when asked, Baton's OAuth sandbox running until {@link #close()}, its
 * URL in {@code <<sandbox.url>>}. Secret values resolved here go to the {@link Redactor} given.
 */
public final class AuthEnvironment implements AutoCloseable {

    private final EnvironmentScope scope;
    private final String key;
    private final Variables variables;

    private AuthEnvironment(EnvironmentScope scope, String key, Variables variables) {
        this.scope = scope;
        this.key = key;
        this.variables = variables;
    }

    /**
     * Finds and reads the environment of {@code request}.
     *
     * @param startSandbox whether to start the embedded sandbox when the environment asks for one
     * @throws AuthInputException when the environment is unknown or does not load, or its sandbox cannot start
     */
    public static AuthEnvironment open(AuthRequest request, EnvironmentLoader loader, boolean startSandbox,
                                       Redactor redactor) throws AuthInputException {
        EnvironmentScope scope;
        try {
            scope = EnvironmentScope.open(RunSettings.of(Optional.of(request.environment()), request.variables()),
                    loader, startSandbox);
        } catch (LoadException e) {
            throw new AuthInputException(e.render());
        } catch (IllegalStateException e) {
            throw new AuthInputException("error: " + e.getMessage());
        }
        Variables variables = scope.variables(redactor::add, "the embedded sandbox runs only during 'baton auth "
                + "login'");
        return new AuthEnvironment(scope, key(request.environment()), variables);
    }

    /**
     * How stored tokens name an environment, as {@code baton run} with {@code auth: {type: login}} looks them up: the
     * {@code --env} value when it is a name ({@code dev}), the normalised absolute path when it is a file.
     */
    public static String key(String environmentOption) {
        return StoredTokens.environmentKey(environmentOption);
    }

    /** The key tokens are stored under, from {@link #key(String)}. */
    public String key() {
        return key;
    }

    /** The environment's name, such as {@code dev}. */
    public String name() {
        return scope.environment().name();
    }

    /** The environment file, as shown in messages: relative to the working directory when inside it. */
    public String shownFile() {
        Path file = scope.environment().file().toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        return (file.startsWith(cwd) ? cwd.relativize(file) : file).toString();
    }

    /** The sandbox's base URL, when this command started one. */
    public Optional<String> sandboxUrl() {
        return scope.sandboxUrl();
    }

    /**
     * The resolved value of a variable the command cannot do without.
     *
     * @throws AuthInputException when it is not defined, has no value, does not resolve or is blank; the message
     *                            names the variable and the environment file
     */
    public String required(String name, String purpose) throws AuthInputException {
        Optional<Binding> binding = variables.binding(name);
        if (binding.isEmpty()) {
            throw new AuthInputException("error: environment '" + name() + "' (" + shownFile() + ") has no variable '"
                    + name + "', " + purpose + "; add it to the file, or pass --var " + name + "=...");
        }
        if (binding.get().problem() != null) {
            throw new AuthInputException("error: variable '" + name + "' of environment '" + name() + "' ("
                    + shownFile() + ") has no value: " + binding.get().problem());
        }
        String value = resolve(name);
        if (value.isBlank()) {
            throw new AuthInputException("error: variable '" + name + "' of environment '" + name() + "' ("
                    + shownFile() + ") is empty; it is " + purpose);
        }
        return value.trim();
    }

    /**
     * The resolved value of a variable the command can do without: empty when it is not defined, when its OS
     * environment variable is not set, or when it is blank.
     *
     * @throws AuthInputException when it is defined but does not resolve, for example uses an undefined variable
     */
    public Optional<String> optional(String name) throws AuthInputException {
        Optional<Binding> binding = variables.binding(name);
        if (binding.isEmpty() || binding.get().problem() != null) {
            return Optional.empty();
        }
        String value = resolve(name);
        return value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** Why a declared variable has no value (its OS environment variable is not set), if that is the case. */
    public Optional<String> whyUnset(String name) {
        return variables.binding(name).map(Binding::problem);
    }

    private String resolve(String name) throws AuthInputException {
        try {
            return variables.valueOf(name, Position.of(shownFile()));
        } catch (TemplateException e) {
            throw new AuthInputException("error: variable '" + name + "' of environment '" + name() + "' does not "
                    + "resolve: " + e.getMessage() + " (" + e.position() + ")");
        }
    }

    /** Stops the sandbox, if this command started one. */
    @Override
    public void close() {
        scope.close();
    }
}
