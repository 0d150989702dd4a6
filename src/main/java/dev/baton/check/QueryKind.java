package dev.baton.check;

import java.util.List;
import java.util.Optional;

/**
 * One kind of query a capture, an expectation or {@code retry.until} reads a value through: its key in a
 * collection, how its argument is written and checked when the collection loads, and how it reads a value from a
 * response. Captures and expectations differ only in what they do with the value (keep it, or test it), as Hurl's
 * grammar shares one {@code query} between captures and asserts. Every kind is listed in {@link Queries}.
 */
public interface QueryKind {

    /** How a query of the kind is written. */
    enum Shape {
        /** No argument: {@code capture: {code: {status: true}}}, {@code expect: {status: 200}}. */
        NONE,
        /** An argument: {@code capture: {id: {json: $.id}}}, {@code expect: {json: {$.id: 42}}}. */
        KEYED,
        /** A document, inline or in a file beside the collection: {@code expect: {jsonSchema: user.json}}. */
        DOCUMENT,
        /**
         * A token its argument finds, and the parts of it to read, each by its own path:
         * {@code capture: {sub: {jwt: {$.id_token: {claims: $.sub}}}}},
         * {@code expect: {jwt: {$.id_token: {claims: {$.sub: alice}}}}}.
         */
        TOKEN
    }

    /** The key under {@code capture:}, also the kind's name in messages. */
    String key();

    /** The key under {@code expect:}; the same as {@link #key()} but for {@code headers}. */
    default String expectKey() {
        return key();
    }

    Shape shape();

    /** Why a literal argument (one without placeholders) cannot be read, or empty when it can. */
    default Optional<QueryProblem> problem(String argument) {
        return Optional.empty();
    }

    /**
     * The arguments the kind knows, when it knows a fixed set (the parameters of an authorization response, the
     * fields of a certificate): the loader refuses any other with "did you mean". Empty for any argument.
     */
    default List<String> arguments() {
        return List.of();
    }

    /** Whether a query may name an attribute ({@code selector@attr} under expect, {@code attr:} in a capture). */
    default boolean takesAttribute() {
        return false;
    }

    /** Why an attribute cannot be read by this kind, or empty when it can. */
    default Optional<String> attributeProblem(String attribute) {
        return Optional.empty();
    }

    /** Why a {@link Shape#DOCUMENT} query's document (JSON text) cannot be used, or empty when it can. */
    default Optional<String> documentProblem(String json) {
        return Optional.empty();
    }

    /** Whether the kind reads the authorization response, so belongs on the step with {@code oauth: authorize}. */
    default boolean authorizationOnly() {
        return false;
    }

    /**
     * Reads the value.
     *
     * @throws CheckException when it cannot be read at all: the body is not JSON or XML, a query is invalid
     */
    Actual read(QueryInput input) throws CheckException;

    /**
     * The failures of an expectation that has no conditions, which only a {@link Shape#DOCUMENT} query may have:
     * what the value says is wrong (for a JSON Schema, each violation).
     */
    default List<String> verdict(Actual actual) {
        return List.of();
    }
}
