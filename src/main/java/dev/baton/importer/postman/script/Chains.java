package dev.baton.importer.postman.script;

import org.mozilla.javascript.ast.AstNode;
import org.mozilla.javascript.ast.FunctionCall;
import org.mozilla.javascript.ast.PropertyGet;
import org.mozilla.javascript.ast.RegExpLiteral;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises Chai assertions as Postman writes them, {@code pm.expect(x).to.be.below(200)} and
 * {@code pm.response.to.have.status(200)}, and turns them into checks. A chain it does not fully understand gives
 * nothing, so that its line is kept as a comment rather than half translated.
 */
final class Chains {

    /** Chai's words that only read well and change nothing. */
    private static final Set<String> LANGUAGE = Set.of("to", "be", "been", "is", "that", "which", "and", "has", "have",
            "with", "at", "of", "same", "but", "does", "still", "also", "deep", "own");
    /** Status classes of Postman's Chai plugin, as ranges: {@code pm.response.to.be.ok}. */
    private static final Map<String, int[]> STATUS_WORDS = Map.ofEntries(
            Map.entry("ok", new int[] {200, 200}), Map.entry("accepted", new int[] {202, 202}),
            Map.entry("badRequest", new int[] {400, 400}), Map.entry("unauthorized", new int[] {401, 401}),
            Map.entry("unauthorised", new int[] {401, 401}), Map.entry("forbidden", new int[] {403, 403}),
            Map.entry("notFound", new int[] {404, 404}), Map.entry("rateLimited", new int[] {429, 429}),
            Map.entry("success", new int[] {200, 299}), Map.entry("info", new int[] {100, 199}),
            Map.entry("redirection", new int[] {300, 399}), Map.entry("clientError", new int[] {400, 499}),
            Map.entry("serverError", new int[] {500, 599}), Map.entry("error", new int[] {400, 599}));
    private static final Map<String, String> COMPARISONS = Map.ofEntries(
            Map.entry("above", "gt"), Map.entry("gt", "gt"), Map.entry("greaterThan", "gt"),
            Map.entry("below", "lt"), Map.entry("lt", "lt"), Map.entry("lessThan", "lt"),
            Map.entry("least", "ge"), Map.entry("gte", "ge"), Map.entry("greaterThanOrEqual", "ge"),
            Map.entry("most", "le"), Map.entry("lte", "le"), Map.entry("lessThanOrEqual", "le"));
    private static final Map<String, String> NEGATED = Map.of("equals", "not", "not", "equals", "lt", "ge", "ge", "lt",
            "gt", "le", "le", "gt");

    /** One link of a chain: a property ({@code arguments == null}) or a call. */
    private record Link(String name, List<AstNode> arguments) {
        boolean call() {
            return arguments != null;
        }
    }

    private final ResponseReads reads;

    Chains(ResponseReads reads) {
        this.reads = reads;
    }

    /** The checks of an assertion statement, or empty when it is not one Baton can express whole. */
    Optional<List<Check>> checks(AstNode expression, String test, int line) {
        Deque<Link> links = new ArrayDeque<>();
        AstNode node = Ast.bare(expression);
        Source subject = null;
        while (subject == null) {
            if (node instanceof FunctionCall call && Ast.dotted(call.getTarget()).filter("pm.expect"::equals)
                    .isPresent()) {
                if (call.getArguments().isEmpty() || call.getArguments().size() > 2) {
                    return Optional.empty();
                }
                Optional<Source> read = reads.of(call.getArguments().get(0));
                if (read.isEmpty()) {
                    return Optional.empty();
                }
                subject = read.get();
            } else if (Ast.dotted(node).filter("pm.response"::equals).isPresent() && !links.isEmpty()) {
                subject = new Source.Response();
            } else if (node instanceof FunctionCall call && Ast.bare(call.getTarget()) instanceof PropertyGet get) {
                links.push(new Link(get.getProperty().getIdentifier(), call.getArguments()));
                node = Ast.bare(get.getTarget());
            } else if (node instanceof PropertyGet get) {
                links.push(new Link(get.getProperty().getIdentifier(), null));
                node = Ast.bare(get.getTarget());
            } else {
                return Optional.empty();
            }
        }
        return interpret(subject, new ArrayList<>(links), test, line);
    }

    private Optional<List<Check>> interpret(Source subject, List<Link> links, String test, int line) {
        boolean negated = false;
        boolean deep = false;
        boolean afterProperty = false;
        Source current = subject;
        List<Check> checks = new ArrayList<>();
        for (Link link : links) {
            String name = link.name();
            if (!link.call() && LANGUAGE.contains(name)) {
                deep |= name.equals("deep");
                continue;
            }
            if (!link.call() && name.equals("not")) {
                negated = !negated;
                continue;
            }
            if (!checks.isEmpty() && !afterProperty) {
                return Optional.empty();
            }
            afterProperty = false;
            if (name.equals("property") && link.call()) {
                Optional<String> key = link.arguments().isEmpty() ? Optional.empty()
                        : Ast.string(link.arguments().get(0));
                if (key.isEmpty() || link.arguments().size() > 2 || !(current instanceof Source.Json json)
                        || json.length() || negated && link.arguments().size() == 2) {
                    return Optional.empty();
                }
                current = json.member(key.get());
                if (link.arguments().size() == 2) {
                    Optional<List<Check>> made = compare(current, "equals", Literals.of(link.arguments().get(1)),
                            false, test, line);
                    if (made.isEmpty()) {
                        return Optional.empty();
                    }
                    checks.addAll(made.get());
                } else {
                    checks.add(new Check(current, "exists", new Value.Literal(!negated), test, line));
                    afterProperty = !negated;
                }
                continue;
            }
            Optional<List<Check>> made = assertion(current, link, negated, deep, test, line);
            if (made.isEmpty()) {
                return Optional.empty();
            }
            checks.addAll(made.get());
        }
        return checks.isEmpty() ? Optional.empty() : Optional.of(checks);
    }

    private Optional<List<Check>> assertion(Source subject, Link link, boolean negated, boolean deep, String test,
                                            int line) {
        String name = link.name();
        List<AstNode> args = link.call() ? link.arguments() : List.of();
        if (subject instanceof Source.Response) {
            return response(link, negated, test, line);
        }
        if (!link.call()) {
            return switch (name) {
                case "exist" -> one(subject, "exists", new Value.Literal(!negated), test, line);
                case "true", "false" -> one(subject, negated ? "not" : "equals",
                        new Value.Literal(name.equals("true")), test, line);
                case "empty" -> negated ? one(subject, "length", new Value.Literal(Map.of("gt", BigDecimal.ZERO)),
                        test, line) : one(subject, "length", new Value.Literal(BigDecimal.ZERO), test, line);
                default -> Optional.empty();
            };
        }
        if (COMPARISONS.containsKey(name) && args.size() == 1) {
            return compare(subject, COMPARISONS.get(name), Literals.of(args.get(0)), negated, test, line);
        }
        switch (name) {
            case "eql", "eqls" -> {
                return args.size() == 1 ? compare(subject, "equals", Literals.of(args.get(0)), negated, test, line)
                        : Optional.empty();
            }
            case "equal", "equals", "eq" -> {
                Optional<Value> value = args.size() == 1 ? Literals.of(args.get(0)) : Optional.empty();
                return value.isPresent() && (deep || value.get().scalar())
                        ? compare(subject, "equals", value, negated, test, line) : Optional.empty();
            }
            case "within" -> {
                if (args.size() != 2 || negated) {
                    return Optional.empty();
                }
                Optional<List<Check>> low = compare(subject, "ge", Literals.of(args.get(0)), false, test, line);
                Optional<List<Check>> high = compare(subject, "le", Literals.of(args.get(1)), false, test, line);
                if (low.isEmpty() || high.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(List.of(low.get().get(0), high.get().get(0)));
            }
            case "oneOf" -> {
                Optional<Value> options = args.size() == 1 ? Literals.of(args.get(0)) : Optional.empty();
                return !negated && options.isPresent() && options.get() instanceof Value.Literal l
                        && l.json() instanceof List<?> list && !list.isEmpty()
                        && list.stream().noneMatch(o -> o instanceof List<?> || o instanceof Map<?, ?>)
                        ? one(subject, "in", options.get(), test, line) : Optional.empty();
            }
            case "include", "includes", "contain", "contains" -> {
                Optional<Value> value = args.size() == 1 ? Literals.of(args.get(0)) : Optional.empty();
                return !negated && value.isPresent() && value.get().scalar()
                        ? one(subject, "contains", value.get(), test, line) : Optional.empty();
            }
            case "match" -> {
                return !negated && args.size() == 1 ? regex(args.get(0)).flatMap(r -> one(subject, "matches",
                        new Value.Literal(r), test, line)) : Optional.empty();
            }
            case "lengthOf", "length" -> {
                Optional<Value> value = args.size() == 1 ? Literals.of(args.get(0)) : Optional.empty();
                return !negated && value.isPresent() && value.get() instanceof Value.Literal l
                        && l.json() instanceof BigDecimal n && n.signum() >= 0
                        ? one(subject, "length", value.get(), test, line) : Optional.empty();
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** {@code pm.response.to.have.status(200)}, {@code .header(name[, value])}, {@code .body(text)}, {@code .be.ok}. */
    private Optional<List<Check>> response(Link link, boolean negated, String test, int line) {
        String name = link.name();
        if (!link.call()) {
            int[] range = STATUS_WORDS.get(name);
            if (range == null || negated) {
                return Optional.empty();
            }
            Source status = new Source.Status();
            if (range[0] == range[1]) {
                return one(status, "equals", new Value.Literal(BigDecimal.valueOf(range[0])), test, line);
            }
            return Optional.of(List.of(new Check(status, "ge", new Value.Literal(BigDecimal.valueOf(range[0])), test,
                    line), new Check(status, "le", new Value.Literal(BigDecimal.valueOf(range[1])), test, line)));
        }
        List<AstNode> args = link.arguments();
        switch (name) {
            case "status" -> {
                Optional<Value> code = args.size() == 1 ? Literals.of(args.get(0)) : Optional.empty();
                return code.isPresent() && code.get() instanceof Value.Literal l && l.json() instanceof BigDecimal
                        ? compare(new Source.Status(), "equals", code, negated, test, line) : Optional.empty();
            }
            case "header" -> {
                Optional<String> header = args.isEmpty() ? Optional.empty() : Ast.string(args.get(0));
                if (header.isEmpty() || args.size() > 2) {
                    return Optional.empty();
                }
                Source source = new Source.Header(header.get());
                return args.size() == 1 ? one(source, "exists", new Value.Literal(!negated), test, line)
                        : compare(source, "equals", Literals.of(args.get(1)), negated, test, line);
            }
            case "body" -> {
                Optional<Value> body = args.size() == 1 ? Literals.of(args.get(0)) : Optional.empty();
                if (body.isPresent() && !body.get().scalar()) {
                    return compare(new Source.Json("$", false), "equals", body, negated, test, line);
                }
                return compare(new Source.Body(), "equals", body, negated, test, line);
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private static Optional<List<Check>> compare(Source subject, String operator, Optional<Value> value,
                                                 boolean negated, String test, int line) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String chosen = negated ? NEGATED.get(operator) : operator;
        if (chosen == null || !operator.equals("equals") && !operator.equals("not")
                && !(value.get() instanceof Value.Variable) && !(((Value.Literal) value.get()).json()
                instanceof BigDecimal)) {
            return Optional.empty();
        }
        return one(subject, chosen, value.get(), test, line);
    }

    private static Optional<List<Check>> one(Source subject, String operator, Value value, String test, int line) {
        if (subject instanceof Source.Response || subject instanceof Source.Cookie) {
            return Optional.empty();
        }
        if (subject instanceof Source.Json json && json.length() && !operator.equals("equals")
                && !COMPARISONS.containsValue(operator)) {
            return Optional.empty();
        }
        return Optional.of(List.of(new Check(subject, operator, value, test, line)));
    }

    /** A JavaScript regular expression literal as a Java one, when the flags have a Java equivalent. */
    static Optional<String> regex(AstNode node) {
        if (!(Ast.bare(node) instanceof RegExpLiteral literal)) {
            return Optional.empty();
        }
        String flags = literal.getFlags() == null ? "" : literal.getFlags();
        StringBuilder inline = new StringBuilder();
        for (char flag : flags.toCharArray()) {
            switch (flag) {
                case 'i' -> inline.append('i');
                case 'm' -> inline.append('m');
                case 's' -> inline.append('s');
                case 'g' -> {
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        String pattern = literal.getValue();
        try {
            java.util.regex.Pattern.compile(pattern);
        } catch (java.util.regex.PatternSyntaxException e) {
            return Optional.empty();
        }
        return Optional.of(inline.isEmpty() ? pattern : "(?" + inline + ")" + pattern);
    }
}
