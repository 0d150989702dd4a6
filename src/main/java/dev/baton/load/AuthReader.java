package dev.baton.load;

import dev.baton.model.AuthSpec;
import dev.baton.model.PkceAuth;
import dev.baton.model.PkceMethod;
import dev.baton.model.Text;
import dev.baton.model.TokenAuth;
import dev.baton.model.TokenGrant;
import org.yaml.snakeyaml.nodes.Node;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Reads the {@code auth:} block of a collection; each type has its own keys. */
final class AuthReader {

    static final List<String> PKCE_KEYS = List.of("type", "method", "codeVerifier", "state", "redirectUri",
            "issuer");
    static final List<String> TOKEN_KEYS = List.of("type", "tokenUrl", "clientId", "clientSecret", "scope",
            "accountId");
    private static final String ZOOM_TOKEN_URL = "https://zoom.us/oauth/token";

    private final NodeReader reader;

    AuthReader(NodeReader reader) {
        this.reader = reader;
    }

    AuthSpec auth(Node node) throws LoadException {
        var entries = reader.entries(node, "auth");
        List<String> types = types();
        if (!entries.containsKey("type")) {
            throw reader.error(node, "auth needs a 'type': one of " + String.join(", ", types));
        }
        Node typeNode = entries.get("type").value();
        String type = reader.string(typeNode, "auth type");
        if (type.equals("oauth2-pkce")) {
            return pkce(node);
        }
        TokenGrant grant = TokenGrant.byType(type).orElseThrow(() -> reader.error(typeNode, "unknown auth type '"
                + type + "'" + dev.baton.template.Suggestions.didYouMean(type, types).map(s -> "; did you mean '" + s
                + "'?").orElse("; use one of " + String.join(", ", types))));
        return token(node, grant);
    }

    private static List<String> types() {
        List<String> types = new java.util.ArrayList<>(List.of("oauth2-pkce"));
        Arrays.stream(TokenGrant.values()).map(TokenGrant::type).forEach(types::add);
        return types;
    }

    private PkceAuth pkce(Node node) throws LoadException {
        var entries = reader.entries(node, "auth of type oauth2-pkce", PKCE_KEYS);
        PkceMethod method = PkceMethod.S256;
        if (entries.containsKey("method")) {
            Node methodNode = entries.get("method").value();
            String written = reader.string(methodNode, "auth method");
            method = switch (written) {
                case "S256" -> PkceMethod.S256;
                case "plain" -> PkceMethod.PLAIN;
                default -> throw reader.error(methodNode, "auth method must be S256 or plain, found '" + written + "'");
            };
        }
        return new PkceAuth(method, optional(entries, "codeVerifier"), optional(entries, "state"),
                optional(entries, "redirectUri"), optional(entries, "issuer"), reader.position(node));
    }

    private TokenAuth token(Node node, TokenGrant grant) throws LoadException {
        List<String> allowed = grant == TokenGrant.ACCOUNT_CREDENTIALS ? TOKEN_KEYS
                : TOKEN_KEYS.stream().filter(k -> !k.equals("accountId")).toList();
        var entries = reader.entries(node, "auth of type " + grant.type(), allowed);
        List<String> required = switch (grant) {
            case CLIENT_CREDENTIALS -> List.of("tokenUrl", "clientId", "clientSecret");
            case ACCOUNT_CREDENTIALS -> List.of("clientId", "clientSecret", "accountId");
            case LOGIN -> List.of("tokenUrl", "clientId");
        };
        for (String key : required) {
            if (!entries.containsKey(key)) {
                throw reader.error(node, "auth of type " + grant.type() + " needs '" + key + "'");
            }
        }
        Text tokenUrl = entries.containsKey("tokenUrl") ? reader.text(entries.get("tokenUrl").value(), "tokenUrl")
                : Text.literal(ZOOM_TOKEN_URL);
        return new TokenAuth(grant, tokenUrl, optional(entries, "clientId"), optional(entries, "clientSecret"),
                optional(entries, "scope"), optional(entries, "accountId"), reader.position(node));
    }

    private Text optional(Map<String, NodeReader.Entry> entries, String key) throws LoadException {
        return entries.containsKey(key) ? reader.text(entries.get(key).value(), key) : null;
    }
}
