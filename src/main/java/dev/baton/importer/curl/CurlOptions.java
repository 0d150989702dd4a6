package dev.baton.importer.curl;

import dev.baton.model.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of a curl command line that say what request it sends, read as curl reads them: short options may be
 * bundled ({@code -sSL}) and take their value attached or as the next word ({@code -XPOST}, {@code -X POST}); long
 * options take the next word; {@code --} ends the options; any other word is a URL.
 */
final class CurlOptions {

    /** An option as written, with its value ({@code null} for a flag). */
    record Option(String name, String value) {
    }

    /** Short options that take a value, by letter, with the long name they stand for. */
    private static final Map<Character, String> SHORT_WITH_VALUE = Map.ofEntries(
            Map.entry('X', "--request"), Map.entry('H', "--header"), Map.entry('d', "--data"),
            Map.entry('F', "--form"), Map.entry('u', "--user"), Map.entry('A', "--user-agent"),
            Map.entry('e', "--referer"), Map.entry('b', "--cookie"), Map.entry('o', "--output"),
            Map.entry('m', "--max-time"), Map.entry('w', "--write-out"), Map.entry('c', "--cookie-jar"),
            Map.entry('E', "--cert"), Map.entry('x', "--proxy"), Map.entry('T', "--upload-file"),
            Map.entry('r', "--range"), Map.entry('K', "--config"), Map.entry('U', "--proxy-user"),
            Map.entry('z', "--time-cond"), Map.entry('Y', "--speed-limit"), Map.entry('y', "--speed-time"));
    /** Short flags, by letter, with the long name they stand for. */
    private static final Map<Character, String> SHORT_FLAGS = Map.ofEntries(
            Map.entry('G', "--get"), Map.entry('I', "--head"), Map.entry('L', "--location"),
            Map.entry('k', "--insecure"), Map.entry('s', "--silent"), Map.entry('S', "--show-error"),
            Map.entry('v', "--verbose"), Map.entry('i', "--include"), Map.entry('f', "--fail"),
            Map.entry('g', "--globoff"), Map.entry('N', "--no-buffer"), Map.entry('O', "--remote-name"),
            Map.entry('J', "--remote-header-name"), Map.entry('#', "--progress-bar"), Map.entry('q', "--disable"),
            Map.entry('0', "--http1.0"), Map.entry('1', "--tlsv1"), Map.entry('2', "--sslv2"),
            Map.entry('3', "--sslv3"), Map.entry('4', "--ipv4"), Map.entry('6', "--ipv6"));
    /** Long options that take a value. */
    private static final Set<String> LONG_WITH_VALUE = Set.of("--request", "--header", "--data", "--data-ascii",
            "--data-binary", "--data-raw", "--data-urlencode", "--json", "--form", "--form-string", "--user",
            "--user-agent", "--referer", "--cookie", "--url", "--oauth2-bearer", "--output", "--max-time",
            "--connect-timeout", "--write-out", "--cookie-jar", "--cert", "--key", "--cacert", "--proxy",
            "--upload-file", "--range", "--config", "--proxy-user", "--retry", "--retry-delay", "--resolve",
            "--connect-to", "--max-redirs", "--limit-rate", "--interface", "--dns-servers", "--aws-sigv4",
            "--time-cond", "--speed-limit", "--speed-time", "--retry-max-time", "--capath", "--ciphers", "--pass",
            "--cert-type", "--key-type", "--request-target", "--proxy-header", "--trace", "--trace-ascii",
            "--stderr", "--variable", "--expand-url", "--expand-data", "--expand-header");

    private CurlOptions() {
    }

    /**
     * The options and URLs of the words after {@code curl}.
     *
     * @throws IllegalArgumentException when an option lacks its value
     */
    static List<Option> read(List<String> words) {
        List<Option> options = new ArrayList<>();
        boolean onlyUrls = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (onlyUrls || !word.startsWith("-") || word.equals("-")) {
                options.add(new Option("--url", word));
                continue;
            }
            if (word.equals("--")) {
                onlyUrls = true;
                continue;
            }
            if (word.startsWith("--")) {
                String name = word;
                String value = null;
                int equals = word.indexOf('=');
                if (equals > 0 && LONG_WITH_VALUE.contains(word.substring(0, equals))) {
                    name = word.substring(0, equals);
                    value = word.substring(equals + 1);
                } else if (LONG_WITH_VALUE.contains(word)) {
                    value = next(words, ++i, word);
                }
                options.add(new Option(name, value));
                continue;
            }
            for (int j = 1; j < word.length(); j++) {
                char letter = word.charAt(j);
                String name = SHORT_WITH_VALUE.get(letter);
                if (name != null) {
                    String value = j + 1 < word.length() ? word.substring(j + 1) : next(words, ++i, "-" + letter);
                    options.add(new Option(name, value));
                    break;
                }
                options.add(new Option(SHORT_FLAGS.getOrDefault(letter, "-" + letter), null));
            }
        }
        return options;
    }

    private static String next(List<String> words, int index, String option) {
        if (index >= words.size()) {
            throw new InvalidInputException("curl option " + option + " needs a value");
        }
        return words.get(index);
    }
}
