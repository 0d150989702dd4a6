package dev.baton.check;

import dev.baton.http.HttpResult;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A parameter of the {@code Location} header, resolved against the request URI: from its query, else from its
 * fragment ({@code #code=...&state=...}, as the implicit flow returns it). Names and values are URL-decoded as UTF-8.
 */
final class LocationParameter {

    private LocationParameter() {
    }

    static Optional<String> find(HttpResult result, String name) {
        Optional<String> header = result.header("Location");
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String uri;
        try {
            uri = result.location().map(Object::toString).orElse(header.get());
        } catch (IllegalArgumentException notAUri) {
            uri = header.get().trim();
        }
        int hash = uri.indexOf('#');
        String beforeFragment = hash < 0 ? uri : uri.substring(0, hash);
        String fragment = hash < 0 ? "" : uri.substring(hash + 1);
        int question = beforeFragment.indexOf('?');
        String query = question < 0 ? "" : beforeFragment.substring(question + 1);
        return parameter(query, name).or(() -> parameter(fragment, name));
    }

    private static Optional<String> parameter(String form, String name) {
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (!pair.isEmpty() && key.equals(name)) {
                return Optional.of(equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return Optional.empty();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return text;
        }
    }
}
