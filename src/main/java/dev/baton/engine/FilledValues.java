package dev.baton.engine;

import dev.baton.check.Queries;
import dev.baton.http.HeaderNames;
import dev.baton.model.Condition;
import dev.baton.model.Expectation;
import dev.baton.model.NamedText;
import dev.baton.model.Operator;
import dev.baton.model.Position;
import dev.baton.model.Query;
import dev.baton.model.Step;
import dev.baton.model.Text;
import dev.baton.template.Template;
import dev.baton.template.TemplateException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The checks the loader runs on a literal query argument, regex, status or header name, run before the run on the
 * value that placeholders give it when that value is already known (from {@code --var}, an environment, the
 * collection's vars): {@code --var jp='$..['} in {@code json: {"<<jp>>": 1}} is found before anything is sent, at
 * the placeholder. Values only the run knows (captures, data rows not yet read) are checked when the step runs.
 */
final class FilledValues {

    /** The value of a text whose placeholders are all known before the run, or empty. */
    @FunctionalInterface
    interface Known {
        Optional<String> value(Text text) throws TemplateException;
    }

    private final Known known;
    private final BiConsumer<Position, String> problems;

    FilledValues(Known known, BiConsumer<Position, String> problems) {
        this.known = known;
        this.problems = problems;
    }

    void check(Step step) {
        for (NamedText header : step.request().headers()) {
            filled(header.nameText()).ifPresent(name -> HeaderNames.problem(name)
                    .ifPresent(problem -> report(header.nameText(), problem)));
        }
        for (var capture : step.captures()) {
            argument(capture.query(), "capture " + capture.variable());
        }
        List<Expectation> expectations = new ArrayList<>(step.expectations());
        if (step.retry() != null) {
            expectations.addAll(step.retry().until());
        }
        for (Expectation expectation : expectations) {
            argument(expectation.query(), "expect " + expectation.label());
            conditions(expectation.conditions(), expectation.query().kind().equals("status"),
                    "expect " + expectation.label());
        }
    }

    private void argument(Query query, String what) {
        Text argument = query.argument();
        if (argument == null) {
            return;
        }
        filled(argument).ifPresent(value -> Queries.byKey(query.kind()).flatMap(kind -> kind.problem(value))
                .ifPresent(problem -> report(argument, what + ": " + problem.message())));
    }

    private void conditions(List<Condition> conditions, boolean status, String what) {
        for (Condition condition : conditions) {
            List<Text> values = new ArrayList<>(condition.options());
            if (condition.expected() != null) {
                values.add(condition.expected());
            }
            for (Text value : values) {
                if (status && (condition.operator() == Operator.EQUALS || condition.operator() == Operator.NOT)) {
                    filled(value).filter(v -> !v.strip().matches("[1-9][0-9]{2}")).ifPresent(v -> report(value,
                            "status must be a three-digit status code such as 200, found '" + v + "'"));
                }
                if (condition.operator() == Operator.MATCHES) {
                    filled(value).ifPresent(regex -> regexProblem(regex).ifPresent(problem -> report(value,
                            what + " matches '" + regex + "', which is not a valid regular expression: " + problem)));
                }
            }
            conditions(condition.nested(), false, what);
        }
    }

    private static Optional<String> regexProblem(String regex) {
        try {
            Pattern.compile(regex);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of(e.getDescription());
        }
    }

    /** The value of a text that holds placeholders, when every one of them is known before the run. */
    private Optional<String> filled(Text text) {
        if (!text.raw().contains("<<")) {
            return Optional.empty();
        }
        try {
            return known.value(text);
        } catch (TemplateException e) {
            return Optional.empty();
        }
    }

    /** Reports at the text's first placeholder, which is where the value came in. */
    private void report(Text text, String message) {
        Position at = text.position();
        try {
            List<Template.Part> placeholders = Template.parse(text).placeholders();
            if (!placeholders.isEmpty()) {
                at = placeholders.get(0).position();
            }
        } catch (TemplateException e) {
            // the text's own position, then
        }
        problems.accept(at, message + " (from " + source(text) + ")");
    }

    private static String source(Text text) {
        try {
            return String.join(", ", Template.parse(text).placeholders().stream()
                    .map(p -> "<<" + p.variable() + ">>").distinct().toList());
        } catch (TemplateException e) {
            return text.raw();
        }
    }
}
