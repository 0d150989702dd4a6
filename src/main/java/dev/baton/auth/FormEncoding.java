package dev.baton.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The three form encodings of the HTML standard (§4.10.21.7 to .8), in the form's {@link FormCharset encoding}:
 * {@code application/x-www-form-urlencoded} (the URL standard's serializer: space as {@code +}, all but {@code *-._}
 * and alphanumerics percent-encoded), {@code multipart/form-data} (RFC 7578, names escaped as HTML says) and
 * {@code text/plain}. Line breaks in names and values become CRLF, as the standard's conversion to name-value pairs
 * says.
 */
enum FormEncoding {
    URLENCODED("application/x-www-form-urlencoded"),
    MULTIPART("multipart/form-data"),
    TEXT_PLAIN("text/plain");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String mediaType;

    FormEncoding(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The encoding an {@code enctype} or {@code formenctype} value names; anything else is URL-encoded. */
    static FormEncoding of(String enctype) {
        String type = enctype.trim().toLowerCase(Locale.ROOT);
        for (FormEncoding encoding : values()) {
            if (encoding.mediaType.equals(type)) {
                return encoding;
            }
        }
        return URLENCODED;
    }

    /** An encoded body and the content type that says how to read it. */
    record Encoded(String contentType, byte[] body) {
    }

    Encoded encode(List<EntryList.Entry> entries, FormCharset charset) {
        return switch (this) {
            case URLENCODED -> new Encoded(mediaType, urlencoded(entries, charset).getBytes(StandardCharsets.US_ASCII));
            case TEXT_PLAIN -> new Encoded(mediaType + ";charset=" + charset.name(), charset.bytes(entries.stream()
                    .map(e -> crlf(e.name()) + "=" + crlf(e.value()) + "\r\n").collect(Collectors.joining())));
            case MULTIPART -> multipart(entries, charset);
        };
    }

    /** The entries as a query or URL-encoded body. */
    static String urlencoded(List<EntryList.Entry> entries, FormCharset charset) {
        return entries.stream().map(e -> charset.urlencoded(crlf(e.name())) + "=" + charset.urlencoded(crlf(e.value())))
                .collect(Collectors.joining("&"));
    }

    private static Encoded multipart(List<EntryList.Entry> entries, FormCharset charset) {
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        String boundary = "----BatonFormBoundary" + HexFormat.of().formatHex(random);
        StringBuilder body = new StringBuilder();
        for (EntryList.Entry entry : entries) {
            body.append("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(escape(crlf(entry.name()))).append('"');
            if (entry.filename() != null) {
                body.append("; filename=\"").append(escape(entry.filename())).append("\"\r\n")
                        .append("Content-Type: application/octet-stream");
            }
            body.append("\r\n\r\n").append(entry.filename() != null ? entry.value() : crlf(entry.value()))
                    .append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        return new Encoded("multipart/form-data; boundary=" + boundary, charset.bytes(body.toString()));
    }

    /** HTML's escaping of names and filenames in multipart headers. */
    private static String escape(String name) {
        return name.replace("\n", "%0A").replace("\r", "%0D").replace("\"", "%22");
    }

    /** Every lone CR, lone LF and CRLF as CRLF. */
    static String crlf(String text) {
        return text.replaceAll("\r\n|\r|\n", "\r\n");
    }
}
