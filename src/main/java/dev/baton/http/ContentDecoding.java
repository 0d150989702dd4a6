package dev.baton.http;

import org.apache.hc.client5.http.entity.DeflateInputStream;
import org.brotli.dec.BrotliInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Content codings (RFC 9110 §8.4.1): what Baton asks for in {@code Accept-Encoding} and how it undoes what a server
 * applied, in the reverse order of the {@code Content-Encoding} list. {@code gzip} (and {@code x-gzip}) by the JDK,
 * {@code deflate} by HttpClient's decoder (which takes the zlib format and the raw one some servers send), {@code br}
 * by Google's Brotli decoder. A body with a coding Baton does not know is kept as it came.
 */
final class ContentDecoding {

    /** The codings Baton decodes, for {@code Accept-Encoding}. */
    static final String ACCEPTED = "gzip, deflate, br";

    private ContentDecoding() {
    }

    /** The codings of a {@code Content-Encoding} value, lower case, {@code identity} left out. */
    static List<String> codings(String contentEncoding) {
        List<String> codings = new ArrayList<>();
        if (contentEncoding == null) {
            return codings;
        }
        for (String token : contentEncoding.split(",")) {
            String coding = token.strip().toLowerCase(Locale.ROOT);
            if (!coding.isEmpty() && !coding.equals("identity")) {
                codings.add(coding);
            }
        }
        return codings;
    }

    /** Whether every coding can be undone. */
    static boolean known(List<String> codings) {
        return codings.stream().allMatch(c -> List.of("gzip", "x-gzip", "deflate", "br").contains(c));
    }

    /** The body stream with the codings undone, last applied first. */
    static InputStream decode(List<String> codings, InputStream body) throws IOException {
        InputStream in = body;
        for (int i = codings.size() - 1; i >= 0; i--) {
            in = switch (codings.get(i)) {
                case "gzip", "x-gzip" -> new GZIPInputStream(in, 16 * 1024);
                case "deflate" -> new DeflateInputStream(in);
                case "br" -> new BrotliInputStream(in);
                default -> throw new IllegalArgumentException("unknown content coding " + codings.get(i));
            };
        }
        return in;
    }
}
