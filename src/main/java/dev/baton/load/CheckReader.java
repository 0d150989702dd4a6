package dev.baton.load;

import dev.baton.model.Capture;
import dev.baton.model.CaptureSource;
import dev.baton.model.Condition;
import dev.baton.model.Expectation;
import dev.baton.model.Operator;
import dev.baton.model.RetrySpec;
import dev.baton.model.Subject;
import dev.baton.model.Text;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Reads the {@code capture:} and {@code expect:} blocks of a step. */
final class CheckReader {

    static final List<String> EXPECT_KEYS = List.of("status", "headers", "json", "body", "html", "duration", "state",
            "oauth");
    /** The parameters of an authorization response (RFC 6749 §4.1.2, RFC 9207) an {@code oauth} expectation reads. */
    static final List<String> OAUTH_PARAMETERS = List.of("code", "state", "error", "error_description", "iss");
    private static final Set<CaptureSource> NO_ARGUMENT = Set.of(CaptureSource.STATUS, CaptureSource.BODY);

    private final NodeReader reader;

    CheckReader(NodeReader reader) {
        this.reader = reader;
    }

    /** The expectations of a step, and whether it expects Baton to see a tampered {@code state}. */
    record Expect(List<Expectation> expectations, boolean stateMismatch) {
        static final Expect NONE = new Expect(List.of(), false);
    }

    List<Capture> captures(Node node) throws LoadException {
        List<String> sourceKeys = Arrays.stream(CaptureSource.values()).map(CaptureSource::key).toList();
        List<String> allowed = Stream.concat(sourceKeys.stream(), Stream.of("attr", "secret", "public")).toList();
        List<Capture> captures = new ArrayList<>();
        for (var entry : reader.entries(node, "capture").values()) {
            String variable = VariableNames.check(reader, entry);
            String what = "capture " + variable;
            var spec = reader.entries(entry.value(), what, allowed);
            List<String> sources = spec.keySet().stream().filter(sourceKeys::contains).toList();
            if (sources.size() != 1) {
                throw reader.error(entry.value(), what + " needs exactly one source: one of "
                        + String.join(", ", sourceKeys));
            }
            CaptureSource source = CaptureSource.values()[sourceKeys.indexOf(sources.get(0))];
            Node argumentNode = spec.get(sources.get(0)).value();
            Text argument = NO_ARGUMENT.contains(source) ? null : reader.text(argumentNode, what);
            if (argument != null && argument.raw().isBlank()) {
                throw reader.error(argumentNode, what + ": '" + source.key() + "' needs a value");
            }
            if (argument != null) {
                checkQuery(source == CaptureSource.JSON ? QuerySyntax.jsonPath(argument)
                        : source == CaptureSource.REGEX ? QuerySyntax.regex(argument)
                        : source == CaptureSource.HTML ? QuerySyntax.cssSelector(argument.raw())
                        : java.util.Optional.empty(), argument, what);
            }
            String attr = null;
            if (spec.containsKey("attr")) {
                if (source != CaptureSource.HTML) {
                    throw reader.error(spec.get("attr").keyNode(), "'attr' goes with an 'html' capture");
                }
                attr = reader.nonEmpty(spec.get("attr").value(), "attr");
            }
            boolean secret = spec.containsKey("secret") && reader.bool(spec.get("secret").value(), "secret");
            boolean shown = spec.containsKey("public") && reader.bool(spec.get("public").value(), "public");
            if (secret && shown) {
                throw reader.error(spec.get("public").keyNode(), what + " is 'secret' or 'public', not both");
            }
            captures.add(new Capture(variable, source, argument, attr, secret, reader.position(entry.keyNode()),
                    shown));
        }
        return captures;
    }

    /** {@code retry: {count: 3, delay: 500ms, until: {status: 200}}}. */
    RetrySpec retry(Node node) throws LoadException {
        var entries = reader.entries(node, "retry", List.of("count", "delay", "until"));
        if (!entries.containsKey("count")) {
            throw reader.error(node, "retry needs a 'count': how many times to send the step again");
        }
        int count = reader.integer(entries.get("count").value(), "retry count", 1, 100);
        Duration delay = entries.containsKey("delay") ? reader.duration(entries.get("delay").value(), "retry delay")
                : Duration.ZERO;
        List<Expectation> until = List.of();
        if (entries.containsKey("until")) {
            Expect expect = expectations(entries.get("until").value());
            if (expect.stateMismatch()) {
                throw reader.error(entries.get("until").value(), "retry until cannot use 'state'");
            }
            until = expect.expectations();
        }
        return new RetrySpec(count, delay, until);
    }

    Expect expectations(Node node) throws LoadException {
        List<Expectation> expectations = new ArrayList<>();
        boolean stateMismatch = false;
        for (var entry : reader.entries(node, "expect", EXPECT_KEYS).values()) {
            switch (entry.key()) {
                case "status" -> expectations.add(single(Subject.STATUS, entry.value()));
                case "body" -> expectations.add(single(Subject.BODY, entry.value()));
                case "duration" -> expectations.add(single(Subject.DURATION, entry.value()));
                case "headers" -> expectations.addAll(keyed(Subject.HEADER, entry.value()));
                case "json" -> expectations.addAll(keyed(Subject.JSON, entry.value()));
                case "html" -> expectations.addAll(keyed(Subject.HTML, entry.value()));
                case "oauth" -> {
                    reader.entries(entry.value(), "expect oauth", OAUTH_PARAMETERS);
                    expectations.addAll(keyed(Subject.OAUTH, entry.value()));
                }
                default -> stateMismatch = stateMismatch(entry.value());
            }
        }
        return new Expect(expectations, stateMismatch);
    }

    private boolean stateMismatch(Node node) throws LoadException {
        String value = reader.string(node, "expect state");
        return switch (value) {
            case "mismatch" -> true;
            case "match" -> false;
            default -> throw reader.error(node, "expect state must be 'match' (the default) or 'mismatch', found '"
                    + value + "'");
        };
    }

    private Expectation single(Subject subject, Node node) throws LoadException {
        List<Condition> conditions = conditions(node, subject.key());
        if (subject == Subject.STATUS) {
            checkStatus(conditions);
        }
        return new Expectation(subject, null, null, conditions, reader.position(node));
    }

    /** A status compared for equality is a number: {@code status: abc} can never hold. */
    private void checkStatus(List<Condition> conditions) throws LoadException {
        for (Condition condition : conditions) {
            List<Text> values = new ArrayList<>(condition.options());
            if (Set.of(Operator.EQUALS, Operator.NOT).contains(condition.operator()) && condition.expected() != null) {
                values.add(condition.expected());
            }
            for (Text value : values) {
                if (!value.raw().contains("<<") && !value.raw().strip().matches("[1-9][0-9]{2}")) {
                    throw reader.source().error(value.position(), "status must be a three-digit status code such as "
                            + "200, found '" + value.raw() + "'");
                }
            }
        }
    }

    private void checkQuery(java.util.Optional<QuerySyntax.Problem> problem, Text query, String what)
            throws LoadException {
        if (problem.isPresent()) {
            throw reader.source().error(query.position().shifted(problem.get().index()), what + ": "
                    + problem.get().message());
        }
    }

    private List<Expectation> keyed(Subject subject, Node node) throws LoadException {
        List<Expectation> expectations = new ArrayList<>();
        for (var entry : reader.entries(node, "expect " + subject.key()).values()) {
            Text key = reader.text(entry.keyNode(), "a key in expect " + subject.key());
            String attribute = null;
            if (subject == Subject.HTML) {
                int at = attributeSeparator(entry.key());
                if (at >= 0) {
                    attribute = entry.key().substring(at + 1).trim();
                    key = new Text(entry.key().substring(0, at).trim(), key.position());
                }
            }
            String what = "expect " + subject.key() + " " + entry.key();
            checkQuery(subject == Subject.JSON ? QuerySyntax.jsonPath(key)
                    : subject == Subject.HTML ? QuerySyntax.cssSelector(key.raw())
                    : subject == Subject.HEADER ? QuerySyntax.headerName(key.raw())
                    : java.util.Optional.empty(), key, what);
            expectations.add(new Expectation(subject, key, attribute,
                    conditions(entry.value(), subject.key() + " " + entry.key()), reader.position(entry.keyNode())));
        }
        return expectations;
    }

    /** The {@code @} that starts an attribute name in {@code selector@attr}, outside brackets and quotes. */
    private static int attributeSeparator(String key) {
        int depth = 0;
        char quote = 0;
        int found = -1;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                depth--;
            } else if (c == '@' && depth == 0) {
                found = i;
            }
        }
        return found;
    }

    /** A scalar means equals, a list means in, a map holds operators. */
    List<Condition> conditions(Node node, String what) throws LoadException {
        if (node instanceof SequenceNode) {
            return List.of(new Condition(Operator.IN, null, texts(node, what), List.of(), reader.position(node)));
        }
        if (!(node instanceof MappingNode)) {
            return List.of(Condition.of(Operator.EQUALS, reader.text(node, what), reader.position(node)));
        }
        List<Condition> conditions = new ArrayList<>();
        for (var entry : reader.entries(node, what, Operator.keys()).values()) {
            Operator operator = Operator.byKey(entry.key()).orElseThrow();
            conditions.add(condition(operator, entry.value(), what + " " + entry.key(),
                    reader.position(entry.keyNode())));
        }
        if (conditions.isEmpty()) {
            throw reader.error(node, what + " has no operator; use one of " + String.join(", ", Operator.keys()));
        }
        return conditions;
    }

    private Condition condition(Operator operator, Node value, String what, dev.baton.model.Position at)
            throws LoadException {
        return switch (operator) {
            case IN -> new Condition(operator, null, texts(value, what), List.of(), at);
            case ANY, ALL -> new Condition(operator, null, List.of(), conditions(value, what), at);
            case LENGTH -> value instanceof MappingNode
                    ? new Condition(operator, null, List.of(), conditions(value, what), at)
                    : Condition.of(operator, integerText(value, what), at);
            case EXISTS -> Condition.of(operator, Text.literal(Boolean.toString(reader.bool(value, what))), at);
            case LT, LE, GT, GE -> Condition.of(operator, numberText(value, what), at);
            case MATCHES -> Condition.of(operator, regexText(value, what), at);
            default -> Condition.of(operator, reader.text(value, what), at);
        };
    }

    private List<Text> texts(Node node, String what) throws LoadException {
        List<Text> texts = new ArrayList<>();
        for (Node item : reader.list(node, what)) {
            texts.add(reader.text(item, what));
        }
        if (texts.isEmpty()) {
            throw reader.error(node, what + " needs at least one value");
        }
        return texts;
    }

    private Text integerText(Node node, String what) throws LoadException {
        reader.integer(node, what, 0, Integer.MAX_VALUE);
        return reader.text(node, what);
    }

    private Text numberText(Node node, String what) throws LoadException {
        Text text = reader.text(node, what);
        if (!text.raw().contains("<<")) {
            try {
                new java.math.BigDecimal(text.raw().trim());
            } catch (NumberFormatException e) {
                throw reader.error(node, what + " needs a number, found '" + text.raw() + "'");
            }
        }
        return text;
    }

    private Text regexText(Node node, String what) throws LoadException {
        Text text = reader.text(node, what);
        if (!text.raw().contains("<<")) {
            try {
                java.util.regex.Pattern.compile(text.raw());
            } catch (java.util.regex.PatternSyntaxException e) {
                throw reader.source().error(text.position().shifted(Math.max(0, e.getIndex())),
                        what + " is not a valid regular expression: " + e.getDescription());
            }
        }
        return text;
    }

}
