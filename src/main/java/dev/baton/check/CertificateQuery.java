package dev.baton.check;

import dev.baton.http.ServerCertificate;
import dev.baton.template.Suggestions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The query kind {@code certificate}: a field of the certificate the server presented in the TLS handshake, read
 * from the TLS session by the sender: {@code subject} and {@code issuer} (RFC 4514 names), {@code names} (the DNS
 * and IP subject alternative names, a list), {@code notBefore} and {@code notAfter} (ISO instants), {@code expireDays}
 * (whole days until {@code notAfter}, negative once expired) and {@code serial} (hex). Absent over plain HTTP.
 */
final class CertificateQuery {

    static final List<String> FIELDS = List.of("subject", "issuer", "names", "notBefore", "notAfter", "expireDays",
            "serial");

    static final QueryKind KIND = Kind.keyed("certificate", CertificateQuery::problem, CertificateQuery::read)
            .withArguments(FIELDS);

    private CertificateQuery() {
    }

    private static Optional<QueryProblem> problem(String field) {
        if (FIELDS.contains(field)) {
            return Optional.empty();
        }
        return Optional.of(new QueryProblem("unknown certificate field '" + field + "'"
                + Suggestions.didYouMean(field, FIELDS).map(s -> "; did you mean '" + s + "'?")
                .orElse("; use one of " + String.join(", ", FIELDS)), 0));
    }

    private static Actual read(QueryInput in) throws CheckException {
        Optional<QueryProblem> problem = problem(in.argument());
        if (problem.isPresent()) {
            throw in.failure(problem.get().message());
        }
        ServerCertificate certificate = in.response().result().certificate();
        if (certificate == null) {
            return Actual.absent();
        }
        return Actual.of(switch (in.argument()) {
            case "subject" -> certificate.subject();
            case "issuer" -> certificate.issuer();
            case "names" -> certificate.names();
            case "notBefore" -> certificate.notBefore().toString();
            case "notAfter" -> certificate.notAfter().toString();
            case "expireDays" -> Math.floorDiv(Duration.between(Instant.now(), certificate.notAfter()).toSeconds(),
                    86_400L);
            default -> certificate.serial();
        });
    }
}
