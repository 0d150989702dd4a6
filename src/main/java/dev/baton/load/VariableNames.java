package dev.baton.load;

import dev.baton.template.Template;

/** Checks that a variable declared in a file has a name a placeholder can use. */
final class VariableNames {

    private VariableNames() {
    }

    static String check(NodeReader reader, NodeReader.Entry entry) throws LoadException {
        if (!Template.NAME.matcher(entry.key()).matches() || entry.key().startsWith("$")) {
            throw reader.error(entry.keyNode(), "'" + entry.key() + "' is not a valid variable name: use letters, "
                    + "digits, '_', '.' and '-', starting with a letter or '_'");
        }
        return entry.key();
    }
}
