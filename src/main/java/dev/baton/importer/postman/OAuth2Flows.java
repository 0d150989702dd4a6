package dev.baton.importer.postman;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.importer.SignIn;
import dev.baton.importer.yaml.YamlMap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Postman's OAuth 2.0 helper as steps of the collection. Postman gets the token when a person presses "Get New Access
 * Token" and Newman only sends the token saved in the collection; Baton gets it in the run. Each configuration in a
 * collection becomes, before the first step that needs it: for {@code authorization_code_with_pkce} the collection's
 * {@code auth: {type: oauth2-pkce}} with an {@code oauth: authorize} step (the sign-in filled with
 * {@link SignIn}'s variables) and an {@code oauth: token} step; for
 * {@code authorization_code} the same without PKCE; for {@code client_credentials} and {@code password_credentials} a
 * token request. The token request captures the access token, which the requests then send as Postman would
 * ({@code addTokenTo}, {@code headerPrefix}).
 */
final class OAuth2Flows {

    /** One configuration's steps and the variable that holds its token. */
    private record Flow(String token, List<YamlMap> steps, boolean pkce) {
    }

    private final PostmanText text;
    private final PulledSecrets secrets;
    private final VariableNames names;
    private final Map<String, Flow> flows = new LinkedHashMap<>();
    private YamlMap pkceAuth;
    private boolean signIn;

    OAuth2Flows(PostmanText text, PulledSecrets secrets, VariableNames names) {
        this.text = text;
        this.secrets = secrets;
        this.names = names;
    }

    /** A request's use of an OAuth 2.0 configuration: the steps to put before it (the first time), and how to send. */
    record Use(List<YamlMap> stepsBefore, boolean sent) {
    }

    /**
     * Adds the token of the configuration to the request, and returns the steps that get it when this is the first
     * request to need them.
     */
    Use use(PostmanAuth auth, YamlMap request, ItemLog log) {
        String grant = auth.text("grant_type", "authorization_code");
        String key = auth.values().entrySet().stream().filter(e -> !e.getKey().equals("accessToken")
                && !e.getKey().equals("tokenName")).map(e -> e.getKey() + "=" + e.getValue()).sorted().toList()
                .toString();
        List<YamlMap> before = List.of();
        String token;
        Flow known = flows.get(key);
        if (known != null) {
            token = known.token();
        } else {
            Optional<Flow> made = flow(grant, auth, log);
            if (made.isEmpty()) {
                String stored = auth.text("accessToken");
                if (stored.isEmpty()) {
                    log.leftOut("the OAuth 2.0 token (" + auth.where() + ")", "grant '" + grant + "' cannot run in "
                            + "Baton and no token is saved in the collection");
                    return new Use(List.of(), false);
                }
                log.note("an OAuth 2.0 token saved in the collection is sent as Newman sends it, read from an OS "
                        + "environment variable");
                sendToken(auth, request, secrets.secret(stored, "accessToken", text));
                return new Use(List.of(), true);
            }
            flows.put(key, made.get());
            token = made.get().token();
            before = made.get().steps();
        }
        text.use(token);
        sendToken(auth, request, "<<" + token + ">>");
        return new Use(before, true);
    }

    /** The collection's {@code auth:}, when a PKCE configuration was met. */
    YamlMap collectionAuth() {
        return pkceAuth;
    }

    /** Whether a step signs in, so that the environments must give {@link SignIn}'s variables. */
    boolean signsIn() {
        return signIn;
    }

    private Optional<Flow> flow(String grant, PostmanAuth auth, ItemLog log) {
        String suffix = flows.isEmpty() ? "" : " (" + (flows.size() + 1) + ")";
        String token = names.fresh(flows.isEmpty() ? "accessToken" : "accessToken" + (flows.size() + 1));
        switch (grant) {
            case "authorization_code_with_pkce", "authorization_code" -> {
                boolean pkce = grant.equals("authorization_code_with_pkce");
                if (pkce && !pkce(auth, log)) {
                    return Optional.empty();
                }
                List<YamlMap> steps = List.of(authorize(auth, pkce, suffix), token(auth, "authorization_code",
                        pkce, token, suffix));
                return Optional.of(new Flow(token, steps, pkce));
            }
            case "client_credentials" -> {
                return Optional.of(new Flow(token, List.of(token(auth, "client_credentials", false, token, suffix)),
                        false));
            }
            case "password_credentials", "password" -> {
                return Optional.of(new Flow(token, List.of(token(auth, "password", false, token, suffix)), false));
            }
            default -> {
                log.leftOut("the OAuth 2.0 '" + grant + "' grant (" + auth.where() + ")", grant.equals("implicit")
                        ? "Baton runs no implicit grant (RFC 9700 says not to use it)" : "Baton does not know it");
                return Optional.empty();
            }
        }
    }

    /** The collection's PKCE helper; a second configuration with another method cannot share it. */
    private boolean pkce(PostmanAuth auth, ItemLog log) {
        String method = auth.text("challengeAlgorithm", "S256");
        if (!method.equals("S256") && !method.equals("plain")) {
            log.leftOut("the PKCE challenge method '" + method + "' (" + auth.where() + ")",
                    "PKCE has S256 and plain (RFC 7636)");
            return false;
        }
        if (pkceAuth != null) {
            if (!method.equals(pkceAuth.get("method"))) {
                log.leftOut("the second PKCE configuration (" + auth.where() + ")", "a collection has one PKCE helper, "
                        + "and it uses " + pkceAuth.get("method"));
                return false;
            }
            return true;
        }
        pkceAuth = YamlMap.block().put("type", "oauth2-pkce").put("method", method);
        String verifier = auth.text("code_verifier");
        if (!verifier.isEmpty()) {
            pkceAuth.put("codeVerifier", secrets.secret(verifier, "codeVerifier", text));
        }
        String state = auth.text("state");
        if (!state.isEmpty()) {
            pkceAuth.put("state", secrets.secret(state, "oauthState", text));
        }
        return true;
    }

    private YamlMap authorize(PostmanAuth auth, boolean pkce, String suffix) {
        YamlMap query = YamlMap.block().put("response_type", "code")
                .put("client_id", text.convert(auth.text("clientId")))
                .put("redirect_uri", text.convert(auth.text("redirect_uri", auth.text("callbackUrl"))));
        if (!auth.text("scope").isEmpty()) {
            query.put("scope", text.convert(auth.text("scope")));
        }
        if (!pkce && !auth.text("state").isEmpty()) {
            query.put("state", secrets.secret(auth.text("state"), "oauthState", text));
        }
        YamlMap headers = YamlMap.block();
        extraParameters(auth.list("authRequestParams"), query, headers);
        YamlMap request = YamlMap.block().put("url", text.convert(auth.text("authUrl"))).put("query", query);
        request.putUnlessEmpty("headers", headers);
        text.use(SignIn.USERNAME);
        text.use(SignIn.PASSWORD);
        signIn = true;
        YamlMap step = YamlMap.block().put("name", "OAuth 2.0: authorize" + suffix).put("oauth", "authorize")
                .put("request", request).put("login", SignIn.login());
        step.comment("login", List.of(SignIn.loginComment("Postman")));
        return step;
    }

    private YamlMap token(PostmanAuth auth, String grant, boolean pkce, String token, String suffix) {
        YamlMap form = YamlMap.block().put("grant_type", grant);
        if (grant.equals("authorization_code")) {
            text.use("oauth.code");
            form.put("code", "<<oauth.code>>");
            form.put("redirect_uri", text.convert(auth.text("redirect_uri", auth.text("callbackUrl"))));
        } else if (grant.equals("password")) {
            form.put("username", text.convert(auth.text("username")));
            form.put("password", secrets.secret(auth.text("password"), "password", text));
        }
        if (!auth.text("scope").isEmpty() && !grant.equals("authorization_code")) {
            form.put("scope", text.convert(auth.text("scope")));
        }
        YamlMap request = YamlMap.block().put("method", "POST").put("url", text.convert(auth.text("accessTokenUrl")));
        String clientId = text.convert(auth.text("clientId"));
        String secret = auth.text("clientSecret");
        boolean inHeader = !auth.text("client_authentication", "header").equals("body");
        if (!secret.isEmpty() && inHeader) {
            request.put("basicAuth", YamlMap.flow("username", clientId).put("password",
                    secrets.secret(secret, "clientSecret", text)));
        } else {
            form.put("client_id", clientId);
            if (!secret.isEmpty()) {
                form.put("client_secret", secrets.secret(secret, "clientSecret", text));
            }
        }
        YamlMap headers = YamlMap.block();
        YamlMap query = YamlMap.block();
        extraParameters(auth.list("tokenRequestParams"), query, headers, form);
        request.putUnlessEmpty("query", query);
        request.putUnlessEmpty("headers", headers);
        request.put("form", form);
        YamlMap step = YamlMap.block().put("name", "OAuth 2.0: get the access token" + suffix);
        if (pkce) {
            step.put("oauth", "token");
        }
        return step.put("request", request)
                .put("capture", YamlMap.block().put(token, YamlMap.flow("json", "$.access_token")))
                .put("expect", YamlMap.block().put("status", 200));
    }

    /** Postman's extra parameters: {@code [{key, value, enabled, send_as: request_url|request_body|request_header}]}. */
    private void extraParameters(JsonNode params, YamlMap query, YamlMap headers, YamlMap... body) {
        for (JsonNode param : params) {
            if (!param.path("enabled").asBoolean(true) || !param.hasNonNull("key")) {
                continue;
            }
            String name = text.convert(param.get("key").asText());
            String value = secrets.ifSecretNamed(param.get("key").asText(), PostmanUrl.text(param.get("value")), text);
            switch (param.path("send_as").asText(body.length > 0 ? "request_body" : "request_url")) {
                case "request_header" -> headers.add(name, value);
                case "request_body" -> (body.length > 0 ? body[0] : query).add(name, value);
                default -> query.add(name, value);
            }
        }
    }

    /** Adds the token as Postman's {@code addTokenTo} and {@code headerPrefix} say. */
    private static void sendToken(PostmanAuth auth, YamlMap request, String token) {
        if (auth.text("addTokenTo", "header").equals("queryParams")) {
            YamlMap query = request.get("query") instanceof YamlMap q ? q : YamlMap.block();
            query.add("access_token", token);
            request.put("query", query);
            return;
        }
        String prefix = auth.text("headerPrefix", "Bearer").strip();
        if (prefix.equals("Bearer")) {
            request.put("bearer", token);
        } else {
            RequestMapping.headerMap(request).add("Authorization", (prefix.isEmpty() ? "" : prefix + " ") + token);
        }
    }

    /** All flows' steps, for counting. */
    List<YamlMap> allSteps() {
        List<YamlMap> all = new ArrayList<>();
        flows.values().forEach(f -> all.addAll(f.steps()));
        return all;
    }
}
