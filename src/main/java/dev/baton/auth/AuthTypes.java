package dev.baton.auth;

import dev.baton.model.AuthSpec;

import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The registry of {@link AuthType}s: those on the class path, found with {@link ServiceLoader}, by name; Baton's own
 * first, in the order Baton lists them, then those a jar of someone else's adds.
 */
public final class AuthTypes {

    private static volatile AuthTypes cached;

    private final ClassLoader loader;
    private final Map<String, AuthType> types = new LinkedHashMap<>();

    private AuthTypes(ClassLoader loader) {
        this.loader = loader;
        List<AuthType> added = new ArrayList<>();
        for (AuthType type : ServiceLoader.load(AuthType.class, loader)) {
            if (isBatons(type)) {
                types.putIfAbsent(type.name(), type);
            } else {
                added.add(type);
            }
        }
        added.forEach(type -> types.putIfAbsent(type.name(), type));
    }

    private static boolean isBatons(AuthType type) {
        return Objects.equals(codeSource(type.getClass()), codeSource(AuthTypes.class));
    }

    private static Object codeSource(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null ? null : source.getLocation();
    }

    /** The types on the class path of this thread (or of Baton). */
    public static AuthTypes available() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ClassLoader loader = context == null ? AuthTypes.class.getClassLoader() : context;
        AuthTypes known = cached;
        if (known == null || known.loader != loader) {
            known = new AuthTypes(loader);
            cached = known;
        }
        return known;
    }

    /** The type written as {@code type:}, if there is one. */
    public Optional<AuthType> byName(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /** Every type's name: Baton's, then those added. */
    public List<String> names() {
        return new ArrayList<>(types.keySet());
    }

    /** Every type. */
    public List<AuthType> all() {
        return List.copyOf(types.values());
    }

    /** The session of a block for one iteration; none for a collection without one. */
    public static AuthSession start(AuthSpec spec, AuthContext context) {
        if (spec == null) {
            return AuthSession.NONE;
        }
        if (!(spec instanceof AuthBlock block)) {
            throw new IllegalStateException("an auth block not read by an auth type: " + spec.type());
        }
        return block.start(context);
    }
}
