package dev.baton.http;

import dev.baton.testing.CliRun;
import dev.baton.testing.EchoServer;
import dev.baton.testing.EchoServer.Reply;
import dev.baton.testing.EchoServers;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A response with many header fields: 200 {@code Set-Cookie} (a site's worth of cookies, as browsers keep) is read;
 * past Baton's limit, the step errors in Baton's words, not the HTTP client's.
 */
class ManyHeadersTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final EchoServers servers = new EchoServers();

    private CliRun runAgainst(int cookies) {
        EchoServer server = servers.start(request -> {
            Reply reply = Reply.of(200, "text/plain", "ok");
            for (int i = 0; i < cookies; i++) {
                reply = reply.with("Set-Cookie", "c" + i + "=v" + i + "; Path=/");
            }
            return reply;
        });
        Path collection = TestFiles.write(dir, "many.yaml", """
                name: many
                steps:
                  - name: cookies
                    request: {url: "%s/a"}
                    expect: {status: 200, cookie: {c199: {exists: true}}}
                """.formatted(server.baseUrl()));
        return CliRun.of("run", collection.toString(), "--env", TestFiles.emptyEnvironment(dir).toString());
    }

    @Test
    void twoHundredSetCookieHeadersAreRead() {
        CliRun run = runAgainst(200);
        assertEquals(0, run.exitCode(), run::toString);
    }

    @Test
    void moreHeaderFieldsThanBatonReadsIsAnErrorInBatonsWords() {
        CliRun run = runAgainst(ApacheHttpSender.MAX_HEADER_FIELDS + 10);
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("has more than " + ApacheHttpSender.MAX_HEADER_FIELDS
                + " header fields, more than Baton reads"), run::toString);
        assertFalse(run.all().contains("Maximum header count exceeded"), run::toString);
    }
}
