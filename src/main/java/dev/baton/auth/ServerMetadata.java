package dev.baton.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An authorization server's metadata (RFC 8414 §2, OpenID Connect Discovery §3), or the endpoints a user wrote
 * instead. Members are read by name, so that nothing a server publishes is lost.
 *
 * @param issuer    the issuer identifier, or {@code null} when neither discovered nor written
 * @param document  the metadata document as published; an empty object when there was none
 * @param published whether the document was fetched from the server
 */
public record ServerMetadata(String issuer, JsonNode document, boolean published) {

    /** Metadata of the endpoints a user wrote, with no document from the server. */
    public static ServerMetadata written(String issuer, Map<String, String> endpoints) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        if (issuer != null) {
            document.put("issuer", issuer);
        }
        endpoints.forEach((name, url) -> {
            if (url != null) {
                document.put(name, url);
            }
        });
        return new ServerMetadata(issuer, document, false);
    }

    /** This metadata with the endpoints written by a user put over those published. */
    public ServerMetadata overriddenBy(Map<String, String> endpoints) {
        ObjectNode copy = document.deepCopy();
        endpoints.forEach((name, url) -> {
            if (url != null) {
                copy.put(name, url);
            }
        });
        return new ServerMetadata(issuer, copy, published);
    }

    /** A string member, such as {@code token_endpoint}. */
    public Optional<String> text(String name) {
        JsonNode value = document.get(name);
        return value != null && value.isTextual() && !value.asText().isEmpty() ? Optional.of(value.asText())
                : Optional.empty();
    }

    /** A member that is a list of strings, such as {@code grant_types_supported}; empty when absent. */
    public List<String> list(String name) {
        JsonNode value = document.get(name);
        List<String> values = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(v -> {
                if (v.isTextual()) {
                    values.add(v.asText());
                }
            });
        }
        return values;
    }

    /** Whether the document lists the member at all, even empty. */
    public boolean has(String name) {
        return document.has(name);
    }

    /** A boolean member, {@code false} when absent (as RFC 9207 §3 says of its flag). */
    public boolean flag(String name) {
        JsonNode value = document.get(name);
        return value != null && value.isBoolean() && value.asBoolean();
    }

    /** Every member whose name ends in {@code _endpoint} or is {@code jwks_uri}, with its URL. */
    public Map<String, String> endpoints() {
        Map<String, String> endpoints = new java.util.LinkedHashMap<>();
        document.fields().forEachRemaining(e -> {
            if ((e.getKey().endsWith("_endpoint") || e.getKey().equals("jwks_uri")) && e.getValue().isTextual()) {
                endpoints.put(e.getKey(), e.getValue().asText());
            }
        });
        return endpoints;
    }
}
