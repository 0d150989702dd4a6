package dev.baton.engine;

import dev.baton.load.CollectionLoader;
import dev.baton.load.EnvironmentLoader;
import dev.baton.load.LoadException;
import dev.baton.load.SourceFile;
import dev.baton.model.Capture;
import dev.baton.model.Collection;
import dev.baton.model.Environment;
import dev.baton.model.EnvironmentVariable;
import dev.baton.model.OAuthRole;
import dev.baton.model.Position;
import dev.baton.model.Step;
import dev.baton.model.Text;
import dev.baton.template.Builtins;
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
import java.util.TreeSet;

/**
 * Loads every collection and the environment and checks, without sending anything, that every placeholder
 * names a variable that will have a value when the step runs.
 */
public final class Preflight {

    private final EnvironmentLoader environments;

    public Preflight(EnvironmentLoader environments) {
        this.environments = environments;
    }

    /** What was loaded, every problem found, and warnings such as a secret too short to be masked. */
    public record Result(List<Collection> collections, Environment environment, List<LoadException> problems,
                         List<String> warnings) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public Result check(List<Path> files, RunSettings settings, StepSelection selection) {
        List<LoadException> problems = new ArrayList<>();
        List<Collection> collections = new ArrayList<>();
        CollectionLoader loader = new CollectionLoader();
        List<Iteration> iterations = List.of(Iteration.SINGLE);
        boolean dataLoaded = true;
        try {
            iterations = Iterations.of(settings);
        } catch (LoadException e) {
            problems.add(e);
            dataLoaded = false;
        }
        List<Collection> all = new ArrayList<>();
        for (Path file : files) {
            try {
                Collection collection = loader.load(file);
                all.add(collection);
                Collection chosen = selection.select(collection);
                if (!chosen.steps().isEmpty()) {
                    collections.add(chosen);
                }
            } catch (LoadException e) {
                problems.add(e);
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(Selection.problems(all, selection));
        }
        Environment environment;
        try {
            environment = RunResources.environment(settings, files, environments);
        } catch (LoadException e) {
            problems.add(e);
            return new Result(collections, Environment.none(), problems, List.of());
        }
        if (!dataLoaded) {
            return new Result(collections, environment, problems, List.of());
        }
        Set<String> dataFields = iterations.get(0).data().keySet();
        for (Collection collection : collections) {
            problems.addAll(new References(collection, environment, settings, dataFields).undefined());
        }
        return new Result(collections, environment, problems,
                ShortSecrets.warnings(collections, environment, settings, iterations));
    }

    /** The reference check of one collection. */
    private static final class References {
        private final Collection collection;
        private final Map<String, Text> templated = new HashMap<>();
        private final Map<String, String> literal = new HashMap<>();
        private final Map<String, String> missing = new HashMap<>();
        private final Set<String> defined = new HashSet<>(Builtins.NAMES);
        private final List<LoadException> problems = new ArrayList<>();
        private final Map<String, Long> sizes = new HashMap<>();
        private final Set<String> reported = new HashSet<>();

        References(Collection collection, Environment environment, RunSettings settings, Set<String> dataFields) {
            this.collection = collection;
            templated.putAll(collection.vars());
            defined.addAll(collection.vars().keySet());
            defined.addAll(dataFields);
            for (EnvironmentVariable v : environment.variables()) {
                defined.add(v.name());
                templated.remove(v.name());
                if (v.problem() != null) {
                    missing.put(v.name(), v.problem());
                } else if (v.templated()) {
                    templated.put(v.name(), v.value());
                } else if (v.value() != null) {
                    literal.put(v.name(), v.value().raw());
                }
            }
            if (environment.sandbox()) {
                defined.add(RunResources.SANDBOX_URL);
            }
            if (collection.auth() != null) {
                defined.addAll(collection.auth().defines());
            }
            for (String name : dataFields) {
                templated.remove(name);
                missing.remove(name);
                literal.remove(name);
            }
            for (var given : settings.variables().entrySet()) {
                defined.add(given.getKey());
                templated.remove(given.getKey());
                missing.remove(given.getKey());
                literal.put(given.getKey(), given.getValue());
            }
        }

        List<LoadException> undefined() {
            if (collection.auth() != null) {
                checkAll(collection.auth().texts());
            }
            Set<String> captured = new HashSet<>();
            for (Step step : collection.steps()) {
                checkUrl(step.request().url(), captured);
                try {
                    for (var use : dev.baton.template.References.of(step).entrySet()) {
                        check(use.getKey(), use.getValue(), new ArrayDeque<>());
                    }
                } catch (TemplateException e) {
                    problems.add(error(e.position(), e.getMessage()));
                }
                step.captures().stream().map(Capture::variable).forEach(defined::add);
                step.captures().stream().map(Capture::variable).forEach(captured::add);
                if (step.oauth() == OAuthRole.AUTHORIZE) {
                    defined.addAll(AuthorizationStep.VARIABLES);
                    captured.addAll(AuthorizationStep.VARIABLES);
                }
            }
            return problems;
        }

        /**
         * A URL whose value the files and options already tell (no capture, data field, built-in or value Baton sets
         * while running) must be one that can be sent.
         */
        private void checkUrl(Text url, Set<String> captured) {
            try {
                staticValue(url, captured, 0).flatMap(dev.baton.http.UrlCheck::problem)
                        .ifPresent(problem -> report(error(url.position(), problem)));
            } catch (TemplateException e) {
                // reported where the placeholders are checked
            }
        }

        /** The text with its placeholders filled from what is known before the run, or empty if that is not all. */
        private Optional<String> staticValue(Text text, Set<String> captured, int depth)
                throws TemplateException {
            StringBuilder out = new StringBuilder();
            for (Template.Part part : Template.parse(text).parts()) {
                if (!part.isVariable()) {
                    out.append(part.literal());
                    continue;
                }
                String name = part.variable();
                if (captured.contains(name) || missing.containsKey(name) || !part.functions().isEmpty()
                        || depth > Variables.MAX_DEPTH) {
                    return Optional.empty();
                }
                Optional<String> value = literal.containsKey(name) ? Optional.of(literal.get(name))
                        : templated.containsKey(name) ? staticValue(templated.get(name), captured, depth + 1)
                        : Optional.empty();
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
            if (!defined.contains(name)) {
                Set<String> known = new TreeSet<>(defined);
                known.removeAll(Builtins.NAMES);
                String later = laterCapture(name);
                report(error(usedAt, "undefined variable '" + name + "'" + (later != null
                        ? "; it is captured only later, by step '" + later + "'"
                        : Suggestions.didYouMean(name, known).map(s -> "; did you mean '" + s + "'?").orElse(""))));
                return 0;
            }
            if (missing.containsKey(name)) {
                report(error(usedAt, "variable '" + name + "' has no value: " + missing.get(name)));
                return 0;
            }
            Text value = templated.get(name);
            if (value == null) {
                return 0;
            }
            if (path.contains(name)) {
                List<String> cycle = new ArrayList<>(path).subList(new ArrayList<>(path).indexOf(name), path.size());
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

        private String laterCapture(String name) {
            for (Step step : collection.steps()) {
                if (step.captures().stream().anyMatch(c -> c.variable().equals(name))
                        || (step.oauth() == OAuthRole.AUTHORIZE && AuthorizationStep.VARIABLES.contains(name))) {
                    return step.name();
                }
            }
            return null;
        }

        private static LoadException error(Position position, String message) {
            return new LoadException(position, lineAt(position), message);
        }

        private static String lineAt(Position position) {
            try {
                return new SourceFile(position.file(), Files.readString(Path.of(position.file()))).hidingSecrets()
                        .line(position.line());
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }
}
