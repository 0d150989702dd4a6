package dev.baton.secret;

import org.jsoup.nodes.Entities;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The encodings a secret meets on its way to an output, written independently of the masker, for tests that put a
 * secret in each and look for it afterwards.
 */
public final class Forms {

    /** Names of the forms, by number. */
    public static final String[] NAMES = {"raw", "upper-case", "url-encoded", "url-encoded lower hex", "json-escaped",
        "json \\u-escaped", "hex", "html entities", "html numeric", "base64 in a blob", "json \\u-escaped in json",
        "url-encoded twice", "base64 of base64", "first two thirds", "last two thirds"};
    /** The form that puts the secret inside a longer Base64 blob at an offset. */
    public static final int BASE64_IN_BLOB = 9;
    /** The forms from here on show a part of the secret, cut by a server without a cut mark. */
    public static final int FIRST_PART = 13;

    private Forms() {
    }

    /** {@code secret} in form number {@code form}; {@code offset} bytes before it for {@link #BASE64_IN_BLOB}. */
    public static String encode(String secret, int form, int offset) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        return switch (form) {
            case 0 -> secret;
            case 1 -> secret.toUpperCase(Locale.ROOT);
            case 2 -> URLEncoder.encode(secret, StandardCharsets.UTF_8);
            case 3 -> lowerHexEscapes(URLEncoder.encode(secret, StandardCharsets.UTF_8).replace("+", "%20"));
            case 4 -> secret.replace("\\", "\\\\").replace("\"", "\\\"").replace("/", "\\/");
            case 5 -> unicodeEscaped(secret);
            case 6 -> HexFormat.of().formatHex(bytes);
            case 7 -> Entities.escape(secret).replace("'", "&apos;");
            case 8 -> numericReferences(secret);
            case BASE64_IN_BLOB -> inBlob(bytes, offset);
            case 10 -> unicodeEscaped(secret).replace("\\", "\\\\");
            case 11 -> URLEncoder.encode(URLEncoder.encode(secret, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            case 12 -> Base64.getEncoder().encodeToString(Base64.getEncoder().encode(bytes));
            case FIRST_PART -> secret.substring(0, secret.length() * 2 / 3);
            case 14 -> secret.substring(secret.length() / 3);
            default -> throw new IllegalArgumentException("no form " + form);
        };
    }

    private static String lowerHexEscapes(String encoded) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length()) {
                out.append('%').append(encoded.substring(i + 1, i + 3).toLowerCase(Locale.ROOT));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String unicodeEscaped(String secret) {
        StringBuilder out = new StringBuilder();
        secret.chars().forEach(c -> out.append(String.format(c % 2 == 0 ? "\\u%04x" : "\\u%04X", c)));
        return out.toString();
    }

    private static String numericReferences(String secret) {
        StringBuilder out = new StringBuilder();
        secret.codePoints().forEach(c -> out.append(c % 2 == 0 ? "&#" + c + ";" : "&#x" + Integer.toHexString(c) + ";"));
        return out.toString();
    }

    private static String inBlob(byte[] secret, int offset) {
        byte[] blob = new byte[offset + secret.length + 2];
        java.util.Arrays.fill(blob, (byte) 0x7f);
        System.arraycopy(secret, 0, blob, offset, secret.length);
        return Base64.getEncoder().encodeToString(blob);
    }
}
