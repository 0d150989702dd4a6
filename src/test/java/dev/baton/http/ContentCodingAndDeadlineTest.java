package dev.baton.http;

import dev.baton.testing.CliRun;
import dev.baton.testing.EchoServer;
import dev.baton.testing.EchoServers;
import dev.baton.testing.EchoServer.Reply;
import dev.baton.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bodies in gzip, deflate (zlib and raw) and Brotli are decoded once, with {@code Accept-Encoding} sent and the
 * server's {@code Content-Encoding} still there to assert; the body limit counts decoded bytes (a gzip bomb is
 * refused); and {@code --timeout} bounds the whole exchange, not the silence between two bytes.
 */
class ContentCodingAndDeadlineTest {

    private static final String JSON = "{\"greeting\":\"h\u00e9llo\",\"n\":42}";

    @TempDir
    Path dir;

    @RegisterExtension
    final EchoServers servers = new EchoServers();

    private EchoServer server;

    private CliRun run(Function<EchoServer.Request, Reply> answer, String expect, String... more) {
        server = servers.start(answer);
        Path file = TestFiles.write(dir, "c.yaml", """
                name: codings
                steps:
                  - name: a
                    request: {url: "%s/a"}
                    expect:
                %s
                """.formatted(server.baseUrl(), expect.indent(6).stripTrailing()));
        String[] args = new String[more.length + 4];
        System.arraycopy(new String[]{"run", file.toString(), "--env", TestFiles.emptyEnvironment(dir).toString()}, 0,
                args, 0, 4);
        System.arraycopy(more, 0, args, 4, more.length);
        return CliRun.of(args);
    }

    private static Reply encoded(String coding, byte[] body) {
        return Reply.of(200, "application/json; charset=UTF-8", body).with("Content-Encoding", coding);
    }

    private static final String EXPECT_DECODED = """
            json: {$.greeting: "h\u00e9llo", $.n: 42}
            headers: {Content-Encoding: {exists: true}}""";

    @Test
    void gzipIsAskedForAndDecoded() {
        CliRun run = run(r -> encoded("gzip", gzip(JSON.getBytes(StandardCharsets.UTF_8))), EXPECT_DECODED);

        assertEquals(0, run.exitCode(), run::toString);
        String accepted = server.requests().get(0).header("Accept-Encoding");
        assertTrue(accepted.contains("gzip") && accepted.contains("deflate") && accepted.contains("br"), accepted);
    }

    @Test
    void deflateInTheZlibAndTheRawFormat() {
        for (boolean raw : new boolean[]{false, true}) {
            CliRun run = run(r -> encoded("deflate", deflate(JSON.getBytes(StandardCharsets.UTF_8), raw)),
                    EXPECT_DECODED);
            assertEquals(0, run.exitCode(), () -> (raw ? "raw " : "zlib ") + run);
        }
    }

    @Test
    void brotli() {
        CliRun run = run(r -> encoded("br", storedBrotli(JSON.getBytes(StandardCharsets.UTF_8))), EXPECT_DECODED);

        assertEquals(0, run.exitCode(), run::toString);
    }

    @Test
    void stackedCodingsAreUndoneLastFirst() {
        CliRun run = run(r -> encoded("deflate, gzip", gzip(deflate(JSON.getBytes(StandardCharsets.UTF_8), false))),
                EXPECT_DECODED);

        assertEquals(0, run.exitCode(), run::toString);
    }

    @Test
    void aGzipBombIsRefusedByItsDecodedSize() {
        byte[] bomb = gzip(new byte[20 * 1024 * 1024]);
        assertTrue(bomb.length < 100_000, "the bomb is " + bomb.length + " bytes");

        CliRun run = run(r -> encoded("gzip", bomb), "status: 200");

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("response body is larger than the limit of 10485760 bytes"), run::toString);
    }

    @Test
    void aBodyThatDoesNotDecodeIsAnError() {
        CliRun run = run(r -> encoded("gzip", "not gzip at all".getBytes(StandardCharsets.UTF_8)), "status: 200");

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("does not decode as its Content-Encoding (gzip) says"), run::toString);
    }

    @Test
    void theTimeoutBoundsTheWholeExchange() {
        Reply trickle = new Reply(200, java.util.Map.of("Content-Type", java.util.List.of("text/plain")), new byte[0],
                out -> {
                    for (int i = 0; i < 100; i++) {
                        out.write('x');
                        out.flush();
                        Thread.sleep(200);
                    }
                });

        CliRun run = run(r -> trickle, "status: 200", "--timeout", "1000");

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("timed out after 1000 ms waiting for " + server.baseUrl()), run::toString);
        Matcher time = Pattern.compile("ERROR\\s+a\\s+(\\d+) ms").matcher(run.out());
        assertTrue(time.find(), run::toString);
        assertTrue(Long.parseLong(time.group(1)) < 3000, "the step took " + time.group(1) + " ms");
    }

    @Test
    void aConnectTimeoutMustBePositive() {
        CliRun run = run(r -> Reply.of(200, "text/plain", "ok"), "status: 200", "--connect-timeout", "0");

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("--connect-timeout must be a positive number of milliseconds"), run::toString);
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(out, new Deflater(6, raw))) {
            deflate.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A Brotli stream (RFC 7932) holding the data in one uncompressed meta-block (§9.2), then an empty last one:
     * real Brotli for the decoder, without an encoder on the class path.
     */
    static byte[] storedBrotli(byte[] data) {
        assertTrue(data.length > 0 && data.length <= 65536);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int header = ((data.length - 1) << 4) | (1 << 20);
        out.write(header & 0xff);
        out.write((header >> 8) & 0xff);
        out.write((header >> 16) & 0xff);
        out.writeBytes(data);
        out.write(0x03);
        return out.toByteArray();
    }
}
