package dev.baton.auth;

import java.util.Map;

/**
 * Query parameters, form fields and headers added to a step's request where the step does not write them itself.
 *
 * @param query   added to the URL's query
 * @param form    added to the form body (a body-less request gets one)
 * @param headers added as headers
 */
public record RequestAdditions(Map<String, String> query, Map<String, String> form, Map<String, String> headers) {

    /** Nothing added. */
    public static final RequestAdditions NONE = new RequestAdditions(Map.of(), Map.of(), Map.of());

    public RequestAdditions {
        query = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(query));
        form = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(form));
        headers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers));
    }
}
