package dev.baton.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.UUID;

/**
 * DPoP proofs (RFC 9449 §4.2) signed with one P-256 key made for the run (Nimbus JOSE+JWT): {@code typ dpop+jwt},
 * the public key as {@code jwk}, and the claims {@code jti}, {@code htm}, {@code htu} (the URI without query and
 * fragment, normalised), {@code iat}, with {@code ath} (the hash of the access token, §4.2) and the server's
 * {@code nonce} (§8) when given.
 */
public final class DpopProofs {

    /** The JWS {@code typ} of a proof. */
    public static final String TYPE = "dpop+jwt";

    private final ECKey key;

    /** A fresh key. */
    public DpopProofs() {
        try {
            key = new ECKeyGenerator(Curve.P_256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot make a P-256 key for DPoP", e);
        }
    }

    /**
     * A proof for one request.
     *
     * @param accessToken the DPoP-bound access token the request sends, or {@code null} (a token request)
     * @param nonce       the server's last {@code DPoP-Nonce}, or {@code null}
     */
    public String proof(String method, URI uri, String accessToken, String nonce, Instant now) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType(TYPE))
                .jwk(key.toPublicJWK()).build();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().jwtID(UUID.randomUUID().toString())
                .claim("htm", method).claim("htu", htu(uri)).issueTime(Date.from(now));
        if (accessToken != null) {
            claims.claim("ath", ath(accessToken));
        }
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a DPoP proof", e);
        }
        return jwt.serialize();
    }

    /** The JWK SHA-256 thumbprint of the key (RFC 7638), which a server binds its tokens to ({@code jkt}). */
    public String thumbprint() {
        try {
            return key.computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot compute the key's thumbprint", e);
        }
    }

    /**
     * The {@code htu} of a request (RFC 9449 §4.2): its URI without user information, query and fragment, with the
     * parts of RFC 3986 §6.2.2 and §6.2.3 normalisation a server that compares after normalising (§4.3) relies on most:
     * scheme and host in lower case, no default port (80 for http, 443 for https), {@code /} for an empty path, dot
     * segments removed as {@link URI#normalize()} does (it keeps a leading {@code ..}). Percent-encodings are left as
     * the request wrote them.
     */
    public static String htu(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || scheme.equals("http") && port == 80
                || scheme.equals("https") && port == 443;
        String path = uri.normalize().getRawPath();
        path = path == null || path.isEmpty() ? "/" : path;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path;
    }

    /** The {@code ath} of an access token: BASE64URL(SHA-256(ASCII(token))) (RFC 9449 §4.2). */
    public static String ath(String accessToken) {
        try {
            return Base64URL.encode(MessageDigest.getInstance("SHA-256")
                    .digest(accessToken.getBytes(StandardCharsets.US_ASCII))).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
