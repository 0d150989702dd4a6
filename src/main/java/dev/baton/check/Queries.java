package dev.baton.check;

import dev.baton.http.HeaderNames;
import java.util.List;
import java.util.Optional;

/**
 * Every {@link QueryKind}, in the order the docs list them: the one place a new kind is added, and from which the
 * loader, captures, expectations and {@code retry.until} all take them.
 */
public final class Queries {

    /** The parameters of an authorization response (RFC 6749 §4.1.2, RFC 9207) an {@code oauth} query reads. */
    public static final List<String> OAUTH_PARAMETERS = dev.baton.model.OAuthRole.AUTHORIZATION_RESPONSE;

    private static final List<QueryKind> ALL = List.of(
            Kind.plain("status", in -> Actual.of(in.response().result().status())),
            Kind.keyed("header", header -> HeaderNames.problem(header).map(m -> new QueryProblem(m, 0)),
                    in -> Actual.ofRepeated(in.response().result().headers(in.argument()))).expectedAs("headers"),
            JsonQuery.KIND,
            XPathQuery.KIND,
            SchemaQuery.KIND,
            Patterns.KIND,
            HtmlQuery.KIND,
            CookieQuery.KIND,
            Kind.keyed("location", name -> Optional.empty(),
                    in -> Actual.ofNullable(LocationParameter.find(in.response().result(), in.argument()))),
            Kind.plain("body", in -> Actual.of(in.response().body())),
            Kind.plain("bytes", in -> Actual.of(in.response().bytes().length)),
            Digests.SHA256,
            Digests.MD5,
            Kind.plain("duration", in -> Actual.of(in.response().result().durationMillis())),
            Kind.plain("version", in -> Actual.of(in.response().result().version())),
            Kind.plain("url", in -> Actual.of(in.response().result().request().uri().toString())),
            Kind.plain("redirects", in -> Actual.of(in.response().result().redirects())),
            CertificateQuery.KIND,
            JwtQuery.KIND,
            Kind.keyed("oauth", Queries::oauthParameter,
                    in -> Actual.ofNullable(Optional.ofNullable(in.response().authorization().get(in.argument()))))
                    .onAuthorization().withArguments(OAUTH_PARAMETERS));

    private static final java.util.Map<String, QueryKind> BY_KEY = ALL.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(QueryKind::key, k -> k));

    private Queries() {
    }

    /** Every kind. */
    public static List<QueryKind> all() {
        return ALL;
    }

    /** The kind written {@code key} in a capture, if any. */
    public static Optional<QueryKind> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** The kind written {@code key} under {@code expect:}, if any. */
    public static Optional<QueryKind> byExpectKey(String key) {
        return ALL.stream().filter(k -> k.expectKey().equals(key)).findFirst();
    }

    /** The keys of captures, for the loader and "did you mean". */
    public static List<String> captureKeys() {
        return ALL.stream().map(QueryKind::key).toList();
    }

    /** The keys under {@code expect:}, for the loader and "did you mean". */
    public static List<String> expectKeys() {
        return ALL.stream().map(QueryKind::expectKey).toList();
    }

    /** The kind of a query that a collection loaded, which is always one of these. */
    static QueryKind of(dev.baton.model.Query query) {
        QueryKind kind = BY_KEY.get(query.kind());
        if (kind == null) {
            throw new IllegalStateException("unknown query kind " + query.kind());
        }
        return kind;
    }

    private static Optional<QueryProblem> oauthParameter(String name) {
        return OAUTH_PARAMETERS.contains(name) ? Optional.empty()
                : Optional.of(new QueryProblem("unknown authorization response parameter '" + name + "'"
                + dev.baton.template.Suggestions.didYouMean(name, OAUTH_PARAMETERS).map(s -> "; did you mean '" + s
                + "'?").orElse("; use one of " + String.join(", ", OAUTH_PARAMETERS)), 0));
    }
}
