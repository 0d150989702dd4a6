package dev.baton.importer.postman.script;

import org.mozilla.javascript.Token;
import org.mozilla.javascript.ast.AstNode;
import org.mozilla.javascript.ast.ElementGet;
import org.mozilla.javascript.ast.FunctionCall;
import org.mozilla.javascript.ast.Name;
import org.mozilla.javascript.ast.ParenthesizedExpression;
import org.mozilla.javascript.ast.PropertyGet;
import org.mozilla.javascript.ast.StringLiteral;
import org.mozilla.javascript.ast.TemplateCharacters;
import org.mozilla.javascript.ast.TemplateLiteral;

import java.util.Optional;

/** Small readings of Rhino's syntax tree shared by the recognisers. */
final class Ast {

    private Ast() {
    }

    /** The node without the parentheses around it. */
    static AstNode bare(AstNode node) {
        AstNode current = node;
        while (current instanceof ParenthesizedExpression p) {
            current = p.getExpression();
        }
        return current;
    }

    /** The dotted name of {@code a.b.c} (names only), or empty. */
    static Optional<String> dotted(AstNode node) {
        AstNode bare = bare(node);
        if (bare instanceof Name name) {
            return Optional.of(name.getIdentifier());
        }
        if (bare instanceof PropertyGet get) {
            return dotted(get.getTarget()).map(t -> t + "." + get.getProperty().getIdentifier());
        }
        if (bare instanceof ElementGet get && string(get.getElement()).isPresent()) {
            return dotted(get.getTarget()).map(t -> t + "." + string(get.getElement()).get());
        }
        return Optional.empty();
    }

    /** Whether the node is a call of the dotted name {@code callee} with {@code arguments} arguments. */
    static boolean isCall(AstNode node, String callee, int arguments) {
        return bare(node) instanceof FunctionCall call && dotted(call.getTarget()).filter(callee::equals).isPresent()
                && call.getArguments().size() == arguments;
    }

    /** The called dotted name, or empty. */
    static Optional<String> callee(AstNode node) {
        return bare(node) instanceof FunctionCall call ? dotted(call.getTarget()) : Optional.empty();
    }

    /** The text of a string literal or of a template literal without substitutions. */
    static Optional<String> string(AstNode node) {
        AstNode bare = bare(node);
        if (bare instanceof StringLiteral literal) {
            return Optional.of(literal.getValue());
        }
        if (bare instanceof TemplateLiteral template) {
            StringBuilder text = new StringBuilder();
            for (AstNode element : template.getElements()) {
                if (!(element instanceof TemplateCharacters characters)) {
                    return Optional.empty();
                }
                text.append(characters.getValue());
            }
            return Optional.of(text.toString());
        }
        return Optional.empty();
    }

    /** Whether the node is an assignment {@code left = right}. */
    static boolean isAssignment(AstNode node) {
        return node.getType() == Token.ASSIGN;
    }
}
