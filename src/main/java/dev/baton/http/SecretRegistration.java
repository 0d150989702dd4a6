package dev.baton.http;

import dev.baton.secret.Redactor;
import dev.baton.secret.ResponseSecrets;

/**
 * Tells the run's secrets registry what a response body reveals, whatever the step captures: the members of a JSON
 * body and the fields of a form-encoded one whose names look secret ({@link ResponseSecrets}). The cookies a server
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
        if (type.contains("json") || type.contains("x-www-form-urlencoded")) {
            ResponseSecrets.register(type, result.bodyText(), secrets);
        }
        return result;
    }
}
