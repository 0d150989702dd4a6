package dev.baton.importer.postman.script;

import org.mozilla.javascript.Token;
import org.mozilla.javascript.ast.ArrayLiteral;
import org.mozilla.javascript.ast.AstNode;
import org.mozilla.javascript.ast.ElementGet;
import org.mozilla.javascript.ast.FunctionCall;
import org.mozilla.javascript.ast.KeywordLiteral;
import org.mozilla.javascript.ast.Name;
import org.mozilla.javascript.ast.NumberLiteral;
import org.mozilla.javascript.ast.ObjectLiteral;
import org.mozilla.javascript.ast.ObjectProperty;
import org.mozilla.javascript.ast.PropertyGet;
import org.mozilla.javascript.ast.UnaryExpression;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the values scripts compare with: literals, and Postman variables read by name. */
final class Literals {

    /** The calls that read a Postman variable by name. */
    private static final Set<String> GETTERS = Set.of("pm.environment.get", "pm.variables.get",
            "pm.collectionVariables.get", "pm.globals.get", "pm.iterationData.get", "postman.getEnvironmentVariable",
            "postman.getGlobalVariable");
    /** The old sandbox's objects of variables: {@code environment.name}, {@code globals["name"]}. */
    private static final Set<String> SCOPES = Set.of("environment", "globals");

    private Literals() {
    }

    /** The value of a literal or variable read, or empty when the node is anything else. */
    static Optional<Value> of(AstNode node) {
        AstNode bare = Ast.bare(node);
        Optional<String> text = Ast.string(bare);
        if (text.isPresent()) {
            return Optional.of(new Value.Literal(text.get()));
        }
        if (bare instanceof FunctionCall call && call.getArguments().size() == 1
                && Ast.dotted(call.getTarget()).filter(GETTERS::contains).isPresent()) {
            return Ast.string(call.getArguments().get(0)).map(Value.Variable::new);
        }
        if (bare instanceof PropertyGet get && get.getTarget() instanceof Name scope
                && SCOPES.contains(scope.getIdentifier())) {
            return Optional.of(new Value.Variable(get.getProperty().getIdentifier()));
        }
        if (bare instanceof ElementGet get && get.getTarget() instanceof Name scope
                && SCOPES.contains(scope.getIdentifier())) {
            return Ast.string(get.getElement()).map(Value.Variable::new);
        }
        return json(bare).map(Value.Literal::new);
    }

    /** A literal as a JSON value. */
    private static Optional<Object> json(AstNode node) {
        AstNode bare = Ast.bare(node);
        Optional<String> text = Ast.string(bare);
        if (text.isPresent()) {
            return Optional.of(text.get());
        }
        if (bare instanceof NumberLiteral number) {
            return number(number.getValue(), false);
        }
        if (bare instanceof UnaryExpression unary && unary.getOperator() == Token.NEG
                && Ast.bare(unary.getOperand()) instanceof NumberLiteral number) {
            return number(number.getValue(), true);
        }
        if (bare instanceof KeywordLiteral keyword) {
            return keyword.getType() == Token.TRUE ? Optional.of(Boolean.TRUE)
                    : keyword.getType() == Token.FALSE ? Optional.of(Boolean.FALSE) : Optional.empty();
        }
        if (bare instanceof ArrayLiteral array) {
            List<Object> items = new ArrayList<>();
            for (AstNode element : array.getElements()) {
                Optional<Object> item = json(element);
                if (item.isEmpty()) {
                    return Optional.empty();
                }
                items.add(item.get());
            }
            return Optional.of(items);
        }
        if (bare instanceof ObjectLiteral object) {
            Map<String, Object> members = new LinkedHashMap<>();
            for (var element : object.getElements()) {
                if (!(element instanceof ObjectProperty property) || property.isMethod()) {
                    return Optional.empty();
                }
                Optional<String> key = property.getKey() instanceof Name name ? Optional.of(name.getIdentifier())
                        : Ast.string(property.getKey());
                Optional<Object> value = property.getValue() == null ? Optional.empty() : json(property.getValue());
                if (key.isEmpty() || value.isEmpty()) {
                    return Optional.empty();
                }
                members.put(key.get(), value.get());
            }
            return Optional.of(members);
        }
        return Optional.empty();
    }

    private static Optional<Object> number(String written, boolean negative) {
        try {
            String text = written.replace("_", "");
            BigDecimal value = text.startsWith("0x") || text.startsWith("0X")
                    ? new BigDecimal(new BigInteger(text.substring(2), 16)) : new BigDecimal(text);
            return Optional.of(negative ? value.negate() : value);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
