package dev.baton.auth;

import org.jsoup.nodes.FormElement;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The encoding a form is submitted in, as the HTML standard picks it (§4.10.21.6 "picking an encoding for the
 * form"): the first label of its {@code accept-charset} that names an encoding, else the document's; UTF-16 becomes
 * UTF-8 (the Encoding standard's "get an output encoding"). Text is encoded as browsers encode form entries: a
 * character the encoding cannot hold is sent as a decimal character reference ({@code &#26085;}).
 */
record FormCharset(Charset charset) {

    /** UTF-8, the encoding of forms on pages that name no other. */
    static final FormCharset UTF_8 = new FormCharset(StandardCharsets.UTF_8);

    /** Encoding standard labels whose encoding Java names otherwise. */
    private static final Map<String, String> LABELS = Map.of(
            "iso-8859-1", "windows-1252", "latin1", "windows-1252", "us-ascii", "windows-1252",
            "ascii", "windows-1252", "l1", "windows-1252",
            "shift_jis", "windows-31j", "sjis", "windows-31j", "ms_kanji", "windows-31j", "x-sjis", "windows-31j");

    static FormCharset of(FormElement form, Charset documentCharset) {
        for (String label : form.attr("accept-charset").trim().split("[\\t\\n\\f\\r ]+")) {
            Charset named = named(label);
            if (named != null) {
                return output(named);
            }
        }
        return output(documentCharset);
    }

    /** The encoding's name in the Encoding standard, as a {@code _charset_} field sends it. */
    String name() {
        return charset.name().equals("windows-31j") ? "Shift_JIS" : charset.name();
    }

    /** {@code text} in this encoding, each character it cannot hold as {@code &#N;}. */
    byte[] bytes(String text) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        CharsetEncoder encoder = charset.newEncoder();
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        text.codePoints().forEach(codePoint -> {
            try {
                ByteBuffer encoded = encoder.encode(CharBuffer.wrap(Character.toChars(codePoint)));
                out.write(encoded.array(), encoded.arrayOffset() + encoded.position(), encoded.remaining());
            } catch (CharacterCodingException unmappable) {
                out.writeBytes(("&#" + codePoint + ";").getBytes(StandardCharsets.US_ASCII));
            }
        });
        return out.toByteArray();
    }

    /**
     * {@code text} as the {@code application/x-www-form-urlencoded} serializer writes it in this encoding: a space as
     * {@code +}, every byte but ASCII alphanumerics and {@code *-._} percent-encoded in upper-case hex.
     */
    String urlencoded(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes(text)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "*-._".indexOf(c) >= 0) {
                out.append((char) c);
            } else if (c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static Charset named(String label) {
        String key = label.trim().toLowerCase(Locale.ROOT);
        if (key.isEmpty()) {
            return null;
        }
        try {
            return Charset.forName(LABELS.getOrDefault(key, key));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static FormCharset output(Charset charset) {
        Charset standard = Optional.ofNullable(named(charset.name())).orElse(charset);
        return new FormCharset(standard.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : standard);
    }
}
