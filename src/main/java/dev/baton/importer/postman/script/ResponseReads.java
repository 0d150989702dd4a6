package dev.baton.importer.postman.script;

import org.mozilla.javascript.ast.AstNode;
import org.mozilla.javascript.ast.ElementGet;
import org.mozilla.javascript.ast.FunctionCall;
import org.mozilla.javascript.ast.Name;
import org.mozilla.javascript.ast.NumberLiteral;
import org.mozilla.javascript.ast.PropertyGet;
import org.mozilla.javascript.ast.VariableDeclaration;
import org.mozilla.javascript.ast.VariableInitializer;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises what part of the response an expression reads, in the sandbox's current ({@code pm.response...}) and
 * old ({@code responseBody}, {@code responseCode.code}) forms, through the script's aliases such as
 * {@code const jsonData = pm.response.json();}.
 */
final class ResponseReads {

    private static final Set<String> HEADER_GETTERS = Set.of("pm.response.headers.get", "postman.getResponseHeader");
    private static final Set<String> COOKIE_GETTERS = Set.of("pm.cookies.get", "pm.response.cookies.get");

    private final Map<String, Source> aliases = new HashMap<>();

    /**
     * Takes {@code var a = <response read>, b = ...} as aliases.
     *
     * @return whether every declared name is an alias of a response read (the declaration is then translated)
     */
    boolean declare(VariableDeclaration declaration) {
        List<VariableInitializer> variables = declaration.getVariables();
        Map<String, Source> found = new HashMap<>();
        for (VariableInitializer variable : variables) {
            if (!(variable.getTarget() instanceof Name name) || variable.getInitializer() == null) {
                return false;
            }
            Optional<Source> source = of(variable.getInitializer());
            if (source.isEmpty() || source.get() instanceof Source.Json json && json.length()) {
                return false;
            }
            found.put(name.getIdentifier(), source.get());
        }
        aliases.putAll(found);
        return true;
    }

    /** What the expression reads of the response, or empty when it is something else. */
    Optional<Source> of(AstNode node) {
        AstNode bare = Ast.bare(node);
        if (bare instanceof Name name) {
            return switch (name.getIdentifier()) {
                case "responseBody" -> Optional.of(new Source.Body());
                case "responseTime" -> Optional.of(new Source.Duration());
                default -> Optional.ofNullable(aliases.get(name.getIdentifier()));
            };
        }
        if (bare instanceof FunctionCall call) {
            return call(call);
        }
        if (bare instanceof PropertyGet get) {
            Optional<String> dotted = Ast.dotted(get);
            if (dotted.isPresent()) {
                switch (dotted.get()) {
                    case "pm.response" -> {
                        return Optional.of(new Source.Response());
                    }
                    case "pm.response.code", "responseCode.code" -> {
                        return Optional.of(new Source.Status());
                    }
                    case "pm.response.responseTime" -> {
                        return Optional.of(new Source.Duration());
                    }
                    default -> {
                    }
                }
            }
            String property = get.getProperty().getIdentifier();
            if (property.equals("value") && Ast.isCall(get.getTarget(), "postman.getResponseCookie", 1)) {
                return Ast.string(((FunctionCall) Ast.bare(get.getTarget())).getArguments().get(0))
                        .map(Source.Cookie::new);
            }
            Optional<Source> target = of(get.getTarget());
            if (target.isPresent() && target.get() instanceof Source.Json json && !json.length()) {
                return Optional.of(property.equals("length") ? json.lengthOf() : json.member(property));
            }
            return Optional.empty();
        }
        if (bare instanceof ElementGet get) {
            Optional<Source> target = of(get.getTarget());
            if (Ast.dotted(get.getTarget()).filter("responseHeaders"::equals).isPresent()) {
                return Ast.string(get.getElement()).map(Source.Header::new);
            }
            if (target.isEmpty() || !(target.get() instanceof Source.Json json) || json.length()) {
                return Optional.empty();
            }
            Optional<String> key = Ast.string(get.getElement());
            if (key.isPresent()) {
                return Optional.of(json.member(key.get()));
            }
            if (Ast.bare(get.getElement()) instanceof NumberLiteral number) {
                BigDecimal index = new BigDecimal(number.getValue());
                if (index.signum() >= 0 && index.stripTrailingZeros().scale() <= 0) {
                    return Optional.of(json.index(index.longValueExact()));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Source> call(FunctionCall call) {
        Optional<String> callee = Ast.dotted(call.getTarget());
        List<AstNode> arguments = call.getArguments();
        if (callee.isEmpty()) {
            return Optional.empty();
        }
        String name = callee.get();
        if (arguments.isEmpty()) {
            return switch (name) {
                case "pm.response.json" -> Optional.of(new Source.Json("$", false));
                case "pm.response.text" -> Optional.of(new Source.Body());
                default -> Optional.empty();
            };
        }
        if (arguments.size() != 1) {
            return Optional.empty();
        }
        if (name.equals("JSON.parse") && of(arguments.get(0)).filter(s -> s instanceof Source.Body).isPresent()) {
            return Optional.of(new Source.Json("$", false));
        }
        if (HEADER_GETTERS.contains(name)) {
            return Ast.string(arguments.get(0)).map(Source.Header::new);
        }
        if (COOKIE_GETTERS.contains(name)) {
            return Ast.string(arguments.get(0)).map(Source.Cookie::new);
        }
        return Optional.empty();
    }
}
