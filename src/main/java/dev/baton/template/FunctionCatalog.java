package dev.baton.template;

import dev.baton.template.TemplateFunction.Arity;
import dev.baton.template.TemplateFunction.FunctionException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Every function a placeholder may apply, in the order docs/collections.md lists them. */
final class FunctionCatalog {

    /** A function made of its parts. */
    private record Fn(String name, Arity arity, Function<String, Optional<String>> check, Body body,
                      Function<String, List<String>> uses) implements TemplateFunction {
        @Override
        public Optional<String> problem(String argument) {
            return check.apply(argument);
        }

        @Override
        public List<String> variables(String argument) {
            return uses.apply(argument);
        }

        @Override
        public Functions.Value apply(Functions.Value value, String argument, Scope scope)
                throws FunctionException, TemplateException {
            return body.apply(value, argument, scope);
        }
    }

    @FunctionalInterface
    private interface Body {
        Functions.Value apply(Functions.Value value, String argument, TemplateFunction.Scope scope)
                throws FunctionException, TemplateException;
    }

    @FunctionalInterface
    private interface TextBody {
        String apply(String text) throws FunctionException;
    }

    private static final Function<String, Optional<String>> ANY = a -> Optional.empty();
    private static final Function<String, List<String>> NONE = a -> List.of();

    static final List<TemplateFunction> ALL = List.of(
            new Fn("json", Arity.NONE, ANY, (v, a, s) -> TypedValues.json(v), NONE),
            new Fn("number", Arity.NONE, ANY, (v, a, s) -> TypedValues.number(v), NONE),
            new Fn("boolean", Arity.NONE, ANY, (v, a, s) -> TypedValues.bool(v), NONE),
            new Fn("json-text", Arity.NONE, ANY, (v, a, s) -> TypedValues.jsonText(v), NONE),
            text("base64", t -> Base64.getEncoder().encodeToString(utf8(t))),
            text("base64url", t -> Base64.getUrlEncoder().withoutPadding().encodeToString(utf8(t))),
            text("base64Decode", t -> decoded(Base64.getDecoder(), t, "Base64")),
            text("base64urlDecode", t -> decoded(Base64.getUrlDecoder(), t.replace("=", ""), "Base64URL")),
            text("urlEncode", t -> java.net.URLEncoder.encode(t, StandardCharsets.UTF_8).replace("+", "%20")),
            text("urlDecode", FunctionCatalog::urlDecoded),
            text("sha256", t -> HexFormat.of().formatHex(digest(utf8(t)))),
            new Fn("hmacSha256", Arity.REQUIRED, FunctionCatalog::variableName,
                    (v, a, s) -> new Functions.Value(Hmac.sha256Hex(s.valueOf(a), v.text()), false), List::of),
            text("upper", t -> t.toUpperCase(Locale.ROOT)),
            text("lower", t -> t.toLowerCase(Locale.ROOT)),
            text("trim", String::strip),
            new Fn("jsonPath", Arity.REQUIRED, JsonFunctions::pathProblem, (v, a, s) -> JsonFunctions.path(v, a),
                    NONE),
            new Fn("jwtClaim", Arity.REQUIRED, ANY, (v, a, s) -> JsonFunctions.jwtClaim(v, a), NONE),
            new Fn("plus", Arity.REQUIRED, Dates::durationProblem, (v, a, s) -> Dates.plus(v, a, 1), NONE),
            new Fn("minus", Arity.REQUIRED, Dates::durationProblem, (v, a, s) -> Dates.plus(v, a, -1), NONE),
            new Fn("format", Arity.REQUIRED, Dates::formatProblem, (v, a, s) -> Dates.format(v, a), NONE),
            new Fn("chars", Arity.REQUIRED, RandomText::problem, (v, a, s) -> RandomText.of(a), NONE));

    private FunctionCatalog() {
    }

    static Optional<TemplateFunction> byName(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    static List<String> names() {
        return ALL.stream().map(TemplateFunction::name).toList();
    }

    private static Fn text(String name, TextBody body) {
        return new Fn(name, Arity.NONE, ANY, (v, a, s) -> new Functions.Value(body.apply(v.text()), false), NONE);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String decoded(Base64.Decoder decoder, String text, String what) throws FunctionException {
        try {
            byte[] bytes = decoder.decode(text.replaceAll("\\s+", ""));
            var utf8 = StandardCharsets.UTF_8.newDecoder();
            return utf8.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException e) {
            throw new FunctionException("the value is not " + what);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new FunctionException("the value decodes to bytes that are not UTF-8 text");
        }
    }

    private static String urlDecoded(String text) throws FunctionException {
        try {
            return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new FunctionException("the value is not URL-encoded (a '%' without two hex digits)");
        }
    }

    static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static Optional<String> variableName(String name) {
        return Template.NAME.matcher(name).matches() ? Optional.empty()
                : Optional.of("hmacSha256 takes the name of the variable that holds the key, such as "
                + "hmacSha256:signingKey");
    }
}
