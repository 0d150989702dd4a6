package dev.baton.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.JsonPathException;
import com.jayway.jsonpath.spi.json.JacksonJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import dev.baton.template.TemplateFunction.FunctionException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code jsonPath:$.x} on a value that is JSON text, and {@code jwtClaim:name} on a JSON Web Token. */
final class JsonFunctions {

    private static final Configuration JACKSON = Configuration.builder()
            .jsonProvider(new JacksonJsonProvider(TypedValues.mapper()))
            .mappingProvider(new JacksonMappingProvider(TypedValues.mapper())).build();

    private JsonFunctions() {
    }

    static Optional<String> pathProblem(String path) {
        try {
            JsonPath.compile(path);
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("invalid JSONPath '" + path + "'");
        }
    }

    /** What the path reads in the value: a string as it is, anything else as JSON text. */
    static Functions.Value path(Functions.Value value, String path) throws FunctionException {
        Object read;
        try {
            read = JsonPath.using(JACKSON).parse(value.text()).read(path);
        } catch (com.jayway.jsonpath.PathNotFoundException e) {
            throw new FunctionException("nothing at " + path);
        } catch (JsonPathException | IllegalArgumentException e) {
            throw new FunctionException("the value is not JSON");
        }
        if (read instanceof List<?> matches && !JsonPath.compile(path).isDefinite()) {
            if (matches.isEmpty()) {
                throw new FunctionException("nothing at " + path);
            }
            read = matches.size() == 1 ? matches.get(0) : matches;
        }
        return TypedValues.of(read);
    }

    /** A claim of the token's payload, read without checking its signature: a test reads what it was given. */
    static Functions.Value jwtClaim(Functions.Value value, String claim) throws FunctionException {
        String[] parts = value.text().strip().split("\\.", -1);
        if (parts.length < 2) {
            throw new FunctionException("the value is not a JSON Web Token (header.payload.signature)");
        }
        Object payload;
        try {
            payload = TypedValues.mapper().readValue(new String(Base64.getUrlDecoder().decode(parts[1]),
                    StandardCharsets.UTF_8), Object.class);
        } catch (IllegalArgumentException | JsonProcessingException e) {
            throw new FunctionException("the token's payload is not Base64URL-encoded JSON");
        }
        if (!(payload instanceof Map<?, ?> claims) || !claims.containsKey(claim)) {
            throw new FunctionException("the token has no claim '" + claim + "'");
        }
        return TypedValues.of(claims.get(claim));
    }
}
