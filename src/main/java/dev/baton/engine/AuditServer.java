package dev.baton.engine;

import dev.baton.auth.Discovery;
import dev.baton.auth.ServerMetadata;

import java.util.Arrays;
import java.util.Map;

/**
 * The audited server's metadata, once per run for each issuer and written endpoints: discovered from the issuer
 * (RFC 8414, then OpenID Connect Discovery) with the written endpoints over it, or the written endpoints alone.
 */
final class AuditServer {

    private AuditServer() {
    }

    /** @throws StepError when the issuer has no usable metadata */
    static ServerMetadata metadata(RunContext run, String issuer, Map<String, String> written) {
        Object key = Arrays.asList("audit-metadata", issuer, written);
        Discovery.Result known = run.shared(key, Discovery.Result.class, () -> issuer == null
                ? new Discovery.Result(ServerMetadata.written(null, written), null)
                : new Discovery(run.authSender()).attempt(issuer));
        if (known.failure() != null) {
            throw new StepError(known.failure());
        }
        return issuer == null ? known.metadata() : known.metadata().overriddenBy(written);
    }
}
