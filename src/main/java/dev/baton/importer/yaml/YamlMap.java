package dev.baton.importer.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ordered YAML mapping being built by an importer: keys in the order they are put, comment lines above a key,
 * block or flow style. Values are {@link String}, {@link Number}, {@link Boolean}, {@link YamlMap} or a {@link List}
 * of those; {@link YamlWriter} turns it into text through SnakeYAML's emitter.
 */
public final class YamlMap {

    private final Map<String, Object> entries = new LinkedHashMap<>();
    private final Map<String, List<String>> comments = new LinkedHashMap<>();
    private boolean flow;

    /** A mapping in block style. */
    public static YamlMap block() {
        return new YamlMap();
    }

    /** A mapping in flow style, on one line: {@code {json: $.id}}. */
    public static YamlMap flow() {
        YamlMap map = new YamlMap();
        map.flow = true;
        return map;
    }

    /** A flow mapping of one entry. */
    public static YamlMap flow(String key, Object value) {
        return flow().put(key, value);
    }

    /** Sets a key; a {@code null} value leaves the key out. */
    public YamlMap put(String key, Object value) {
        if (value != null) {
            entries.put(key, value);
        }
        return this;
    }

    /** Sets a key unless the value is an empty mapping or list. */
    public YamlMap putUnlessEmpty(String key, Object value) {
        boolean empty = value instanceof YamlMap map && map.isEmpty() || value instanceof List<?> list && list.isEmpty();
        return empty ? this : put(key, value);
    }

    /** Adds a value under a key, turning the value into a list when the key is already there (a repeated header). */
    public YamlMap add(String key, Object value) {
        Object known = entries.get(key);
        if (known == null) {
            return put(key, value);
        }
        List<Object> values = new ArrayList<>();
        if (known instanceof List<?> list) {
            values.addAll(list);
        } else {
            values.add(known);
        }
        values.add(value);
        entries.put(key, values);
        return this;
    }

    /** Writes comment lines above a key (the key must be put, now or later). */
    public YamlMap comment(String key, List<String> lines) {
        if (!lines.isEmpty()) {
            comments.computeIfAbsent(key, k -> new ArrayList<>()).addAll(lines);
        }
        return this;
    }

    /** The value of a key, or {@code null}. */
    public Object get(String key) {
        return entries.get(key);
    }

    /** The mapping under a key, made (in block style) when it is not there yet. */
    public YamlMap child(String key) {
        Object known = entries.get(key);
        if (known instanceof YamlMap map) {
            return map;
        }
        YamlMap made = block();
        entries.put(key, made);
        return made;
    }

    /** Takes a key out and returns its value, or {@code null}. */
    public Object remove(String key) {
        comments.remove(key);
        return entries.remove(key);
    }

    public boolean containsKey(String key) {
        return entries.containsKey(key);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The entries, in order. */
    public Map<String, Object> entries() {
        return Collections.unmodifiableMap(entries);
    }

    /** The comment lines above a key, or an empty list. */
    public List<String> commentsOf(String key) {
        return comments.getOrDefault(key, List.of());
    }

    /** Whether it is written on one line. */
    public boolean isFlow() {
        return flow;
    }
}
