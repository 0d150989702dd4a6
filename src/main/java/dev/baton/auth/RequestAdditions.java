package dev.baton.auth;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Query parameters, form fields and headers added to a step's request where the step does not write them itself.
 *
 * @param query            added to the URL's query
 * @param form             added to the form body (a body-less request gets one)
 * @param headers          added as headers
 * @param codeExchangeForm added to the form body only when its {@code grant_type} is {@code authorization_code}:
 *                         parameters of the code exchange alone (RFC 6749 §4.1.3), such as PKCE's
 *                         {@code code_verifier} (RFC 7636 §4.5)
 */
public record RequestAdditions(Map<String, String> query, Map<String, String> form, Map<String, String> headers,
                               Map<String, String> codeExchangeForm) {

    /** Nothing added. */
    public static final RequestAdditions NONE = new RequestAdditions(Map.of(), Map.of(), Map.of(), Map.of());

    private static final String CODE_GRANT = "authorization_code";

    public RequestAdditions {
        query = copy(query);
        form = copy(form);
        headers = copy(headers);
        codeExchangeForm = copy(codeExchangeForm);
    }

    /** Query parameters only. */
    public static RequestAdditions query(Map<String, String> query) {
        return new RequestAdditions(query, Map.of(), Map.of(), Map.of());
    }

    /** These additions with {@code query} in place of their query parameters. */
    public RequestAdditions withQuery(Map<String, String> replaced) {
        return new RequestAdditions(replaced, form, headers, codeExchangeForm);
    }

    /** The form fields to add to a form whose {@code grant_type} is {@code grantType} (or that has none). */
    public Map<String, String> formFor(String grantType) {
        if (!CODE_GRANT.equals(grantType) || codeExchangeForm.isEmpty()) {
            return form;
        }
        Map<String, String> all = new LinkedHashMap<>(form);
        codeExchangeForm.forEach(all::putIfAbsent);
        return all;
    }

    private static Map<String, String> copy(Map<String, String> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
