package dev.baton.model;

/**
 * An {@code auth:} block that fetches an access token once per run, reuses it until it expires, sets
 * {@code <<auth.access_token>>} and adds {@code Authorization: Bearer ...} to every step that sends no
 * credentials of its own.
 *
 * @param grant        how the token is obtained
 * @param tokenUrl     the token endpoint
 * @param clientId     the OAuth client id
 * @param clientSecret the client secret
 * @param scope        the scope asked for, or {@code null}
 * @param accountId    the Zoom account id, for {@link TokenGrant#ACCOUNT_CREDENTIALS}; else {@code null}
 * @param position     where the block is written
 */
public record TokenAuth(TokenGrant grant, Text tokenUrl, Text clientId, Text clientSecret, Text scope, Text accountId,
                        Position position) implements AuthSpec {
}
