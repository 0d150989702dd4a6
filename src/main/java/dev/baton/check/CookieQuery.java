package dev.baton.check;

import dev.baton.cookie.SetCookies;
import dev.baton.template.Suggestions;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The query kind {@code cookie}: a cookie's value as the run knows it after the response (the cookie store keeps
 * cookies across steps), or, with an attribute ({@code SID@HttpOnly}, {@code attr: SameSite}), that attribute of
 * the {@code Set-Cookie} this response sends for it: {@code Secure} and {@code HttpOnly} read {@code true} or
 * {@code false}, the others as written, absent when not written; absent altogether when the response does not set
 * the cookie.
 */
final class CookieQuery {

    static final QueryKind KIND = Kind.keyed("cookie", name -> Optional.empty(), CookieQuery::read)
            .withAttributes(CookieQuery::attributeProblem);

    private CookieQuery() {
    }

    private static Optional<String> attributeProblem(String attribute) {
        if (SetCookies.attribute(attribute).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("unknown cookie attribute '" + attribute + "'"
                + Suggestions.didYouMean(attribute, SetCookies.ATTRIBUTES).map(s -> "; did you mean '" + s + "'?")
                .orElse("; use one of " + String.join(", ", SetCookies.ATTRIBUTES)));
    }

    private static Actual read(QueryInput in) {
        if (in.attribute() == null) {
            return Actual.ofNullable(Optional.ofNullable(in.response().result().cookies().get(in.argument())));
        }
        Optional<Map<String, String>> attributes = SetCookies.of(in.response().result().headers("Set-Cookie"),
                in.argument());
        if (attributes.isEmpty()) {
            return Actual.absent();
        }
        String name = in.attribute().toLowerCase(Locale.ROOT);
        if (name.equals("secure") || name.equals("httponly")) {
            return Actual.of(attributes.get().containsKey(name));
        }
        return Actual.ofNullable(Optional.ofNullable(attributes.get().get(name)));
    }
}
