package dev.baton.importer.postman.script;

import org.mozilla.javascript.Token;
import org.mozilla.javascript.ast.AstNode;
import org.mozilla.javascript.ast.FunctionCall;
import org.mozilla.javascript.ast.InfixExpression;
import org.mozilla.javascript.ast.PropertyGet;
import org.mozilla.javascript.ast.UnaryExpression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises the old sandbox's tests, {@code tests["Status code is 200"] = responseCode.code === 200;}: the
 * expression a test name is set to, made of comparisons of a response read with a literal, {@code has} and
 * {@code includes} on the body, header presence, and {@code &&}.
 */
final class LegacyTests {

    private static final Map<Integer, String> OPERATORS = Map.of(Token.SHEQ, "equals", Token.EQ, "equals",
            Token.SHNE, "not", Token.NE, "not", Token.LT, "lt", Token.LE, "le", Token.GT, "gt", Token.GE, "ge");
    private static final Map<String, String> MIRRORED = Map.of("equals", "equals", "not", "not", "lt", "gt",
            "le", "ge", "gt", "lt", "ge", "le");
    private static final Set<String> CONTAINS = Set.of("has", "includes", "include");

    private final ResponseReads reads;

    LegacyTests(ResponseReads reads) {
        this.reads = reads;
    }

    /** The checks the expression stands for, or empty when one of its parts cannot be expressed. */
    Optional<List<Check>> checks(AstNode expression, String test, int line) {
        AstNode node = Ast.bare(expression);
        List<Check> checks = new ArrayList<>();
        if (node instanceof InfixExpression infix && infix.getOperator() == Token.AND) {
            Optional<List<Check>> left = checks(infix.getLeft(), test, line);
            Optional<List<Check>> right = checks(infix.getRight(), test, line);
            if (left.isEmpty() || right.isEmpty()) {
                return Optional.empty();
            }
            checks.addAll(left.get());
            checks.addAll(right.get());
            return Optional.of(checks);
        }
        if (node instanceof InfixExpression infix && OPERATORS.containsKey(infix.getOperator())) {
            return comparison(infix, test, line);
        }
        if (node instanceof UnaryExpression unary && unary.getOperator() == Token.NOT) {
            return checks(unary.getOperand(), test, line).flatMap(LegacyTests::negated);
        }
        if (node instanceof FunctionCall call && call.getArguments().size() == 1
                && Ast.bare(call.getTarget()) instanceof PropertyGet get) {
            String method = get.getProperty().getIdentifier();
            Optional<Source> target = reads.of(get.getTarget());
            Optional<String> text = Ast.string(call.getArguments().get(0));
            if (target.isPresent() && text.isPresent()) {
                if (CONTAINS.contains(method) && target.get() instanceof Source.Body) {
                    return Optional.of(List.of(new Check(target.get(), "contains", new Value.Literal(text.get()), test,
                            line)));
                }
                if (method.equals("hasOwnProperty") && target.get() instanceof Source.Json json && !json.length()) {
                    return Optional.of(List.of(new Check(json.member(text.get()), "exists", new Value.Literal(true),
                            test, line)));
                }
            }
            if (text.isPresent() && (Ast.dotted(call.getTarget()).filter("pm.response.headers.has"::equals).isPresent()
                    || Ast.dotted(call.getTarget()).filter("responseHeaders.hasOwnProperty"::equals).isPresent())) {
                return Optional.of(List.of(new Check(new Source.Header(text.get()), "exists", new Value.Literal(true),
                        test, line)));
            }
        }
        Optional<Source> read = reads.of(node);
        if (read.isPresent() && read.get() instanceof Source.Header) {
            return Optional.of(List.of(new Check(read.get(), "exists", new Value.Literal(true), test, line)));
        }
        return Optional.empty();
    }

    private Optional<List<Check>> comparison(InfixExpression infix, String test, int line) {
        String operator = OPERATORS.get(infix.getOperator());
        Optional<List<Check>> indexOf = indexOf(infix, operator, test, line);
        if (indexOf.isPresent()) {
            return indexOf;
        }
        Optional<Source> left = reads.of(infix.getLeft());
        Optional<Value> right = Literals.of(infix.getRight());
        if (left.isEmpty() || right.isEmpty()) {
            left = reads.of(infix.getRight());
            right = Literals.of(infix.getLeft());
            operator = MIRRORED.get(operator);
        }
        if (left.isEmpty() || right.isEmpty() || left.get() instanceof Source.Response
                || left.get() instanceof Source.Cookie || !right.get().scalar()) {
            return Optional.empty();
        }
        boolean numeric = right.get() instanceof Value.Variable
                || ((Value.Literal) right.get()).json() instanceof BigDecimal;
        if (!operator.equals("equals") && !operator.equals("not") && !numeric) {
            return Optional.empty();
        }
        if (left.get() instanceof Source.Json json && json.length() && (operator.equals("not") || !numeric)) {
            return Optional.empty();
        }
        return Optional.of(List.of(new Check(left.get(), operator, right.get(), test, line)));
    }

    /** {@code responseBody.indexOf("x") !== -1}, {@code > -1} and {@code >= 0}: the body contains the text. */
    private Optional<List<Check>> indexOf(InfixExpression infix, String operator, String test, int line) {
        if (!(Ast.bare(infix.getLeft()) instanceof FunctionCall call) || call.getArguments().size() != 1
                || !(Ast.bare(call.getTarget()) instanceof PropertyGet get)
                || !get.getProperty().getIdentifier().equals("indexOf")) {
            return Optional.empty();
        }
        Optional<Source> target = reads.of(get.getTarget());
        Optional<String> text = Ast.string(call.getArguments().get(0));
        Optional<Value> bound = Literals.of(infix.getRight());
        if (target.isEmpty() || !(target.get() instanceof Source.Body) || text.isEmpty() || bound.isEmpty()
                || !(bound.get() instanceof Value.Literal l) || !(l.json() instanceof BigDecimal n)) {
            return Optional.empty();
        }
        boolean found = operator.equals("not") && n.intValue() == -1 || operator.equals("gt") && n.intValue() == -1
                || operator.equals("ge") && n.signum() == 0;
        return found ? Optional.of(List.of(new Check(target.get(), "contains", new Value.Literal(text.get()), test,
                line))) : Optional.empty();
    }

    private static Optional<List<Check>> negated(List<Check> checks) {
        if (checks.size() != 1) {
            return Optional.empty();
        }
        Check check = checks.get(0);
        String operator = switch (check.operator()) {
            case "equals" -> "not";
            case "not" -> "equals";
            case "exists" -> "exists";
            default -> null;
        };
        if (operator == null) {
            return Optional.empty();
        }
        Value value = check.operator().equals("exists")
                ? new Value.Literal(!Boolean.TRUE.equals(((Value.Literal) check.value()).json())) : check.value();
        return Optional.of(List.of(new Check(check.source(), operator, value, check.test(), check.line())));
    }
}
