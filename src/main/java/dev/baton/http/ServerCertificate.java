package dev.baton.http;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The certificate a server presented in the TLS handshake of an exchange (its leaf certificate), as the values a
 * collection may check.
 *
 * @param subject   the subject's distinguished name, RFC 4514 form ({@code CN=api.example,O=Example})
 * @param issuer    the issuer's distinguished name, RFC 4514 form
 * @param names     the subject alternative names of type DNS name and IP address, in the certificate's order
 * @param notBefore the start of the validity period
 * @param notAfter  the end of the validity period
 * @param serial    the serial number in lower-case hex
 */
public record ServerCertificate(String subject, String issuer, List<String> names, Instant notBefore,
                                Instant notAfter, String serial) {

    private static final int DNS_NAME = 2;
    private static final int IP_ADDRESS = 7;

    public ServerCertificate {
        names = List.copyOf(names);
    }

    /** The values of an X.509 certificate. */
    public static ServerCertificate of(X509Certificate certificate) {
        return new ServerCertificate(certificate.getSubjectX500Principal().getName(),
                certificate.getIssuerX500Principal().getName(), alternativeNames(certificate),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(),
                certificate.getSerialNumber().toString(16));
    }

    private static List<String> alternativeNames(X509Certificate certificate) {
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> all = certificate.getSubjectAlternativeNames();
            if (all != null) {
                for (List<?> name : all) {
                    int type = (Integer) name.get(0);
                    if ((type == DNS_NAME || type == IP_ADDRESS) && name.get(1) instanceof String value) {
                        names.add(value);
                    }
                }
            }
        } catch (CertificateParsingException unreadable) {
            return List.of();
        }
        return names;
    }
}
