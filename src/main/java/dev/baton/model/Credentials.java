package dev.baton.model;

/** What a request puts in its {@code Authorization} header. */
public sealed interface Credentials permits Credentials.Basic, Credentials.Bearer {

    /** HTTP Basic, as a confidential OAuth client authenticates at the token endpoint. */
    record Basic(Text username, Text password) implements Credentials {
    }

    /** A bearer token, as an API call carries its access token. */
    record Bearer(Text token) implements Credentials {
    }
}
