package dev.baton.report;

import dev.baton.model.InvalidInputException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.LinkedHashMap;

/**
 * The reporters a run writes, as the configuration parameter {@link #PARAMETER} names them: a comma-separated
 * list of {@code KIND} (console reporters) and {@code KIND:FILE} (file reporters), each kind a {@link Reporter}
 * found with {@link ServiceLoader}.
 */
public final class Reporters {

    /** Configuration parameter: the reporters, {@code json:target/baton.json,html:target/baton.html}. */
    public static final String PARAMETER = "baton.reporters";

    private final Map<String, ServiceLoader.Provider<Reporter>> providers = new LinkedHashMap<>();
    private final Map<String, Boolean> writesFile = new LinkedHashMap<>();

    private Reporters(ClassLoader loader) {
        for (ServiceLoader.Provider<Reporter> provider : ServiceLoader.load(Reporter.class, loader).stream().toList()) {
            Reporter sample = provider.get();
            providers.putIfAbsent(sample.kind(), provider);
            writesFile.putIfAbsent(sample.kind(), sample.writesFile());
        }
    }

    /** The reporters on the class path of this thread (or of Baton). */
    public static Reporters available() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return new Reporters(loader == null ? Reporters.class.getClassLoader() : loader);
    }

    /**
     * One entry of {@link #PARAMETER}.
     *
     * @param kind   the reporter's kind
     * @param target its file, or {@code null} for a console reporter
     */
    public record Entry(String kind, Path target) {

        /** How the entry is written in the parameter. */
        @Override
        public String toString() {
            return target == null ? kind : kind + ":" + target;
        }
    }

    /** The kinds that write a file, in the order the class path lists them. */
    public List<String> fileKinds() {
        return writesFile.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    }

    /**
     * Reads a parameter value (or one {@code --reporter} option); an {@link InvalidInputException} says what is
     * wrong with it.
     */
    public List<Entry> parse(String value) {
        List<Entry> entries = new ArrayList<>();
        for (String item : value.split(",")) {
            String option = item.strip();
            if (!option.isEmpty()) {
                entries.add(entry(option));
            }
        }
        return entries;
    }

    private Entry entry(String option) {
        int colon = option.indexOf(':');
        String kind = colon < 0 ? option : option.substring(0, colon);
        Boolean file = writesFile.get(kind);
        if (file == null) {
            throw new InvalidInputException("unknown reporter '" + kind + "'; use one of "
                    + String.join(", ", fileKinds().stream().map(k -> k + ":FILE").toList()));
        }
        if (!file) {
            if (colon >= 0) {
                throw new InvalidInputException("reporter " + kind + " writes to the console; leave out ':"
                        + option.substring(colon + 1) + "'");
            }
            return new Entry(kind, null);
        }
        if (colon < 0 || colon == option.length() - 1) {
            throw new InvalidInputException("--reporter " + kind + " needs a file: " + kind + ":FILE");
        }
        return new Entry(kind, Path.of(option.substring(colon + 1)));
    }

    /** A new reporter for an entry. */
    public Reporter create(Entry entry) {
        return providers.get(entry.kind()).get();
    }
}
