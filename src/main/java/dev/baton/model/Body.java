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
     * {@link Text} (strings, resolved at run time), {@code Number}, {@code Boolean} and {@code null}.
     */
    record Json(Object tree) implements Body {
    }

    /** Raw text sent as written, with its content type. */
    record Raw(Text content, Text contentType) implements Body {
    }
}
