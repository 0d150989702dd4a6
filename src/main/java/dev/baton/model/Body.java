package dev.baton.model;

import java.util.List;

/** The body of a request: one of form fields, a JSON document or raw text. */
public sealed interface Body permits Body.Form, Body.Json, Body.Raw {

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
}
