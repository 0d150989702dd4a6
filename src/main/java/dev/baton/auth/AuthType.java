package dev.baton.auth;

import dev.baton.model.FormatException;
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
}
