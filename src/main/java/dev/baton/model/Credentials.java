package dev.baton.model;

/** What a request puts in its {@code Authorization} header. */
public sealed interface Credentials permits Credentials.Basic, Credentials.Bearer, Credentials.Digest {

    /** HTTP Basic, as a confidential OAuth client authenticates at the token endpoint. */
    record Basic(Text username, Text password) implements Credentials {
    }

    /** A bearer token, as an API call carries its access token. */
    record Bearer(Text token) implements Credentials {
    }

    /** HTTP Digest (RFC 7616): the server's challenge is answered with these. */
    record Digest(Text username, Text password) implements Credentials {
    }
}
