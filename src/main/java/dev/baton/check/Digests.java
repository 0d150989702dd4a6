package dev.baton.check;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The query kinds {@code sha256} and {@code md5}: a digest of the body's bytes (decoded), in lower-case hex. */
final class Digests {

    static final QueryKind SHA256 = Kind.plain("sha256", in -> Actual.of(hex("SHA-256", in.response().bytes())));
    static final QueryKind MD5 = Kind.plain("md5", in -> Actual.of(hex("MD5", in.response().bytes())));

    private Digests() {
    }

    static String hex(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has " + algorithm, e);
        }
    }
}
