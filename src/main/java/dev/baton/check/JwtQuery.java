package dev.baton.check;

import com.jayway.jsonpath.DocumentContext;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import dev.baton.http.HeaderNames;
import dev.baton.model.JwtPart;
import dev.baton.secret.SecretNames;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The query kind {@code jwt}: a JSON Web Token (RFC 7519) that its argument finds, and the part of it that its query
 * names. The argument is a JSONPath into the JSON body ({@code $.access_token}), one variable
 * ({@code <<accessToken>>}), or a response header ({@code Authorization}; after its auth scheme when it has one,
 * {@code Bearer eyJ...}, RFC 9110 §11.4). The part is a member of the token's JOSE header or of its claims, by
 * JSONPath, or whether its signature verifies against the issuer's keys ({@link SignatureCheck}). The token is parsed
 * with Nimbus JOSE+JWT and never shown; a member whose path names a secret-looking name ({@code session_state}), or an
 * object that holds one, is shown masked.
 */
public final class JwtQuery {

    /** What a signature reads when it verifies. */
    static final String VALID = "valid";

    static final QueryKind KIND = Kind.token("jwt", JwtQuery::problem, JwtQuery::read, JwtQuery::verdict);

    private static final Pattern VARIABLE = Pattern.compile("<<\\s*[^<>]+?\\s*>>");
    /** RFC 9110 §11.4 credentials: an auth scheme, spaces, then the token. */
    private static final Pattern CREDENTIALS = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+ +(\\S+)");
    private static final Pattern MEMBER = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private JwtQuery() {
    }

    /** Whether a JSONPath into a token names a secret-looking member, whose value is then masked. */
    public static boolean namesSecret(String path) {
        Matcher member = MEMBER.matcher(path);
        while (member.find()) {
            if (SecretNames.isSecret(member.group())) {
                return true;
            }
        }
        return false;
    }

    /** Why a JSONPath into a token's header or claims cannot be used, or empty when it can. */
    public static Optional<String> pathProblem(String path) {
        if (path.contains("<<")) {
            return Optional.of("placeholders are not filled in a JSONPath into a token; write the path as it is");
        }
        return JsonQuery.syntaxProblem(path).map(reason -> "invalid JSONPath '" + path + "': " + reason);
    }

    private static Optional<QueryProblem> problem(String source) {
        if (source.startsWith("$")) {
            return JsonQuery.syntaxProblem(source)
                    .map(reason -> new QueryProblem("invalid JSONPath '" + source + "': " + reason, 0));
        }
        return HeaderNames.problem(source).map(reason -> new QueryProblem(reason
                + " (a token is found by a JSONPath such as $.access_token, a variable such as <<token>>, or a "
                + "header name)", 0));
    }

    private static Actual read(QueryInput in) throws CheckException {
        JwtPart part = in.query().jwt();
        Source source = source(in);
        if (part.part() == JwtPart.Part.SIGNATURE) {
            return Actual.of(in.response().signatures().problem(source.token(), part.issuer()).orElse(VALID));
        }
        DocumentContext document = decoded(in, source, part.part());
        Actual value = JsonQuery.compile(part.path(), in.label(), in.position()).read(document);
        return namesSecret(part.path()) || holdsSecret(value.value()) ? value.masked() : value;
    }

    /** Whether an object or array read from a token has a member under a secret-looking name, at any depth. */
    private static boolean holdsSecret(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().anyMatch(member -> SecretNames.isSecret(String.valueOf(member.getKey()))
                    || holdsSecret(member.getValue()));
        }
        return value instanceof List<?> list && list.stream().anyMatch(JwtQuery::holdsSecret);
    }

    private static List<String> verdict(Actual actual) {
        return VALID.equals(actual.value()) ? List.of() : List.of(actual.text());
    }

    /** A token and where it was found, for messages that never show it. */
    private record Source(String token, String where) {
    }

    private static Source source(QueryInput in) throws CheckException {
        String written = in.query().argument().raw().strip();
        String argument = in.argument();
        if (VARIABLE.matcher(written).matches()) {
            return new Source(argument.strip(), "the variable " + written);
        }
        if (argument.startsWith("$")) {
            Actual found = JsonQuery.compile(argument, in.label(), in.position()).read(in.response());
            if (!found.present()) {
                throw in.failure("the body has nothing at " + argument);
            }
            if (!(found.value() instanceof String token)) {
                throw in.failure("the value at " + argument + " is " + kindOf(found.value()) + ", not a JWT");
            }
            return new Source(token, "the value at " + argument);
        }
        List<String> values = in.response().result().headers(argument);
        if (values.isEmpty()) {
            throw in.failure("the response has no header " + argument + " (a JSONPath into the body starts with $)");
        }
        Matcher credentials = CREDENTIALS.matcher(values.get(0).strip());
        return new Source(credentials.matches() ? credentials.group(1) : values.get(0).strip(),
                "the header " + argument);
    }

    /** The token's JOSE header or claims, parsed as strict JSON. */
    private static DocumentContext decoded(QueryInput in, Source source, JwtPart.Part part) throws CheckException {
        JWT jwt;
        try {
            jwt = JWTParser.parse(source.token());
        } catch (ParseException e) {
            throw in.failure(source.where() + " is not a JWT (RFC 7519 \u00a77.2): " + notJwt(source.token()));
        }
        if (part == JwtPart.Part.CLAIMS && jwt instanceof EncryptedJWT) {
            throw in.failure(source.where() + " is an encrypted JWT (JWE): its claims cannot be read");
        }
        Base64URL[] parts = jwt.getParsedParts();
        String json = (part == JwtPart.Part.HEADER ? parts[0] : parts[1]).decodeToString();
        return ResponseView.parseJson(json).filter(document -> document.json() instanceof Map)
                .orElseThrow(() -> in.failure(source.where() + " is not a JWT (RFC 7519 \u00a77.2): its "
                        + (part == JwtPart.Part.HEADER ? "header is" : "claims are") + " not a JSON object"));
    }

    private static String notJwt(String token) {
        int parts = token.split("\\.", -1).length;
        if (parts != 3 && parts != 5) {
            return "it has " + parts + (parts == 1 ? " part" : " parts") + " separated by '.', not 3 (signed) or 5 "
                    + "(encrypted)";
        }
        return "its header is not base64url-encoded JSON naming an 'alg'";
    }

    private static String kindOf(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "an array";
        }
        return value instanceof Boolean ? "a boolean" : "a number";
    }
}
