package dev.baton.engine;

import dev.baton.http.UrlCheck;
import dev.baton.http.Urls;
import dev.baton.load.LoadException;
import dev.baton.load.SourceFile;
import dev.baton.model.Collection;
import dev.baton.model.OAuthRole;
import dev.baton.model.Position;
import dev.baton.model.Step;
import dev.baton.model.Text;
import dev.baton.template.Binding;
import dev.baton.template.Layer;
import dev.baton.template.References;
import dev.baton.template.Suggestions;
import dev.baton.template.Template;
import dev.baton.template.TemplateException;
import dev.baton.template.Variables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks, before a run, that every placeholder of a collection names a variable that will have a value when its
 * step runs. It walks the same model the engine runs: the variables an iteration starts with
 * ({@link RunVariables#beforeRun}), what the auth block defines, then step by step what each step sets
 * ({@link Step#sets()}), values only the run knows being pending. The values already known must also be ones
 * the step can use ({@link FilledValues}).
 */
final class ReferenceCheck {

    private final Collection collection;
    private final Variables variables;
    private final List<LoadException> problems = new ArrayList<>();
    private final Map<String, Long> sizes = new HashMap<>();
    private final Set<String> reported = new HashSet<>();
    private final FilledValues filled = new FilledValues(text -> staticValue(text, 0),
            (position, message) -> report(error(position, message)));

    /** @param variables the variables the collection's first iteration will start with */
    ReferenceCheck(Collection collection, Variables variables) {
        this.collection = collection;
        this.variables = variables;
    }

    List<LoadException> problems() {
        if (collection.auth() != null) {
            checkAll(collection.auth().texts());
            collection.auth().unmet(variables::isDefined)
                    .ifPresent(why -> report(error(collection.auth().position(), why)));
            setByTheRun(collection.auth().defines(), collection.auth().position());
        }
        for (Step step : collection.steps()) {
            checkUrl(step.request().url());
            checkFlowEnd(step);
            try {
                for (var use : References.of(step).entrySet()) {
                    check(use.getKey(), use.getValue(), new ArrayDeque<>());
                }
            } catch (TemplateException e) {
                problems.add(error(e.position(), e.getMessage()));
            }
            filled.check(step);
            setByTheRun(step.sets(), step.position());
        }
        return problems;
    }

    private void setByTheRun(List<String> names, Position where) {
        names.forEach(name -> variables.define(Layer.RUN, name, Binding.pending(where)));
    }

    /**
     * A URL whose value the files and options already tell (no capture, data field, built-in or value Baton sets
     * while running) must be one that can be sent.
     */
    private void checkUrl(Text url) {
        try {
            staticValue(url, 0).flatMap(UrlCheck::problem).ifPresent(problem -> report(error(url.position(), problem)));
        } catch (TemplateException e) {
            // reported where the placeholders are checked
        }
    }

    /**
     * An {@code oauth: authorize} step must say where its flow ends: a {@code redirect_uri} in its query or URL, or
     * the auth block's redirect URI. Told only when the URL's value is known before the run.
     */
    private void checkFlowEnd(Step step) {
        boolean inBlock = collection.auth() != null && collection.auth().redirectUri() != null;
        boolean inQuery = step.request().query().stream()
                .anyMatch(q -> q.name().equals("redirect_uri") || q.name().contains("<<"));
        if (step.oauth() != OAuthRole.AUTHORIZE || inBlock || inQuery) {
            return;
        }
        try {
            Optional<String> url = staticValue(step.request().url(), 0);
            if (url.isPresent() && !Urls.parameters(query(url.get())).containsKey("redirect_uri")) {
                report(error(step.position(), "cannot tell where the flow ends: add redirect_uri to the query, "
                        + "or redirectUri to the collection's auth block"));
            }
        } catch (TemplateException e) {
            // reported where the placeholders are checked
        }
    }

    private static String query(String url) {
        int start = url.indexOf('?');
        int end = url.indexOf('#');
        return start < 0 ? "" : url.substring(start + 1, end > start ? end : url.length());
    }

    /** The text with its placeholders filled from what is known before the run, or empty if that is not all. */
    private Optional<String> staticValue(Text text, int depth) throws TemplateException {
        StringBuilder out = new StringBuilder();
        for (Template.Part part : Template.parse(text).parts()) {
            if (!part.isVariable()) {
                out.append(part.literal());
                continue;
            }
            Optional<Binding> binding = variables.binding(part.variable());
            if (binding.isEmpty() || binding.get().pending() || binding.get().problem() != null
                    || !part.functions().isEmpty() || depth > Variables.MAX_DEPTH) {
                return Optional.empty();
            }
            Optional<String> value = binding.get().templated() ? staticValue(binding.get().value(), depth + 1)
                    : Optional.of(binding.get().value().raw());
            if (value.isEmpty()) {
                return value;
            }
            out.append(value.get());
        }
        return Optional.of(out.toString());
    }

    private void checkAll(List<Text> texts) {
        for (Text text : texts) {
            try {
                for (Template.Part part : Template.parse(text).placeholders()) {
                    check(part.variable(), part.position(), new ArrayDeque<>());
                }
            } catch (TemplateException e) {
                problems.add(error(e.position(), e.getMessage()));
            }
        }
    }

    /** Checks a use of a variable and returns how long its value may grow, as far as the files tell. */
    private long check(String name, Position usedAt, Deque<String> path) throws TemplateException {
        if (!variables.isDefined(name)) {
            String later = laterStep(name);
            report(error(usedAt, "undefined variable '" + name + "'" + (later != null
                    ? "; it is captured only later, by step '" + later + "'"
                    : Suggestions.didYouMean(name, variables.names()).map(s -> "; did you mean '" + s + "'?")
                    .orElse(""))));
            return 0;
        }
        Binding binding = variables.binding(name).orElse(null);
        if (binding == null || binding.pending()) {
            return 0;
        }
        if (binding.problem() != null) {
            report(error(usedAt, "variable '" + name + "' has no value: " + binding.problem()));
            return 0;
        }
        if (!binding.templated()) {
            return 0;
        }
        Text value = binding.value();
        if (path.contains(name)) {
            List<String> chain = new ArrayList<>(path);
            List<String> cycle = chain.subList(chain.indexOf(name), chain.size());
            report(error(value.position(), "variable '" + name + "' refers to itself: "
                    + String.join(" -> ", cycle) + " -> " + name));
            return 0;
        }
        if (sizes.containsKey(name)) {
            return sizes.get(name);
        }
        if (path.size() >= Variables.MAX_DEPTH) {
            report(error(usedAt, "variables refer to each other more than " + Variables.MAX_DEPTH + " deep"));
            return 0;
        }
        path.addLast(name);
        long size = value.raw().length();
        for (Template.Part part : Template.parse(value).placeholders()) {
            size += check(part.variable(), part.position(), path);
        }
        path.removeLast();
        sizes.put(name, size);
        if (size > Template.MAX_LENGTH) {
            report(error(value.position(), "variable '" + name + "' would grow to more than "
                    + Template.MAX_LENGTH / (1024 * 1024) + " MiB"));
        }
        return size;
    }

    private void report(LoadException problem) {
        if (reported.add(problem.position() + problem.getMessage())) {
            problems.add(problem);
        }
    }

    /** The first step that sets the variable, if any. */
    private String laterStep(String name) {
        return collection.steps().stream().filter(step -> step.sets().contains(name)).map(Step::name).findFirst()
                .orElse(null);
    }

    private static LoadException error(Position position, String message) {
        try {
            return new SourceFile(position.file(), Files.readString(Path.of(position.file()))).hidingSecrets()
                    .error(position, message);
        } catch (IOException | RuntimeException e) {
            return new LoadException(position, null, message);
        }
    }
}
