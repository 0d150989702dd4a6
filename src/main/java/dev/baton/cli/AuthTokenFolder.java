package dev.baton.cli;

import dev.baton.auth.StoredTokens;


/**
 * Where {@code baton auth} keeps tokens: the folder named by the system property {@value #PROPERTY}, else by the OS
 * environment variable {@value #VARIABLE}, else {@link StoredTokens#defaultFolder()}
 * ({@code $XDG_CONFIG_HOME/baton/tokens} or {@code ~/.config/baton/tokens}).
 */
public final class AuthTokenFolder {

    /** The system property that moves the token folder, for tests and sandboxes. */
    public static final String PROPERTY = StoredTokens.FOLDER_PROPERTY;
    /** The OS environment variable that moves the token folder. */
    public static final String VARIABLE = StoredTokens.FOLDER_VARIABLE;

    private AuthTokenFolder() {
    }

    /** The store in the folder this process uses. */
    public static StoredTokens store() {
        return StoredTokens.forThisProcess();
    }
}
