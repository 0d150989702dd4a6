package dev.baton.importer.postman;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Postman text as Baton text: {@code {{name}}} becomes {@code <<name>>} (with the name made a Baton name), dynamic
 * variables become built-ins, and a literal {@code <<} is escaped as {@code \<<} so that Baton reads it as written.
 */
final class PostmanText {

    /** Postman's placeholder: anything but braces between double braces. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]*)}}");

    private final VariableNames names;
    private final Consumer<String> remark;
    private final Set<String> used = new LinkedHashSet<>();

    /** {@code remark} hears about each dynamic variable that became a fixed value or was kept as written. */
    PostmanText(VariableNames names, Consumer<String> remark) {
        this.names = names;
        this.remark = remark;
    }

    /** The Baton text of a Postman text; {@code null} stays {@code null}. */
    String convert(String postman) {
        if (postman == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(postman);
        int last = 0;
        while (m.find()) {
            out.append(literal(postman.substring(last, m.start())));
            out.append(placeholder(m.group(1).strip(), m.group()));
            last = m.end();
        }
        return out.append(literal(postman.substring(last))).toString();
    }

    /** Whether the text is one placeholder and nothing else. */
    static boolean isSinglePlaceholder(String postman) {
        return postman != null && PLACEHOLDER.matcher(postman.strip()).matches();
    }

    /** Whether the text has a placeholder. */
    static boolean hasPlaceholder(String postman) {
        return postman != null && PLACEHOLDER.matcher(postman).find();
    }

    /** The Baton names of the variables used so far. */
    Set<String> used() {
        return Set.copyOf(used);
    }

    /** Forgets the variables used so far (between steps). */
    Set<String> takeUsed() {
        Set<String> taken = new LinkedHashSet<>(used);
        used.clear();
        return taken;
    }

    /** Records a Baton variable used by text the importer wrote itself. */
    void use(String batonName) {
        used.add(batonName);
    }

    private String placeholder(String name, String written) {
        if (name.startsWith("$")) {
            var replacement = DynamicVariables.of(name);
            if (replacement.isEmpty()) {
                remark.accept(written + " is not one of Postman's dynamic variables; it is sent as written, as Postman "
                        + "sends it");
                return literal(written);
            }
            if (replacement.get().fixed()) {
                remark.accept(written + " became the fixed value '" + replacement.get().text()
                        + "': Baton has no random value of that kind");
            }
            return replacement.get().fixed() ? literal(replacement.get().text()) : replacement.get().text();
        }
        if (name.isEmpty()) {
            return literal(written);
        }
        String baton = names.of(name);
        used.add(baton);
        return "<<" + baton + ">>";
    }

    private static String literal(String text) {
        return text.replace("<<", "\\<<");
    }
}
