package dev.baton.importer.postman;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.baton.importer.postman.script.Check;
import dev.baton.importer.postman.script.Grab;
import dev.baton.importer.postman.script.Source;
import dev.baton.importer.postman.script.Value;
import dev.baton.importer.yaml.YamlMap;
import dev.baton.json.Jackson;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes translated checks as a step's {@code expect:} and grabs as its {@code capture:}. Checks of one subject share
 * an entry ({@code $.id: {exists: true, gt: 0}}); a check whose operator that entry already has with another value
 * cannot be written beside it and is handed back, to be kept as a comment.
 */
final class CheckWriter {


    private final VariableNames names;
    private final PostmanText text;
    private final YamlMap expect = YamlMap.block();
    private final List<Check> rejected = new ArrayList<>();
    private int written;

    CheckWriter(VariableNames names, PostmanText text) {
        this.names = names;
        this.text = text;
    }

    /** Adds checks; those that conflict with one already added are kept aside. */
    void add(List<Check> checks) {
        for (Check check : checks) {
            YamlMap conditions = conditions(check.source());
            YamlMap target = check.source() instanceof Source.Json json && json.length()
                    ? lengthConditions(conditions) : conditions;
            if (target == null) {
                rejected.add(check);
                continue;
            }
            Object value = value(check);
            Object known = target.get(check.operator());
            if (known == null) {
                target.put(check.operator(), value);
                written++;
            } else if (!known.equals(value)) {
                rejected.add(check);
            }
        }
    }

    /** The {@code expect:} mapping, or {@code null} when there is no check. */
    YamlMap expect() {
        if (expect.isEmpty()) {
            return null;
        }
        YamlMap out = YamlMap.block();
        for (var entry : expect.entries().entrySet()) {
            out.put(entry.getKey(), entry.getValue() instanceof YamlMap map && !entry.getKey().equals("status")
                    && !entry.getKey().equals("body") && !entry.getKey().equals("duration")
                    ? keyed(map) : simplified((YamlMap) entry.getValue()));
        }
        return out;
    }

    /** The checks that could not be written beside the others. */
    List<Check> rejected() {
        return List.copyOf(rejected);
    }

    /** How many checks were written. */
    int written() {
        return written;
    }

    /** The {@code capture:} of the grabs, or {@code null} when there are none. */
    YamlMap captures(List<Grab> grabs) {
        YamlMap capture = YamlMap.block();
        for (Grab grab : grabs) {
            YamlMap spec = switch (grab.source().getClass().getSimpleName()) {
                case "Json" -> YamlMap.flow("json", ((Source.Json) grab.source()).path());
                case "Header" -> YamlMap.flow("header", ((Source.Header) grab.source()).name());
                case "Cookie" -> YamlMap.flow("cookie", ((Source.Cookie) grab.source()).name());
                case "Status" -> YamlMap.flow("status", true);
                case "Body" -> YamlMap.flow("body", true);
                default -> null;
            };
            if (spec != null) {
                capture.put(names.of(grab.variable()), spec);
            }
        }
        return capture.isEmpty() ? null : capture;
    }

    private YamlMap keyed(YamlMap byArgument) {
        YamlMap out = YamlMap.block();
        byArgument.entries().forEach((argument, conditions) -> out.put(argument, simplified((YamlMap) conditions)));
        return out;
    }

    /** {@code {equals: 200}} is written {@code 200}, a lone {@code in} as its list. */
    private static Object simplified(YamlMap conditions) {
        if (conditions.entries().size() == 1) {
            var only = conditions.entries().entrySet().iterator().next();
            boolean scalar = !(only.getValue() instanceof YamlMap) && !(only.getValue() instanceof List<?>);
            if (only.getKey().equals("equals") && scalar || only.getKey().equals("in")) {
                return only.getValue();
            }
        }
        YamlMap flow = YamlMap.flow();
        conditions.entries().forEach(flow::put);
        return flow;
    }

    private YamlMap conditions(Source source) {
        if (source instanceof Source.Status) {
            return expect.child("status");
        }
        if (source instanceof Source.Body) {
            return expect.child("body");
        }
        if (source instanceof Source.Duration) {
            return expect.child("duration");
        }
        if (source instanceof Source.Header header) {
            return expect.child("headers").child(header.name());
        }
        if (source instanceof Source.Json json) {
            return expect.child("json").child(json.path());
        }
        return null;
    }

    private static YamlMap lengthConditions(YamlMap conditions) {
        Object length = conditions.get("length");
        if (length == null) {
            return conditions.child("length");
        }
        return length instanceof YamlMap map ? map : null;
    }

    private Object value(Check check) {
        if (check.source() instanceof Source.Json json && json.length() && check.operator().equals("equals")) {
            return literal(check.value());
        }
        if (check.operator().equals("length") && check.value() instanceof Value.Literal l
                && l.json() instanceof Map<?, ?> nested) {
            YamlMap map = YamlMap.flow();
            nested.forEach((k, v) -> map.put(String.valueOf(k), v));
            return map;
        }
        if (check.operator().equals("in")) {
            List<Object> options = new ArrayList<>();
            for (Object option : (List<?>) ((Value.Literal) check.value()).json()) {
                options.add(option instanceof String s ? escape(s) : option);
            }
            return options;
        }
        return literal(check.value());
    }

    private Object literal(Value value) {
        if (value instanceof Value.Variable variable) {
            String name = names.of(variable.name());
            text.use(name);
            return "<<" + name + ">>";
        }
        Object json = ((Value.Literal) value).json();
        if (json instanceof String text) {
            return escape(text);
        }
        if (json instanceof BigDecimal || json instanceof Boolean) {
            return json;
        }
        try {
            return escape(Jackson.mapper().writeValueAsString(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a script literal does not write as JSON", e);
        }
    }

    private static String escape(String text) {
        return text.replace("<<", "\\<<");
    }
}
