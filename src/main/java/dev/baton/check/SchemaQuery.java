package dev.baton.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.baton.json.Jackson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The query kind {@code jsonSchema}: the body validated against a JSON Schema (networknt's validator; the dialect
 * is the schema's {@code $schema}, draft 2020-12 when it names none, draft-07 and 2019-09 known too). It reads the
 * violations, each {@code pointer: message} with the instance's JSON pointer ({@code /items/0/id}, empty for the
 * document); an expectation without conditions fails once per violation. Nothing is fetched: a {@code $ref} to
 * another document is an error, not a request.
 */
final class SchemaQuery {

    static final QueryKind KIND = Kind.document("jsonSchema", SchemaQuery::problem, SchemaQuery::read,
            SchemaQuery::verdict);

    private static final Map<String, Schema> COMPILED = new ConcurrentHashMap<>();
    private static final int MAX_COMPILED = 256;

    private SchemaQuery() {
    }

    /** Made on first use: most runs validate nothing, and the validator is slow to load. */
    private static final class Registry {
        static final SchemaRegistry INSTANCE = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder
                        .schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build())
                        .schemaLoader(loader -> loader.fetchRemoteResources(false)));
    }

    /** Why {@code json} is not a schema: not JSON, or not valid against its dialect's meta-schema. */
    private static Optional<String> problem(String json) {
        JsonNode schema;
        try {
            schema = Jackson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            return Optional.of("the schema is not JSON: " + Messages.oneLine(e.getOriginalMessage()));
        }
        if (!schema.isObject() && !schema.isBoolean()) {
            return Optional.of("a JSON Schema is an object (or true or false)");
        }
        String dialect = schema.path("$schema").asText(SpecificationVersion.DRAFT_2020_12.getDialectId());
        if (SpecificationVersion.fromDialectId(dialect).isEmpty()) {
            return Optional.of("unknown $schema '" + dialect + "'; use draft 2020-12 ("
                    + SpecificationVersion.DRAFT_2020_12.getDialectId() + ") or draft-07 ("
                    + SpecificationVersion.DRAFT_7.getDialectId() + ")");
        }
        try {
            List<String> violations = messages(Registry.INSTANCE.getSchema(SchemaLocation.of(dialect))
                    .validate(schema));
            if (!violations.isEmpty()) {
                return Optional.of("not a valid JSON Schema: " + String.join("; ", violations));
            }
            compile(json);
            return Optional.empty();
        } catch (SchemaException | IllegalArgumentException e) {
            return Optional.of("not a valid JSON Schema: " + Messages.oneLine(e.getMessage()));
        }
    }

    private static Actual read(QueryInput in) throws CheckException {
        JsonNode body;
        try {
            body = Jackson.mapper().readTree(in.response().body());
        } catch (JsonProcessingException e) {
            throw in.failure(in.response().notJsonReason());
        }
        if (body == null || in.response().json().isEmpty()) {
            throw in.failure(in.response().notJsonReason());
        }
        try {
            return Actual.ofJson(messages(compile(in.query().document()).validate(body)));
        } catch (SchemaException e) {
            throw in.failure("cannot validate against the schema: " + Messages.oneLine(e.getMessage()));
        }
    }

    private static List<String> verdict(Actual actual) {
        List<String> failures = new ArrayList<>();
        if (actual.value() instanceof List<?> violations) {
            violations.forEach(v -> failures.add("the body does not match the schema: " + v));
        }
        return failures;
    }

    private static Schema compile(String json) {
        Schema schema = COMPILED.get(json);
        if (schema == null) {
            schema = Registry.INSTANCE.getSchema(json);
            schema.initializeValidators();
            if (COMPILED.size() < MAX_COMPILED) {
                COMPILED.put(json, schema);
            }
        }
        return schema;
    }

    private static List<String> messages(List<Error> errors) {
        List<String> messages = new ArrayList<>();
        for (Error error : errors) {
            String pointer = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
            String message = error.getMessage();
            messages.add(message.startsWith(pointer + ":") || pointer.isEmpty() && message.startsWith(":")
                    ? message : (pointer.isEmpty() ? "(the document)" : pointer) + ": " + message);
        }
        return messages;
    }
}
