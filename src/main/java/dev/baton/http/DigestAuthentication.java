package dev.baton.http;

import org.apache.hc.client5.http.auth.AuthChallenge;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.AuthenticationException;
import org.apache.hc.client5.http.auth.ChallengeType;
import org.apache.hc.client5.http.auth.CredentialsProvider;
import org.apache.hc.client5.http.auth.MalformedChallengeException;
import org.apache.hc.client5.http.impl.auth.AuthChallengeParser;
import org.apache.hc.client5.http.impl.auth.CredentialsProviderBuilder;
import org.apache.hc.client5.http.impl.auth.DigestScheme;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.http.message.ParserCursor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * HTTP Digest authentication (RFC 7616) as a link of the chain: a request answered {@code 401} with a
 * {@code WWW-Authenticate: Digest} challenge is sent once more with the answer HttpClient's {@link DigestScheme}
 * computes (MD5 or SHA-256, {@code qop=auth} or {@code auth-int}). A second 401 is the response.
 */
public final class DigestAuthentication implements HttpSender {

    private final HttpSender next;
    private final String username;
    private final String password;

    public DigestAuthentication(HttpSender next, String username, String password) {
        this.next = next;
        this.username = username;
        this.password = password;
    }

    @Override
    public HttpResult send(OutgoingRequest request) throws TransportException {
        HttpResult first = next.send(request);
        if (first.status() != 401) {
            return first;
        }
        Optional<AuthChallenge> challenge = digestChallenge(first);
        if (challenge.isEmpty()) {
            return first;
        }
        HttpHost host = HttpHost.create(request.uri());
        HttpClientContext context = HttpClientContext.create();
        CredentialsProvider credentials = CredentialsProviderBuilder.create()
                .add(new AuthScope(host), username, password.toCharArray()).build();
        DigestScheme scheme = new DigestScheme();
        String authorization;
        try {
            scheme.processChallenge(challenge.get(), context);
            if (!scheme.isResponseReady(host, credentials, context)) {
                return first;
            }
            BasicClassicHttpRequest message = new BasicClassicHttpRequest(request.method(), request.uri());
            if (request.body() != null) {
                message.setEntity(new ByteArrayEntity(request.body(), null));
            }
            authorization = scheme.generateAuthResponse(host, message, context);
        } catch (MalformedChallengeException | AuthenticationException e) {
            throw new TransportException("cannot answer the Digest challenge of " + request.uri() + ": "
                    + e.getMessage(), e);
        }
        List<Header> headers = new ArrayList<>(request.headers().stream()
                .filter(h -> !h.name().equalsIgnoreCase("Authorization")).toList());
        headers.add(new Header("Authorization", authorization));
        return next.send(request.withHeaders(headers));
    }

    private static Optional<AuthChallenge> digestChallenge(HttpResult response) {
        for (String value : response.headers("WWW-Authenticate")) {
            try {
                for (AuthChallenge challenge : AuthChallengeParser.INSTANCE.parse(ChallengeType.TARGET, value,
                        new ParserCursor(0, value.length()))) {
                    if (challenge.getSchemeName().equalsIgnoreCase("Digest")) {
                        return Optional.of(challenge);
                    }
                }
            } catch (ParseException unreadable) {
                // another header may carry a challenge that parses
            }
        }
        return Optional.empty();
    }
}
