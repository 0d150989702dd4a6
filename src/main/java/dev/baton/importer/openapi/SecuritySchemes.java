package dev.baton.importer.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.importer.ImportReport;
import dev.baton.importer.PendingSyntax;
import dev.baton.importer.SignIn;
import dev.baton.importer.yaml.YamlMap;
import dev.baton.load.LoadException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The security schemes of an OpenAPI document as Baton's credentials. Of an operation's security requirements (its
 * own, else the document's), the first whose every scheme Baton can send is used: {@code apiKey} (header, query or
 * cookie), {@code http} {@code basic} and {@code bearer}, and {@code oauth2}, whose {@code authorizationCode} flow
 * becomes the collection's PKCE helper with an {@code oauth: authorize} and an {@code oauth: token} step (PKCE added,
 * as RFC 9700 asks of every authorization-code client), whose {@code clientCredentials} flow becomes the collection's
 * {@code client-credentials} helper (or, when the collection has another, a token request), and whose {@code password}
 * flow becomes a token request. The steps that get a token are put before the first operation that needs it, with the
 * scopes of every operation that uses the scheme. Credentials are variables: secrets are read from OS environment
 * variables by the written environment; the endpoints are defaults an environment may override.
 */
final class SecuritySchemes {

    private static final Pattern ORIGIN = Pattern.compile("^[^:/?#]+://[^/?#]+");

    private final OpenApiDocument document;
    private final Variables variables;
    private final ImportReport report;
    private final String serverUrl;
    private final Map<String, Set<String>> scopes = new LinkedHashMap<>();
    private final Set<String> flowsWritten = new HashSet<>();
    private YamlMap collectionAuth;
    private String pkceScheme;
    private String clientCredentialsScheme;

    /** {@code serverUrl} is the document's first server URL as written, for endpoints given relative to it. */
    SecuritySchemes(OpenApiDocument document, Variables variables, ImportReport report, String serverUrl) {
        this.document = document;
        this.variables = variables;
        this.report = report;
        this.serverUrl = serverUrl;
    }

    /** Notes the scopes an operation asks of each scheme, so that one token serves every operation. */
    void noteScopes(JsonNode requirements) {
        if (requirements == null) {
            return;
        }
        for (JsonNode alternative : requirements) {
            alternative.fields().forEachRemaining(e -> {
                Set<String> of = scopes.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>());
                e.getValue().forEach(s -> of.add(s.asText()));
            });
        }
    }

    /** The collection's {@code auth:}, when an authorization-code flow was met. */
    YamlMap collectionAuth() {
        return collectionAuth;
    }

    /**
     * Adds the credentials of the first requirement Baton can send to the request.
     *
     * @return the steps that get a token, when this is the first operation to need them
     */
    List<YamlMap> apply(OpenApiDocument.Located requirements, YamlMap request, String item) throws LoadException {
        if (requirements.node() == null || !requirements.node().isArray() || requirements.node().isEmpty()) {
            return List.of();
        }
        List<String> reasons = new ArrayList<>();
        for (JsonNode alternative : requirements.node()) {
            List<String> missing = new ArrayList<>();
            for (var names = alternative.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                String reason = unsupported(name, scheme(name, new OpenApiDocument.Located(alternative,
                        requirements.file())));
                if (reason != null) {
                    missing.add(reason);
                }
            }
            if (missing.isEmpty()) {
                List<YamlMap> before = new ArrayList<>();
                for (var names = alternative.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    before.addAll(send(name, scheme(name, new OpenApiDocument.Located(alternative,
                            requirements.file())), request));
                }
                return before;
            }
            reasons.addAll(missing);
        }
        report.leftOut(item, "the credentials", String.join("; ", reasons) + "; the request is sent without them");
        return List.of();
    }

    private JsonNode scheme(String name, OpenApiDocument.Located requirement) throws LoadException {
        JsonNode declared = document.root().path("components").path("securitySchemes").get(name);
        if (declared == null) {
            throw document.error(requirement, name, "security scheme '" + name + "' is not declared under "
                    + "components.securitySchemes");
        }
        return document.resolve(new OpenApiDocument.Located(declared, document.file())).node();
    }

    /** Why Baton cannot send a scheme, or {@code null} when it can. */
    private String unsupported(String name, JsonNode scheme) {
        String type = scheme.path("type").asText("");
        String shown = "security scheme '" + name + "' (" + type + ")";
        return switch (type) {
            case "apiKey" -> List.of("header", "query", "cookie").contains(scheme.path("in").asText())
                    && scheme.path("name").isTextual() ? null : shown + " has no 'name' or 'in'";
            case "http" -> switch (scheme.path("scheme").asText("").toLowerCase(Locale.ROOT)) {
                case "basic", "bearer" -> null;
                case "digest" -> PendingSyntax.DIGEST ? null : shown + ": Baton has no Digest authentication yet";
                default -> shown + ": Baton has no HTTP '" + scheme.path("scheme").asText() + "' authentication";
            };
            case "oauth2" -> {
                JsonNode flows = scheme.path("flows");
                if (flows.has("authorizationCode") && canTakePkce(name)) {
                    yield null;
                }
                if (flows.has("clientCredentials") || flows.has("password")) {
                    yield null;
                }
                yield flows.has("authorizationCode") ? shown + ": a collection has one helper (auth:), used by '"
                        + (pkceScheme != null ? pkceScheme : clientCredentialsScheme) + "'" : flows.has("implicit") ? shown + ": Baton runs no implicit grant (RFC 9700 "
                        + "says not to use it)" : shown + " has no flow Baton runs";
            }
            case "openIdConnect" -> shown + ": the endpoints are in the discovery document "
                    + scheme.path("openIdConnectUrl").asText("") + ", which baton import does not fetch; write the "
                    + "oauth2-pkce steps with its authorization_endpoint and token_endpoint (docs/pkce.md)";
            case "mutualTLS" -> shown + ": a client certificate is not part of a collection; run with 'baton run --cert "
                    + "FILE --key FILE'";
            default -> shown + ": unknown type";
        };
    }

    private List<YamlMap> send(String name, JsonNode scheme, YamlMap request) {
        String prefix = Variables.prefix(name);
        switch (scheme.path("type").asText()) {
            case "apiKey" -> {
                String value = variables.secret(prefix + "apiKey");
                String key = scheme.get("name").asText();
                switch (scheme.path("in").asText()) {
                    case "header" -> request.child("headers").put(key, value);
                    case "query" -> request.child("query").put(key, value);
                    default -> {
                        YamlMap headers = request.child("headers");
                        Object cookie = headers.get("Cookie");
                        headers.put("Cookie", (cookie == null ? "" : cookie + "; ") + key + "=" + value);
                    }
                }
                return List.of();
            }
            case "http" -> {
                String kind = scheme.path("scheme").asText().toLowerCase(Locale.ROOT);
                if (kind.equals("bearer")) {
                    request.put("bearer", variables.secret(prefix + "token"));
                } else {
                    request.put(kind.equals("digest") ? "digestAuth" : "basicAuth", YamlMap.flow("username",
                            variables.given(prefix + "username")).put("password", variables.secret(prefix
                            + "password")));
                }
                return List.of();
            }
            default -> {
                if (name.equals(clientCredentialsScheme) || clientCredentialsHelper(name, prefix, scheme)) {
                    return List.of();
                }
                String token = prefix + "accessToken";
                request.put("bearer", "<<" + token + ">>");
                return flowsWritten.add(name) ? oauth2(name, prefix, scheme.path("flows"), token) : List.of();
            }
        }
    }

    private boolean canTakePkce(String name) {
        return name.equals(pkceScheme) || collectionAuth == null;
    }

    /**
     * A client-credentials-only scheme as the collection's {@code auth: {type: client-credentials}}, when the collection
     * has no helper yet: Baton then gets the token once and sends it on every step that sends no credentials of its
     * own.
     */
    private boolean clientCredentialsHelper(String name, String prefix, JsonNode scheme) {
        JsonNode flows = scheme.path("flows");
        if (collectionAuth != null || flows.has("authorizationCode") || !flows.has("clientCredentials")) {
            return false;
        }
        clientCredentialsScheme = name;
        String scope = String.join(" ", scopes.getOrDefault(name, Set.of()));
        collectionAuth = YamlMap.block().put("type", "client-credentials")
                .put("tokenUrl", endpoint(prefix + "tokenUrl", flows.get("clientCredentials").path("tokenUrl")
                        .asText("")))
                .put("clientId", variables.given(prefix + "clientId"))
                .put("clientSecret", variables.secret(prefix + "clientSecret"));
        if (!scope.isEmpty()) {
            collectionAuth.put("scope", scope);
        }
        report.note("security scheme '" + name + "' became the collection's client-credentials helper: Baton gets "
                + "one token per run and sends it on every step that sends no credentials of its own");
        return true;
    }

    private List<YamlMap> oauth2(String name, String prefix, JsonNode flows, String token) {
        String scope = String.join(" ", scopes.getOrDefault(name, Set.of()));
        if (flows.has("authorizationCode") && canTakePkce(name)) {
            pkceScheme = name;
            collectionAuth = YamlMap.block().put("type", "oauth2-pkce").put("method", "S256");
            JsonNode flow = flows.get("authorizationCode");
            String clientId = variables.given(prefix + "clientId");
            String redirect = variables.given(prefix + "redirectUri");
            YamlMap query = YamlMap.block().put("response_type", "code").put("client_id", clientId)
                    .put("redirect_uri", redirect);
            if (!scope.isEmpty()) {
                query.put("scope", scope);
            }
            variables.signsIn();
            YamlMap authorize = YamlMap.block().put("name", "OAuth 2.0 (" + name + "): authorize")
                    .put("oauth", "authorize")
                    .put("request", YamlMap.block().put("url", endpoint(prefix + "authorizationUrl",
                            flow.path("authorizationUrl").asText(""))).put("query", query))
                    .put("login", SignIn.login());
            authorize.comment("login", List.of(SignIn.loginComment("the API's sign-in page")));
            YamlMap form = YamlMap.block().put("grant_type", "authorization_code").put("code", "<<oauth.code>>")
                    .put("redirect_uri", redirect);
            report.note("the token requests authenticate the client with HTTP Basic (client_secret_basic, RFC 6749 "
                    + "section 2.3.1); for a public client, put client_id in the form instead");
            return List.of(authorize, tokenStep(name, prefix, flow, form, token, true));
        }
        boolean clientCredentials = flows.has("clientCredentials");
        JsonNode flow = flows.get(clientCredentials ? "clientCredentials" : "password");
        YamlMap form = YamlMap.block().put("grant_type", clientCredentials ? "client_credentials" : "password");
        if (!clientCredentials) {
            variables.signsIn();
            form.put("username", "<<" + SignIn.USERNAME + ">>").put("password", "<<" + SignIn.PASSWORD + ">>");
        }
        if (!scope.isEmpty()) {
            form.put("scope", scope);
        }
        return List.of(tokenStep(name, prefix, flow, form, token, false));
    }

    private YamlMap tokenStep(String name, String prefix, JsonNode flow, YamlMap form, String token, boolean pkce) {
        YamlMap request = YamlMap.block().put("method", "POST")
                .put("url", endpoint(prefix + "tokenUrl", flow.path("tokenUrl").asText("")))
                .put("basicAuth", YamlMap.flow("username", variables.given(prefix + "clientId"))
                        .put("password", variables.secret(prefix + "clientSecret")))
                .put("form", form);
        YamlMap step = YamlMap.block().put("name", "OAuth 2.0 (" + name + "): get the access token");
        if (pkce) {
            step.put("oauth", "token");
        }
        return step.put("request", request)
                .put("capture", YamlMap.block().put(token, YamlMap.flow("json", "$.access_token")))
                .put("expect", YamlMap.block().put("status", 200));
    }

    /** An endpoint as a default variable; a relative URL is resolved against the server URL (OpenAPI 3.1). */
    private String endpoint(String variable, String url) {
        if (url.isEmpty()) {
            return variables.given(variable);
        }
        if (url.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
            return variables.byDefault(variable, url);
        }
        String server = serverUrl != null ? serverUrl : "<<baseUrl>>";
        Matcher origin = ORIGIN.matcher(server);
        String absolute = url.startsWith("/") && origin.find() ? origin.group() + url
                : server + (url.startsWith("/") ? "" : "/") + url;
        return variables.byDefault(variable, absolute);
    }
}
