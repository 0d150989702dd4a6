package dev.baton.auth;

import dev.baton.http.Header;
import dev.baton.oidc.ClientAssertion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one request carries to authenticate a client at an endpoint that authenticates it as the token endpoint does
 * (the token endpoint, RFC 6749 §2.3; the pushed authorization request endpoint, RFC 9126 §2.1; the device
 * authorization, revocation and introspection endpoints): headers and form fields.
 *
 * @param headers added to the request ({@code Authorization} for HTTP Basic)
 * @param form    added to the form body
 */
public record ClientAuthentication(List<Header> headers, Map<String, String> form) {

    public ClientAuthentication {
        headers = List.copyOf(headers);
        form = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(form));
    }

    /** The names of what it carries, never their values (a secret, Basic credentials, an assertion). */
    @Override
    public String toString() {
        return "ClientAuthentication[headers=" + headers.stream().map(Header::name).toList() + ", form="
                + form.keySet() + "]";
    }

    /** A public client: its {@code client_id} in the body, nothing else (RFC 6749 §2.3, §3.2.1). */
    public static ClientAuthentication publicClient(String clientId) {
        return new ClientAuthentication(List.of(), Map.of("client_id", Objects.requireNonNull(clientId)));
    }

    /** {@code client_secret_basic}: HTTP Basic, id and secret form-encoded first (RFC 6749 §2.3.1). */
    public static ClientAuthentication basic(String clientId, String clientSecret) {
        return new ClientAuthentication(List.of(new Header("Authorization",
                ClientSecretBasic.header(clientId, clientSecret))), Map.of());
    }

    /** {@code client_secret_post}: {@code client_id} and {@code client_secret} in the body (RFC 6749 §2.3.1). */
    public static ClientAuthentication post(String clientId, String clientSecret) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        return new ClientAuthentication(List.of(), form);
    }

    /**
     * {@code client_secret_jwt} or {@code private_key_jwt}: a client assertion (RFC 7523 §2.2, OpenID Connect Core
     * §9), with the {@code client_id} it names.
     */
    public static ClientAuthentication assertion(String clientId, String assertion) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", clientId);
        form.put("client_assertion_type", ClientAssertion.TYPE);
        form.put("client_assertion", assertion);
        return new ClientAuthentication(List.of(), form);
    }

    /** {@code base} with these headers and form fields added where the step writes none. */
    public RequestAdditions addedTo(RequestAdditions base) {
        Map<String, String> fields = new LinkedHashMap<>(base.form());
        fields.putAll(form);
        Map<String, String> added = new LinkedHashMap<>(base.headers());
        headers.forEach(h -> added.put(h.name(), h.value()));
        return new RequestAdditions(base.query(), fields, added, base.codeExchangeForm());
    }
}
