package dev.baton.auth;

import dev.baton.model.FormatException;
import dev.baton.model.LoginSpec;
import dev.baton.model.Tree;

import java.util.List;

/**
 * One kind of {@code auth:} block of a collection, named by its {@code type:}. A type says which keys its block
 * accepts and reads the block into an {@link AuthBlock}, which says what it defines and what it adds to the requests
 * of a run. Types are found with {@link java.util.ServiceLoader} ({@link AuthTypes}): adding one is a class that
 * implements this interface and a line in {@code META-INF/services/dev.baton.auth.AuthType}.
 */
public interface AuthType {

    /** The {@code type:} that names it, such as {@code oauth2-pkce}. */
    String name();

    /** The keys its block accepts besides {@code type}; the loader refuses any other, with "did you mean". */
    List<String> keys();

    /**
     * Reads a block whose keys are among {@link #keys()} and {@code type}.
     *
     * @throws FormatException when a value is missing, of the wrong kind or not one of those allowed
     */
    AuthBlock read(Tree.Mapping block) throws FormatException;

    /**
     * Reads a block of a type whose {@link #keys()} hold {@code login}: the loader reads that key as it reads a
     * step's {@code login:} (the sign-in driver's fields and pages) and gives it here.
     *
     * @param login the block's {@code login:}, or {@code null} when it writes none
     */
    default AuthBlock read(Tree.Mapping block, LoginSpec login) throws FormatException {
        return read(block);
    }
}
