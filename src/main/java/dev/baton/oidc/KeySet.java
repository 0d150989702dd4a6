package dev.baton.oidc;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import dev.baton.http.Header;
import dev.baton.http.HttpResult;
import dev.baton.http.HttpSender;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.TransportException;

import java.net.URI;
import java.text.ParseException;
import java.util.List;

/**
 * An issuer's JSON Web Key Set (RFC 7517 §5) read from its {@code jwks_uri} when first needed and kept for the run;
 * read once more when a token names a key that is not in it, since the issuer may have rotated its keys.
 */
public final class KeySet {

    private final HttpSender sender;
    private final URI location;
    private JWKSet keys;

    public KeySet(HttpSender sender, URI location) {
        this.sender = sender;
        this.location = location;
    }

    /** Where the keys are published. */
    public URI location() {
        return location;
    }

    /**
     * The keys that {@code matcher} selects: from the set already read, else from the set read again.
     *
     * @throws KeySetException when the set cannot be read or is not a JWK Set
     */
    public synchronized List<JWK> select(JWKMatcher matcher) throws KeySetException {
        if (keys != null) {
            List<JWK> found = new JWKSelector(matcher).select(keys);
            if (!found.isEmpty()) {
                return found;
            }
        }
        keys = fetch();
        return new JWKSelector(matcher).select(keys);
    }

    private JWKSet fetch() throws KeySetException {
        HttpResult response;
        try {
            response = sender.send(new OutgoingRequest("GET", location,
                    List.of(new Header("Accept", "application/jwk-set+json, application/json")), null, null, null));
        } catch (TransportException e) {
            throw new KeySetException("the JWKS at " + location + " could not be read: " + e.getMessage());
        }
        if (response.status() != 200) {
            throw new KeySetException("the JWKS at " + location + " answered HTTP " + response.status());
        }
        try {
            return JWKSet.parse(response.bodyText());
        } catch (ParseException e) {
            throw new KeySetException("the JWKS at " + location + " is not a JWK Set (RFC 7517 \u00a75)");
        }
    }

    /** The key set could not be had; the message says why. */
    public static final class KeySetException extends Exception {
        public KeySetException(String message) {
            super(message, null, false, false);
        }
    }
}
