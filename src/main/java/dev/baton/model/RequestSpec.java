package dev.baton.model;

import java.util.List;

/**
 * The request of a step, before placeholders are resolved.
 *
 * @param method  HTTP method
 * @param url     absolute URL
 * @param query   query parameters appended to the URL
 * @param headers request headers
 * @param body    the body, or {@code null} for none
 * @param auth    credentials sent in the {@code Authorization} header, or {@code null}
 */
public record RequestSpec(Text method, Text url, List<NamedText> query, List<NamedText> headers, Body body,
                          Credentials auth) {
    public RequestSpec {
        query = List.copyOf(query);
        headers = List.copyOf(headers);
    }
}
