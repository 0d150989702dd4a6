package dev.baton.check;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.baton.http.Header;
import dev.baton.http.HttpResult;
import dev.baton.http.OutgoingRequest;
import dev.baton.model.Capture;
import dev.baton.model.Condition;
import dev.baton.model.Expectation;
import dev.baton.model.Operator;
import dev.baton.model.Position;
import dev.baton.model.Query;
import dev.baton.model.Text;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds responses, captures and expectations for the tests of this package. */
final class Fixtures {

    static final Position AT = new Position("c.yaml", 7, 5);

    private Fixtures() {
    }

    static Response response(int status) {
        return new Response(status);
    }

    static Response json(String body) {
        return new Response(200).header("Content-Type", "application/json").body(body);
    }

    static Response html(String body) {
        return new Response(200).header("Content-Type", "text/html; charset=utf-8").body(body);
    }

    static Text text(String raw) {
        return new Text(raw, AT);
    }

    static Capture capture(String source, String argument) {
        return new Capture("v", new Query(source, argument == null ? null : text(argument), null, AT), false, AT);
    }

    static Condition is(Operator operator, String expected) {
        return Condition.of(operator, text(expected), AT);
    }

    static Condition in(String... options) {
        return new Condition(Operator.IN, null, Arrays.stream(options).map(Fixtures::text).toList(), List.of(), AT);
    }

    static Condition length(Condition... nested) {
        return new Condition(Operator.LENGTH, null, List.of(), List.of(nested), AT);
    }

    static Expectation expect(String subject, String argument, Condition... conditions) {
        return new Expectation(new Query(subject, argument == null ? null : text(argument), null, AT), List.of(conditions),
                AT);
    }

    /** A resolver that fills {@code <<name>>} from {@code vars} and fails on an unknown name. */
    static Function<Text, String> resolver(Map<String, String> vars) {
        Pattern placeholder = Pattern.compile("<<([^>]+)>>");
        return t -> placeholder.matcher(t.raw()).replaceAll(m -> Matcher.quoteReplacement(lookup(vars, m.group(1))));
    }

    private static String lookup(Map<String, String> vars, String name) {
        String value = vars.get(name);
        if (value == null) {
            throw new IllegalArgumentException("undefined " + name);
        }
        return value;
    }

    /** A response under construction. */
    static final class Response {
        private final int status;
        private final List<Header> headers = new ArrayList<>();
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private byte[] body = new byte[0];
        private Charset charset = UTF_8;
        private URI uri = URI.create("https://auth.example/oauth/authorize?client_id=abc");
        private long duration = 120;

        private Response(int status) {
            this.status = status;
        }

        Response header(String name, String value) {
            headers.add(new Header(name, value));
            return this;
        }

        Response body(String text) {
            return body(text, UTF_8);
        }

        Response body(String text, Charset bodyCharset) {
            body = text.getBytes(bodyCharset);
            charset = bodyCharset;
            return this;
        }

        Response cookie(String name, String value) {
            cookies.put(name, value);
            return this;
        }

        Response uri(String requestUri) {
            uri = URI.create(requestUri);
            return this;
        }

        Response duration(long millis) {
            duration = millis;
            return this;
        }

        HttpResult result() {
            return new HttpResult(OutgoingRequest.get(uri), status, "", headers, body, charset, duration, cookies);
        }

        ResponseView view() {
            return new ResponseView(result());
        }
    }
}
