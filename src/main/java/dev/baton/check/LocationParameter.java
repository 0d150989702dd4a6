package dev.baton.check;

import dev.baton.http.HttpResult;
import dev.baton.http.Urls;

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
        return Optional.ofNullable(Urls.parameters(form).get(name));
    }
}
