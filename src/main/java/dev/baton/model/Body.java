package dev.baton.model;

import java.nio.file.Path;
import java.util.List;

/**
 * The body of a request: form fields, a JSON document, raw text, a file, {@code multipart/form-data} parts or a
 * GraphQL operation.
 */
public sealed interface Body permits Body.Form, Body.Json, Body.Raw, Body.File, Body.Multipart, Body.GraphQl {

    /** {@code application/x-www-form-urlencoded} fields, in order. */
    record Form(List<NamedText> fields) implements Body {
        public Form {
            fields = List.copyOf(fields);
        }
    }

    /**
     * A JSON document; {@code tree} is made of {@code Map<String,Object>}, {@code List<Object>},
     * {@link Text} (strings, resolved at run time), {@code Number}, {@code Boolean} and {@code null}. Member names
     * may hold placeholders too: {@code templatedKeys} has each such name with where it is written.
     */
    record Json(Object tree, List<Text> templatedKeys) implements Body {
        public Json {
            templatedKeys = List.copyOf(templatedKeys);
        }

        /** A document whose member names are all literal. */
        public Json(Object tree) {
            this(tree, List.of());
        }

        /** A member name as templated text, positioned where it is written when it holds a placeholder. */
        public Text key(String name) {
            return templatedKeys.stream().filter(k -> k.raw().equals(name)).findFirst().orElse(Text.literal(name));
        }
    }

    /** Raw text sent as written, with its content type. */
    record Raw(Text content, Text contentType) implements Body {
    }

    /**
     * A body read from a file beside the collection, sent as its bytes, or, when {@code templated}, as UTF-8 text
     * with its placeholders filled.
     *
     * @param file        the file, found when the collection loaded
     * @param written     the name as written, for messages
     * @param contentType its content type
     * @param template    when placeholders in it are filled: its text as read when the collection loaded, placed
     *                    at its own first line; else {@code null}, and its bytes are read when the step runs
     */
    record File(Path file, Text written, Text contentType, Text template) implements Body {
    }

    /** {@code multipart/form-data} (RFC 7578): text and file parts, in order. */
    record Multipart(List<Part> parts) implements Body {
        public Multipart {
            parts = List.copyOf(parts);
        }
    }

    /**
     * One part of a multipart body: a text value, or a file.
     *
     * @param name        the part's name, which may hold placeholders
     * @param namePosition where the name is written
     * @param value       the text of a text part, else {@code null}
     * @param file        the file of a file part, found when the collection loaded, else {@code null}
     * @param filename    the file name sent for a file part (by default the file's own), else {@code null}
     * @param contentType the part's content type, or {@code null} for the default (text/plain for text, a type
     *                    guessed from the file name for a file)
     */
    record Part(String name, Position namePosition, Text value, Path file, Text filename, Text contentType) {

        /** The name as templated text. */
        public Text nameText() {
            return new Text(name, namePosition);
        }
    }

    /**
     * A GraphQL operation (GraphQL over HTTP): sent as a JSON POST, or as query parameters when the request's method
     * is GET.
     *
     * @param query         the document
     * @param variables     the variables as a JSON document, or {@code null}
     * @param operationName which operation of the document to run, or {@code null}
     * @param position      where {@code graphql:} is written
     */
    record GraphQl(Text query, Json variables, Text operationName, Position position) implements Body {
    }
}
