package dev.baton.model;

import java.util.Arrays;
import java.util.Optional;

/** How a token helper gets its access token. */
public enum TokenGrant {
    /** RFC 6749 §4.4: client id and secret, no user. */
    CLIENT_CREDENTIALS("client-credentials"),
    /** Zoom's Server-to-Server OAuth: {@code grant_type=account_credentials} with an account id. */
    ACCOUNT_CREDENTIALS("zoom-account-credentials"),
    /** The token {@code baton auth login} stored for the environment, refreshed when it expires. */
    LOGIN("login");

    private final String type;

    TokenGrant(String type) {
        this.type = type;
    }

    /** The {@code type:} that names it in a collection. */
    public String type() {
        return type;
    }

    /** The grant written as {@code type}, if any. */
    public static Optional<TokenGrant> byType(String type) {
        return Arrays.stream(values()).filter(g -> g.type.equals(type)).findFirst();
    }
}
