package dev.baton.audit;

import dev.baton.audit.probes.Probes;
import dev.baton.django.DjangoOAuthToolkit;
import dev.baton.oidc.OidcProviderServer;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The table of docs/audit.md is what {@code baton audit} measures: the audit runs against the strict sandbox,
 * panva/oidc-provider, NAV's mock-oauth2-server and Django OAuth Toolkit, and the table between the markers must be the one these runs
 * give. Run with {@code -Dbaton.audit.writeTable=true} to write it.
 */
class AuditTableTest {

    private static final Path DOC = Path.of("docs/audit.md");
    private static final String START = "<!-- audit-table:start (written by AuditTableTest) -->";
    private static final String END = "<!-- audit-table:end -->";

    @Test
    void theTableInTheDocsIsWhatTheAuditsMeasure(@TempDir Path dir) throws Exception {
        Map<String, AuditRun> runs = new LinkedHashMap<>();
        runs.put("Baton sandbox", AuditRun.of(dir, "audits/sandbox.yaml"));
        try (OidcProviderServer provider = OidcProviderServer.start()) {
            runs.put("oidc-provider 9.13 (dev interactions)", AuditRun.of(dir,
                    "src/test/resources/audit/oidc-provider-audit.yaml", "--env",
                    "src/test/resources/oidc/empty-env.yaml", "--var", "issuer=" + provider.issuer()));
        }
        MockOAuth2Server mock = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\": true}"));
        mock.start(InetAddress.getByName("127.0.0.1"), 0);
        try {
            runs.put("mock-oauth2-server 6.0", AuditRun.of(dir, "src/test/resources/audit/mock-oauth2-server-audit.yaml",
                    "--env", "src/test/resources/thirdparty/empty-env.yaml", "--var", "issuer="
                            + mock.issuerUrl("default").toString().replaceAll("/$", "")));
        } finally {
            mock.shutdown();
        }
        try (DjangoOAuthToolkit toolkit = DjangoOAuthToolkit.start()) {
            runs.put("Django OAuth Toolkit 1.7", AuditRun.of(dir,
                    "src/test/resources/audit/django-oauth-toolkit-audit.yaml", "--env",
                    "src/test/resources/thirdparty/empty-env.yaml", "--var", "base=" + toolkit.baseUrl()));
        }
        runs.forEach((server, run) -> assertEquals(Probes.ids().size(), run.outcomes().size(), server + ":\n"
                + run.console()));

        String table = table(runs);
        String doc = Files.readString(DOC);
        int start = doc.indexOf(START);
        int end = doc.indexOf(END);
        assertTrue(start >= 0 && end > start, "docs/audit.md has the table's markers");
        String written = doc.substring(start + START.length(), end).strip();
        if (Boolean.getBoolean("baton.audit.writeTable")) {
            Files.writeString(DOC, doc.substring(0, start + START.length()) + "\n" + table + "\n"
                    + doc.substring(end));
        } else {
            assertEquals(table, written, "docs/audit.md disagrees with the measured audits; run this test with "
                    + "-Dbaton.audit.writeTable=true and read the difference\n" + runs.values().stream()
                    .map(AuditRun::console).reduce("", String::concat));
        }
    }

    private static String table(Map<String, AuditRun> runs) {
        StringBuilder out = new StringBuilder("| probe | checks |");
        runs.keySet().forEach(server -> out.append(' ').append(server).append(" |"));
        out.append("\n| --- | --- |");
        runs.keySet().forEach(server -> out.append(" --- |"));
        for (Probe probe : Probes.all()) {
            out.append("\n| `").append(probe.id()).append("` ").append(probe.title()).append(" | ")
                    .append(probe.citation()).append(" |");
            runs.values().forEach(run -> out.append(' ').append(cell(run.outcomes().get(probe.id()))).append(" |"));
        }
        return out.toString();
    }

    private static String cell(String outcome) {
        return switch (outcome) {
            case "PASSED" -> "pass";
            case "FAILED" -> "**FAIL**";
            case "NOT_APPLICABLE" -> "n/a";
            case "INCONCLUSIVE" -> "inconclusive";
            default -> outcome.toLowerCase(java.util.Locale.ROOT);
        };
    }
}
