package dev.baton.engine;

import dev.baton.auth.Discovery;
import dev.baton.auth.ServerMetadata;
import dev.baton.http.TransportException;

import java.util.Arrays;
import java.util.Map;

/**
 * The audited server's metadata, once per run for each issuer and written endpoints: discovered from the issuer
 * (RFC 8414, then OpenID Connect Discovery) with the written endpoints over it, or the written endpoints alone.
 */
final class AuditServer {

    private AuditServer() {
    }

    /** A discovery that failed, remembered so that every probe of the run says why, and none asks again. */
    private record Known(ServerMetadata metadata, String failure) {
    }

    /** @throws StepError when the issuer has no usable metadata */
    static ServerMetadata metadata(RunContext run, String issuer, Map<String, String> written) {
        Object key = Arrays.asList("audit-metadata", issuer, written);
        Known known = run.shared(key, Known.class, () -> discover(run, issuer, written));
        if (known.failure() != null) {
            throw new StepError(known.failure());
        }
        return known.metadata();
    }

    private static Known discover(RunContext run, String issuer, Map<String, String> written) {
        if (issuer == null) {
            return new Known(ServerMetadata.written(null, written), null);
        }
        try {
            return new Known(new Discovery(run.authSender()).discover(issuer).overriddenBy(written), null);
        } catch (Discovery.DiscoveryException e) {
            return new Known(null, e.getMessage());
        } catch (TransportException e) {
            return new Known(null, "the issuer's metadata could not be read: " + e.getMessage());
        }
    }
}
