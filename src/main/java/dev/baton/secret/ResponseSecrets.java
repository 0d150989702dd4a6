package dev.baton.secret;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Registers the secrets a response body carries under {@link SecretNames secret-looking names}: the string members of
 * a JSON body ({@code access_token}, {@code apiKey}, at any depth) and the fields of a form-encoded one; and every
 * JSON Web Token in a textual body, whatever it stands under, so that a server echoing part of one, or the token
 * inside another encoding, shows none of it. They are secrets from then on, whatever the step captures.
 */
public final class ResponseSecrets {

    /** Made on first use: most runs read no JSON body, and Jackson is slow to load. */
    private static final class Json {
        static final JsonFactory FACTORY = new JsonFactory();
    }

    private ResponseSecrets() {
    }

    /** Whether a body of this media type is text, read for tokens. */
    public static boolean reads(String mediaType) {
        return readsFields(mediaType) || mediaType.startsWith("text/") || mediaType.contains("xml")
                || mediaType.contains("javascript");
    }

    /** Whether a body of this media type has named fields, read for secret-named ones: JSON or form-encoded. */
    public static boolean readsFields(String mediaType) {
        return mediaType.contains("json") || mediaType.contains("x-www-form-urlencoded");
    }

    /** Registers the secret members or fields of {@code body}, read as its media type says, and its tokens. */
    public static void register(String mediaType, String body, Redactor redactor) {
        tokens(body, redactor);
        if (mediaType.contains("json")) {
            json(body, redactor);
        } else if (mediaType.contains("x-www-form-urlencoded")) {
            form(body.strip(), redactor);
        }
    }

    private static void tokens(String body, Redactor redactor) {
        if (body.contains("eyJ")) {
            TokenShapes.each(TokenShapes.JWT, body, token -> redactor.add(token.group()));
        }
    }

    private static void json(String body, Redactor redactor) {
        try (JsonParser parser = Json.FACTORY.createParser(body)) {
            String member = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME) {
                    member = parser.currentName();
                } else if (token == JsonToken.END_OBJECT) {
                    member = null;
                } else if (token == JsonToken.VALUE_STRING && member != null && SecretNames.isSecret(member)) {
                    redactor.add(parser.getText());
                }
            }
        } catch (IOException notJson) {
            // what was read so far is registered; a body that is not JSON has no members
        }
    }

    private static void form(String body, Redactor redactor) {
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && SecretNames.isSecret(decode(pair.substring(0, eq)))) {
                redactor.add(decode(pair.substring(eq + 1)));
            }
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
