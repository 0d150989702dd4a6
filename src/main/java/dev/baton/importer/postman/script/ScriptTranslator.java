package dev.baton.importer.postman.script;

import org.mozilla.javascript.CompilerEnvirons;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ErrorReporter;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.Parser;
import org.mozilla.javascript.ast.AstNode;
import org.mozilla.javascript.ast.AstRoot;
import org.mozilla.javascript.ast.Block;
import org.mozilla.javascript.ast.ElementGet;
import org.mozilla.javascript.ast.EmptyStatement;
import org.mozilla.javascript.ast.ExpressionStatement;
import org.mozilla.javascript.ast.FunctionCall;
import org.mozilla.javascript.ast.FunctionNode;
import org.mozilla.javascript.ast.InfixExpression;
import org.mozilla.javascript.ast.Name;
import org.mozilla.javascript.ast.PropertyGet;
import org.mozilla.javascript.ast.ReturnStatement;
import org.mozilla.javascript.ast.VariableDeclaration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Translates a Postman test script into Baton checks and captures. The script is parsed with Mozilla Rhino's
 * JavaScript parser (ES2015 and later syntax), and each statement is recognised by its shape: {@code pm.test(name,
 * fn)} with Chai assertions inside, the old sandbox's {@code tests[name] = expression}, {@code pm.environment.set(name,
 * <response read>)} and aliases such as {@code const json = pm.response.json()}. A statement that is not understood
 * whole is not translated: its lines are returned to be kept as comments.
 */
public final class ScriptTranslator {

    /** The calls that set a variable from a value: each becomes a capture when the value is read from the response. */
    private static final Set<String> SETTERS = Set.of("pm.environment.set", "pm.collectionVariables.set",
            "pm.globals.set", "pm.variables.set", "postman.setEnvironmentVariable", "postman.setGlobalVariable");

    private final String script;
    private final List<String> lines;
    private final ResponseReads reads = new ResponseReads();
    private final Chains chains = new Chains(reads);
    private final LegacyTests legacy = new LegacyTests(reads);
    private final List<Check> checks = new ArrayList<>();
    private final List<Grab> grabs = new ArrayList<>();
    private final Set<Integer> untranslated = new TreeSet<>();
    private final Map<String, Boolean> tests = new LinkedHashMap<>();

    private ScriptTranslator(String script) {
        this.script = script;
        this.lines = List.of(script.split("\r\n|\r|\n", -1));
    }

    /** Translates a test script (the lines of Postman's {@code exec}, joined). */
    public static ScriptTranslation tests(String script) {
        return new ScriptTranslator(script).translate(true);
    }

    /**
     * Reads a pre-request script: it runs before the request, so nothing in it can be an expectation or a capture of
     * the response; every line of code is kept as a comment.
     */
    public static ScriptTranslation preRequest(String script) {
        return new ScriptTranslator(script).translate(false);
    }

    private ScriptTranslation translate(boolean afterResponse) {
        AstRoot root;
        try {
            root = parse(script);
        } catch (EvaluatorException e) {
            for (int i = 1; i <= lines.size(); i++) {
                untranslated.add(i);
            }
            return result("the script is not valid JavaScript (line " + e.lineNumber() + ": " + e.details() + ")");
        }
        for (var node : root) {
            AstNode statement = (AstNode) node;
            if (!afterResponse || !topLevel(statement)) {
                keep(statement);
            }
        }
        return result(null);
    }

    private ScriptTranslation result(String problem) {
        List<ScriptLine> kept = new ArrayList<>();
        for (int line : untranslated) {
            String text = line <= lines.size() ? lines.get(line - 1) : "";
            if (!text.isBlank() && !text.strip().startsWith("//")) {
                kept.add(new ScriptLine(line, text));
            }
        }
        return new ScriptTranslation(checks, grabs, kept, tests, problem);
    }

    static AstRoot parse(String source) {
        CompilerEnvirons environment = new CompilerEnvirons();
        environment.setLanguageVersion(Context.VERSION_ECMASCRIPT);
        environment.setRecordingComments(false);
        environment.setStrictMode(false);
        environment.setIdeMode(false);
        ErrorReporter reporter = new ErrorReporter() {
            @Override
            public void warning(String message, String sourceName, int line, String lineSource, int lineOffset) {
            }

            @Override
            public void error(String message, String sourceName, int line, String lineSource, int lineOffset) {
                throw new EvaluatorException(message, sourceName, line, lineSource, lineOffset);
            }

            @Override
            public EvaluatorException runtimeError(String message, String sourceName, int line, String lineSource,
                                                   int lineOffset) {
                return new EvaluatorException(message, sourceName, line, lineSource, lineOffset);
            }
        };
        return new Parser(environment, reporter).parse(source, "script", 1);
    }

    /** Translates a statement of the script's top level; false when it is not understood whole. */
    private boolean topLevel(AstNode statement) {
        if (statement instanceof EmptyStatement) {
            return true;
        }
        if (statement instanceof VariableDeclaration declaration) {
            return reads.declare(declaration);
        }
        if (!(statement instanceof ExpressionStatement expressionStatement)) {
            return false;
        }
        AstNode expression = Ast.bare(expressionStatement.getExpression());
        if (expression instanceof FunctionCall call && Ast.dotted(call.getTarget()).filter("pm.test"::equals)
                .isPresent()) {
            return test(call);
        }
        if (Ast.isAssignment(expression) && expression instanceof InfixExpression assignment) {
            Optional<String> name = testName(assignment.getLeft());
            if (name.isPresent()) {
                Optional<List<Check>> made = legacy.checks(assignment.getRight(), name.get(), line(statement));
                made.ifPresent(checks::addAll);
                tests.merge(name.get(), made.isPresent(), Boolean::logicalAnd);
                return made.isPresent();
            }
        }
        return inner(statement, null);
    }

    /** {@code pm.test(name, function () {...})}: each statement inside is translated or kept on its own. */
    private boolean test(FunctionCall call) {
        List<AstNode> arguments = call.getArguments();
        Optional<String> name = arguments.isEmpty() ? Optional.empty() : Ast.string(arguments.get(0));
        if (name.isEmpty() || arguments.size() != 2 || !(Ast.bare(arguments.get(1)) instanceof FunctionNode function)
                || function.getParams().size() > 1) {
            return false;
        }
        List<AstNode> body = statements(function.getBody());
        List<AstNode> kept = new ArrayList<>();
        int before = checks.size();
        for (AstNode statement : body) {
            if (!inner(statement, name.get())) {
                kept.add(statement);
            }
        }
        boolean whole = kept.isEmpty();
        tests.merge(name.get(), whole && checks.size() > before, Boolean::logicalAnd);
        if (kept.size() == body.size()) {
            checks.subList(before, checks.size()).clear();
            return false;
        }
        kept.forEach(this::keep);
        return true;
    }

    /** A statement inside a test (or an assertion or capture outside one). */
    private boolean inner(AstNode statement, String test) {
        if (statement instanceof EmptyStatement) {
            return true;
        }
        if (statement instanceof VariableDeclaration declaration) {
            return reads.declare(declaration);
        }
        AstNode expression;
        if (statement instanceof ExpressionStatement expressionStatement) {
            expression = expressionStatement.getExpression();
        } else if (statement instanceof ReturnStatement ret && ret.getReturnValue() != null) {
            expression = ret.getReturnValue();
        } else {
            return false;
        }
        if (grab(expression, line(statement))) {
            return true;
        }
        String name = test != null ? test : source(statement).strip();
        Optional<List<Check>> made = chains.checks(expression, name, line(statement));
        made.ifPresent(checks::addAll);
        return made.isPresent();
    }

    /** {@code pm.environment.set("token", pm.response.json().token)} and the like. */
    private boolean grab(AstNode expression, int line) {
        if (!(Ast.bare(expression) instanceof FunctionCall call) || call.getArguments().size() != 2
                || Ast.dotted(call.getTarget()).filter(SETTERS::contains).isEmpty()) {
            return false;
        }
        Optional<String> variable = Ast.string(call.getArguments().get(0));
        Optional<Source> source = reads.of(call.getArguments().get(1));
        if (variable.isEmpty() || source.isEmpty() || source.get() instanceof Source.Response
                || source.get() instanceof Source.Duration || source.get() instanceof Source.Json json
                && json.length()) {
            return false;
        }
        grabs.add(new Grab(variable.get(), source.get(), line));
        return true;
    }

    /** {@code tests["name"]} or {@code tests.name}. */
    private static Optional<String> testName(AstNode target) {
        AstNode bare = Ast.bare(target);
        if (bare instanceof ElementGet get && get.getTarget() instanceof Name name
                && name.getIdentifier().equals("tests")) {
            return Ast.string(get.getElement());
        }
        if (bare instanceof PropertyGet get && get.getTarget() instanceof Name name
                && name.getIdentifier().equals("tests")) {
            return Optional.of(get.getProperty().getIdentifier());
        }
        return Optional.empty();
    }

    private static List<AstNode> statements(AstNode body) {
        List<AstNode> statements = new ArrayList<>();
        if (body instanceof Block || body instanceof org.mozilla.javascript.ast.Scope) {
            for (var node : body) {
                statements.add((AstNode) node);
            }
        } else if (body != null) {
            statements.add(body);
        }
        return statements;
    }

    private void keep(AstNode statement) {
        int first = line(statement);
        int last = first + (int) source(statement).chars().filter(c -> c == '\n').count();
        for (int line = first; line <= last; line++) {
            untranslated.add(line);
        }
    }

    private static int line(AstNode node) {
        return node.getLineno();
    }

    private String source(AstNode node) {
        int start = Math.max(0, Math.min(script.length(), node.getAbsolutePosition()));
        int end = Math.max(start, Math.min(script.length(), start + node.getLength()));
        return script.substring(start, end);
    }
}
