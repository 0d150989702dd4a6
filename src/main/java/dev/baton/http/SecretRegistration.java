package dev.baton.http;

import dev.baton.secret.Redactor;
import dev.baton.secret.ResponseSecrets;

/**
 * Tells the run's secrets registry what a response body reveals, whatever the step captures: the members of a JSON
 * body and the fields of a form-encoded one whose names look secret, and the JSON Web Tokens of any textual body
 * ({@link ResponseSecrets}). The cookies a server
 * sets are registered as the cookie store learns them ({@link ApacheHttpSender}).
 */
public final class SecretRegistration implements HttpSender {

    private final HttpSender next;
    private final Redactor secrets;

    public SecretRegistration(HttpSender next, Redactor secrets) {
        this.next = next;
        this.secrets = secrets;
    }

    @Override
    public HttpResult send(OutgoingRequest request) throws TransportException {
        HttpResult result = next.send(request);
        String type = result.mediaType();
        if (ResponseSecrets.readsFields(type) || ResponseSecrets.reads(type) && mayHoldToken(result.body())) {
            ResponseSecrets.register(type, result.bodyText(), secrets);
        }
        return result;
    }

    /** Whether the bytes hold {@code eyJ}, the start of every JSON Web Token, so the body is worth decoding. */
    private static boolean mayHoldToken(byte[] body) {
        for (int i = 0; i + 2 < body.length; i++) {
            if (body[i] == 'e' && body[i + 1] == 'y' && body[i + 2] == 'J') {
                return true;
            }
        }
        return false;
    }
}
