package dev.baton.secrets;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.secret.Forms;
import dev.baton.secret.Redactor;
import dev.baton.testing.AllOutputs;
import dev.baton.testing.EchoServer;
import dev.baton.testing.EchoServer.Reply;
import dev.baton.testing.RenderingAhead;
import dev.baton.testing.TestFiles;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated secrets over every character class that matters to an encoding ({@code / \ " < > & = + %}, spaces,
 * non-ASCII) are sent with {@code --secret} to a loopback server that echoes each back in every encoding of
 * {@link Forms}, in its body and in a header; a failed expectation quotes the body. No output of the run (console,
 * {@code --debug}, every reporter, {@code --export-env}, the error messages) may hold any form. With masking off the
 * same check must find them.
 */
class EchoedSecretPropertyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static EchoServer server;
    private static Path dir;

    @BeforeContainer
    static void start() throws IOException {
        dir = Files.createTempDirectory("baton-echo");
        server = EchoServer.start(request -> {
            try {
                String secret = JSON.readTree(request.body()).get("s").asText();
                Map<String, String> forms = forms(secret);
                return Reply.of(200, "text/plain; charset=UTF-8", String.join("\n", forms.values()))
                        .with("X-Echo", forms.get("base64 in a blob at 1"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    /** Every form of the secret, by name; Base64 inside a blob at each of the three offsets. */
    static Map<String, String> forms(String secret) {
        Map<String, String> forms = new LinkedHashMap<>();
        for (int form = 0; form < Forms.NAMES.length; form++) {
            if (form == Forms.BASE64_IN_BLOB) {
                for (int offset = 0; offset < 3; offset++) {
                    forms.put(Forms.NAMES[form] + " at " + offset, Forms.encode(secret, form, offset));
                }
            } else {
                forms.put(Forms.NAMES[form], Forms.encode(secret, form, 0));
            }
        }
        return forms;
    }

    /**
     * What must not show of each form: the form itself, or for Base64 in a blob, the characters only the secret made.
     * A part of the secret that is one whole word of it made of letters alone is left out: ordinary text holds such
     * a word too, and docs/reports.md says it is not masked ({@code aaaa} of {@code aaaa0a}).
     */
    private static Map<String, String> tells(String secret) {
        Map<String, String> tells = new LinkedHashMap<>();
        int bytes = secret.getBytes(StandardCharsets.UTF_8).length;
        forms(secret).forEach((name, form) -> {
            if (name.equals(Forms.NAMES[Forms.FIRST_PART]) && isLetterWord(secret, 0, secret.length() * 2 / 3)
                    || name.equals(Forms.NAMES[Forms.FIRST_PART + 1]) && isLetterWord(secret, secret.length() / 3,
                    secret.length())) {
                return;
            }
            if (name.startsWith(Forms.NAMES[Forms.BASE64_IN_BLOB])) {
                int offset = name.charAt(name.length() - 1) - '0';
                tells.put(name, form.substring((int) Math.ceil(offset * 8 / 6.0),
                        (int) Math.floor((offset + bytes) * 8 / 6.0)));
            } else {
                tells.put(name, form);
            }
        });
        return tells;
    }

    /** Whether {@code secret[start, end)} is letters alone, with no letter just before or after it. */
    private static boolean isLetterWord(String secret, int start, int end) {
        return secret.substring(start, end).chars().allMatch(Character::isLetter)
                && (start == 0 || !Character.isLetter(secret.charAt(start - 1)))
                && (end == secret.length() || !Character.isLetter(secret.charAt(end)));
    }

    @Provide
    Arbitrary<String> secrets() {
        return Arbitraries.strings().withChars("aZ09/\\\"<>&=+% é€-_".toCharArray()).withCharRange('\u4e00', '\u4e03')
                .ofMinLength(6).ofMaxLength(20).filter(s -> !s.isBlank() && s.strip().equals(s));
    }

    /** The leaks of a run with the reports written at the end, then of one with them rendered while it goes. */
    private static Map<String, List<String>> leaks(String secret) {
        Map<String, List<String>> leaks = new LinkedHashMap<>();
        for (boolean renderAhead : new boolean[]{false, true}) {
            RenderingAhead.with(renderAhead, () -> leaks(secret, renderAhead)).forEach((form, where) ->
                    leaks.computeIfAbsent(form, f -> new ArrayList<>()).addAll(where));
        }
        return leaks;
    }

    private static Map<String, List<String>> leaks(String secret, boolean renderAhead) {
        Path collection = TestFiles.write(dir, "echo.yaml", """
                name: echo
                steps:
                  - name: echo
                    request:
                      method: POST
                      url: %s/echo
                      json: {s: <<s>>}
                    expect:
                      body: nope
                """.formatted(server.baseUrl()));
        AllOutputs.Result result = AllOutputs.of(dir, collection.toString(), "--env",
                TestFiles.emptyEnvironment(dir).toString(), "--secret", "s=" + secret);
        assertEquals(1, result.run().exitCode(), result.run()::toString);
        Map<String, List<String>> leaks = new LinkedHashMap<>();
        tells(secret).forEach((name, tell) -> {
            List<String> where = new ArrayList<>(result.holding(tell));
            if (!where.isEmpty()) {
                leaks.put(name + " '" + tell + "'", where.stream()
                        .map(w -> renderAhead ? w + " (rendered ahead)" : w).toList());
            }
        });
        return leaks;
    }

    @Property(tries = 12)
    void noFormOfAnEchoedSecretReachesAnyOutput(@ForAll("secrets") String secret) {
        Map<String, List<String>> leaks = leaks(secret);
        assertTrue(leaks.isEmpty(), () -> "secret '" + secret + "' leaked: " + leaks);
    }

    @Example
    void withMaskingOffTheCheckFindsEveryForm() {
        System.setProperty(Redactor.DISABLE_PROPERTY, "true");
        try {
            String secret = "a/b\\c\"d<e>f&g=h+i%j k-é€";
            Map<String, List<String>> leaks = leaks(secret);
            assertEquals(tells(secret).size(), leaks.size(), () -> "found only " + leaks.keySet());
            assertFalse(leaks.values().stream().anyMatch(List::isEmpty));
        } finally {
            System.clearProperty(Redactor.DISABLE_PROPERTY);
        }
    }
}
