package dev.baton.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.baton.json.Jackson;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the sandbox's answers: HTML pages, JSON bodies and redirects, none of them cacheable. */
final class Responses {
    static final String SESSION_COOKIE = "ZM_SANDBOX_SESSION";

    private Responses() {
    }

    static ResponseDefinitionBuilder html(int status, String body) {
        return base(status)
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withHeader("X-Frame-Options", "DENY")
                .withBody(body);
    }

    static ResponseDefinition errorPage(String message) {
        return html(400, Pages.error(message)).build();
    }

    static ResponseDefinitionBuilder json(int status, Object body) {
        try {
            return base(status)
                    .withHeader("Content-Type", "application/json;charset=UTF-8")
                    .withBody(Jackson.mapper().writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }

    static ResponseDefinition redirect(int status, String location) {
        return base(status).withHeader("Location", location).build();
    }

    /** Where a signed-in browser goes next: the consent page of its pending authorization. */
    static String consentPage(PendingAuthorization authorization) {
        return "/oauth/consent?request_id=" + encode(authorization.id());
    }

    static String sessionCookie(String sessionId, boolean secure) {
        return SESSION_COOKIE + "=" + sessionId + "; Path=/; HttpOnly; "
                + (secure ? "Secure; SameSite=None" : "SameSite=Lax");
    }

    /** {@code uri} with {@code params} (those with a {@code null} value left out) appended to its query. */
    static String withQuery(String uri, Map<String, String> params) {
        StringBuilder out = new StringBuilder(uri);
        char separator = uri.indexOf('?') < 0 ? '?' : '&';
        for (Map.Entry<String, String> param : params.entrySet()) {
            if (param.getValue() != null) {
                out.append(separator).append(encode(param.getKey())).append('=').append(encode(param.getValue()));
                separator = '&';
            }
        }
        return out.toString();
    }

    /**
     * The authorization response to the client after the consent: a 302 redirect, or with {@code form_post} an
     * auto-submitting form (OAuth 2.0 Form Post Response Mode), or with the JavaScript switch a page that goes
     * there with {@code location.assign}.
     */
    static ResponseDefinition toClient(SandboxState state, PendingAuthorization authorization,
                                       Map<String, String> sent) {
        String redirectUri = authorization.request().redirectUri();
        Map<String, String> params = responseParams(state, sent);
        if (authorization.formPost()) {
            return html(200, Pages.formPost(redirectUri, params)).build();
        }
        String location = withQuery(redirectUri, params);
        if (state.has(SandboxSwitch.JAVASCRIPT)) {
            return html(200, Pages.scriptedRedirect(location)).build();
        }
        return redirect(302, location);
    }

    /** The error parameters of RFC 6749 §4.1.2.1. */
    static Map<String, String> errorParams(OAuthProblem problem, String state) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("error", problem.error());
        params.put("error_description", problem.description());
        params.put("state", state);
        return params;
    }

    /** The RFC 6749 §4.1.2.1 error redirect. */
    static ResponseDefinition errorRedirect(SandboxState state, AuthorizationTarget target, OAuthProblem problem) {
        return redirect(302, withQuery(target.redirectUri(), responseParams(state, errorParams(problem,
                target.state()))));
    }

    /**
     * An authorization response's parameters as the sandbox sends them: with RFC 9207's {@code iss} (unless
     * {@code no-iss}), without {@code state} with {@code drop-state}.
     */
    static Map<String, String> responseParams(SandboxState state, Map<String, String> params) {
        Map<String, String> sent = new LinkedHashMap<>(params);
        if (state.has(SandboxSwitch.DROP_STATE)) {
            sent.remove("state");
        }
        if (!state.has(SandboxSwitch.NO_ISS)) {
            sent.put("iss", state.issuer());
        }
        return sent;
    }

    /** The answer as the switches shape it: without {@code X-Frame-Options} when {@code frameable}. */
    static ResponseDefinition shaped(SandboxState state, ResponseDefinition response) {
        if (!state.has(SandboxSwitch.FRAMEABLE) || response.getHeaders() == null) {
            return response;
        }
        com.github.tomakehurst.wiremock.http.HttpHeaders kept = new com.github.tomakehurst.wiremock.http.HttpHeaders(
                response.getHeaders().all().stream().filter(h -> !h.keyEquals("X-Frame-Options")).toList());
        return ResponseDefinitionBuilder.like(response).withHeaders(kept).build();
    }

    private static ResponseDefinitionBuilder base(int status) {
        return new ResponseDefinitionBuilder()
                .withStatus(status)
                .withHeader("Cache-Control", "no-store")
                .withHeader("Pragma", "no-cache");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
