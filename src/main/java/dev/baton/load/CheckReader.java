package dev.baton.load;

import dev.baton.check.Queries;
import dev.baton.check.QueryKind;
import dev.baton.check.QueryProblem;
import dev.baton.model.Capture;
import dev.baton.model.Condition;
import dev.baton.model.Expectation;
import dev.baton.model.Operator;
import dev.baton.model.Position;
import dev.baton.model.Query;
import dev.baton.model.RetrySpec;
import dev.baton.model.StepCondition;
import dev.baton.model.Text;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the {@code capture:} and {@code expect:} blocks of a step, and {@code retry:}: each capture and expectation
 * reads through a query whose kind ({@link Queries}) says how its argument is written and checked.
 */
final class CheckReader {

    /** The keys of a capture besides its query. */
    static final List<String> CAPTURE_OPTIONS = List.of("attr", "secret", "public");
    static final List<String> EXPECT_KEYS = Stream.concat(Queries.expectKeys().stream(), Stream.of("state"))
            .toList();
    static final List<String> CAPTURE_KEYS = Stream.concat(Queries.captureKeys().stream(), CAPTURE_OPTIONS.stream())
            .toList();
    static final List<String> RETRY_KEYS = List.of("count", "delay", "until");

    private final NodeReader reader;
    private final Documents documents;
    private final JwtReader tokens;

    CheckReader(NodeReader reader) {
        this.reader = reader;
        this.documents = new Documents(reader);
        this.tokens = new JwtReader(reader, this);
    }

    /** The expectations of a step, and whether it expects Baton to see a tampered {@code state}. */
    record Expect(List<Expectation> expectations, boolean stateMismatch) {
        static final Expect NONE = new Expect(List.of(), false);
    }

    List<Capture> captures(Node node) throws LoadException {
        List<String> kinds = Queries.captureKeys();
        List<Capture> captures = new ArrayList<>();
        for (var entry : reader.entries(node, "capture").values()) {
            String variable = VariableNames.check(reader, entry);
            String what = "capture " + variable;
            var spec = reader.entries(entry.value(), what, CAPTURE_KEYS);
            List<String> sources = spec.keySet().stream().filter(kinds::contains).toList();
            if (sources.size() != 1) {
                throw reader.error(entry.value(), what + " needs exactly one source: one of "
                        + String.join(", ", kinds));
            }
            QueryKind kind = Queries.byKey(sources.get(0)).orElseThrow();
            String attribute = null;
            if (spec.containsKey("attr")) {
                if (!kind.takesAttribute()) {
                    throw reader.error(spec.get("attr").keyNode(), "'attr' goes with an 'html' or 'cookie' capture");
                }
                attribute = reader.nonEmpty(spec.get("attr").value(), "attr");
                checkAttribute(kind, attribute, spec.get("attr").value(), what);
            }
            Query query = captureQuery(kind, spec.get(kind.key()), attribute, what);
            boolean secret = spec.containsKey("secret") && reader.bool(spec.get("secret").value(), "secret");
            boolean shown = spec.containsKey("public") && reader.bool(spec.get("public").value(), "public");
            if (secret && shown) {
                throw reader.error(spec.get("public").keyNode(), what + " is 'secret' or 'public', not both");
            }
            secret = secret || !shown && JwtReader.secret(query);
            captures.add(new Capture(variable, query, secret, reader.position(entry.keyNode()), shown));
        }
        return captures;
    }

    private Query captureQuery(QueryKind kind, NodeReader.Entry entry, String attribute, String what)
            throws LoadException {
        Position at = reader.position(entry.keyNode());
        return switch (kind.shape()) {
            case NONE -> new Query(kind.key(), null, null, at);
            case DOCUMENT -> documents.query(kind, entry.value(), what, at);
            case TOKEN -> tokens.capture(kind, entry, what);
            case KEYED -> {
                Text argument = reader.text(entry.value(), what);
                if (argument.raw().isBlank()) {
                    throw reader.error(entry.value(), what + ": '" + kind.key() + "' needs a value");
                }
                checkArgument(kind, argument, what);
                yield new Query(kind.key(), argument, attribute, at);
            }
        };
    }

    /** {@code when: {env: prod, token: {exists: true}}} and {@code skip: reason}; {@code null} when neither. */
    StepCondition condition(NodeReader.Entry when, NodeReader.Entry skip) throws LoadException {
        if (when == null && skip == null) {
            return null;
        }
        List<StepCondition.VariableCondition> conditions = new ArrayList<>();
        if (when != null) {
            for (var entry : reader.entries(when.value(), "when").values()) {
                String variable = VariableNames.check(reader, entry);
                conditions.add(new StepCondition.VariableCondition(variable,
                        conditions(entry.value(), "when " + variable), reader.position(entry.keyNode())));
            }
            if (conditions.isEmpty()) {
                throw reader.error(when.value(), "when needs at least one variable and its condition");
            }
        }
        Text reason = skip == null ? null : reader.text(skip.value(), "skip");
        return new StepCondition(conditions, reason, reader.position((when != null ? when : skip).keyNode()));
    }

    /** {@code retry: {count: 3, delay: 500ms, until: {status: 200}}}. */
    RetrySpec retry(Node node) throws LoadException {
        var entries = reader.entries(node, "retry", RETRY_KEYS);
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
            if (entry.key().equals("state")) {
                stateMismatch = stateMismatch(entry.value());
                continue;
            }
            QueryKind kind = Queries.byExpectKey(entry.key()).orElseThrow();
            Position at = reader.position(entry.value());
            switch (kind.shape()) {
                case NONE -> expectations.add(single(kind, entry.value()));
                case KEYED -> expectations.addAll(keyed(kind, entry.value()));
                case TOKEN -> expectations.addAll(tokens.expectations(kind, entry.value()));
                case DOCUMENT -> expectations.add(new Expectation(
                        documents.query(kind, entry.value(), "expect " + kind.expectKey(), at), List.of(), at));
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

    private Expectation single(QueryKind kind, Node node) throws LoadException {
        List<Condition> conditions = conditions(node, kind.expectKey());
        if (kind.key().equals("status")) {
            checkStatus(conditions);
        }
        Position at = reader.position(node);
        return new Expectation(new Query(kind.key(), null, null, at), conditions, at);
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

    /** A literal argument must be one the kind can read. */
    void checkArgument(QueryKind kind, Text argument, String what) throws LoadException {
        if (argument.raw().contains("<<")) {
            return;
        }
        Optional<QueryProblem> problem = kind.problem(argument.raw());
        if (problem.isPresent()) {
            throw reader.source().error(argument.position().shifted(problem.get().index()), what + ": "
                    + problem.get().message());
        }
    }

    private void checkAttribute(QueryKind kind, String attribute, Node at, String what) throws LoadException {
        Optional<String> problem = kind.attributeProblem(attribute);
        if (problem.isPresent()) {
            throw reader.error(at, what + ": " + problem.get());
        }
    }

    private List<Expectation> keyed(QueryKind kind, Node node) throws LoadException {
        String block = "expect " + kind.expectKey();
        var entries = kind.arguments().isEmpty() ? reader.entries(node, block)
                : reader.entries(node, block, kind.arguments());
        List<Expectation> expectations = new ArrayList<>();
        for (var entry : entries.values()) {
            Text key = reader.text(entry.keyNode(), "a key in " + block);
            String attribute = null;
            if (kind.takesAttribute()) {
                int at = attributeSeparator(entry.key());
                if (at >= 0) {
                    attribute = entry.key().substring(at + 1).trim();
                    key = new Text(entry.key().substring(0, at).trim(), key.position());
                }
            }
            String what = block + " " + entry.key();
            checkArgument(kind, key, what);
            if (attribute != null) {
                checkAttribute(kind, attribute, entry.keyNode(), what);
            }
            Position position = reader.position(entry.keyNode());
            expectations.add(new Expectation(new Query(kind.key(), key, attribute, position),
                    conditions(entry.value(), kind.expectKey() + " " + entry.key()), position));
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

    private Condition condition(Operator operator, Node value, String what, Position at)
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
