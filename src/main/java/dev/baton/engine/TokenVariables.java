package dev.baton.engine;

import java.util.List;

/** The variables a token helper sets. */
final class TokenVariables {

    static final String ACCESS_TOKEN = "auth.access_token";
    static final List<String> ALL = List.of(ACCESS_TOKEN);

    private TokenVariables() {
    }
}
