package dev.baton.sandbox;

import com.github.tomakehurst.wiremock.http.Request;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request parameters in application/x-www-form-urlencoded form (a query string or a form body), read the OAuth
 * way: an empty value counts as absent and a repeated parameter is an error (RFC 6749 §3.1).
 */
final class Params {
    private static final String FORM_TYPE = "application/x-www-form-urlencoded";

    private final Map<String, List<String>> values;

    private Params(Map<String, List<String>> values) {
        this.values = values;
    }

    static Params query(Request request) {
        String url = request.getUrl();
        int question = url.indexOf('?');
        return parse(question < 0 ? "" : url.substring(question + 1));
    }

    /** The form body; empty unless the request is application/x-www-form-urlencoded. */
    static Params form(Request request) {
        String contentType = request.getHeader("Content-Type");
        boolean isForm = contentType != null && contentType.toLowerCase().startsWith(FORM_TYPE);
        return parse(isForm ? request.getBodyAsString() : "");
    }

    static Params parse(String encoded) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return new Params(values);
    }

    /** These parameters followed by {@code other}'s, as though sent together. */
    Params and(Params other) {
        Map<String, List<String>> merged = new LinkedHashMap<>();
        values.forEach((name, list) -> merged.put(name, new ArrayList<>(list)));
        other.values.forEach((name, list) -> merged.computeIfAbsent(name, k -> new ArrayList<>()).addAll(list));
        return new Params(merged);
    }

    /** The value of {@code name}, or {@code null} when absent or empty; invalid_request when repeated. */
    String get(String name) {
        List<String> list = values.get(name);
        if (list == null) {
            return null;
        }
        if (list.size() > 1) {
            throw OAuthProblem.invalidRequest("Parameter " + name + " must not be repeated");
        }
        return list.get(0).isEmpty() ? null : list.get(0);
    }

    /** The value of {@code name}; invalid_request when absent, empty or repeated. */
    String require(String name) {
        String value = get(name);
        if (value == null) {
            throw OAuthProblem.invalidRequest("Missing required parameter " + name);
        }
        return value;
    }

    /** The first non-empty value of {@code name}, or {@code null}; never an error. */
    String first(String name) {
        List<String> list = values.getOrDefault(name, List.of());
        return list.stream().filter(v -> !v.isEmpty()).findFirst().orElse(null);
    }

    /** Every non-empty value of {@code name}, in order, as checkboxes of one name send them. */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of()).stream().filter(v -> !v.isEmpty()).toList();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthProblem.invalidRequest("Malformed percent-encoding in request parameters");
        }
    }
}
