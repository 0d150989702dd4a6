package dev.baton.importer.postman;

import dev.baton.importer.SignIn;
import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.importer.ImportReport;
import dev.baton.importer.ImportedFile;
import dev.baton.importer.Slugs;
import dev.baton.importer.yaml.YamlMap;
import dev.baton.importer.yaml.YamlWriter;
import dev.baton.load.LoadException;
import dev.baton.model.DisplayPath;
import dev.baton.secret.CredentialShapes;
import dev.baton.secret.SecretNames;
import dev.baton.template.Builtins;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * {@code baton import postman}: a Postman collection (format v2.0 or v2.1) and its environments as Baton collections
 * and environment files. Folders become one collection each (or tags of one collection); when a folder needs a
 * variable that a request of another folder captures, the import makes tags instead, since captures do not cross
 * collections. Nothing is written here: the caller writes the files, after checking them with Baton's loader.
 */
public final class PostmanImporter {

    /** How folders carry over. */
    public enum Folders {
        /** One collection per folder, named by its path. */
        COLLECTIONS,
        /** One collection; each step tagged with its folders. */
        TAGS
    }

    /**
     * What to import besides the collection.
     *
     * @param environments Postman environment exports
     * @param folders      how folders carry over
     */
    public record Options(List<Path> environments, Folders folders) {
    }

    /**
     * What the import made.
     *
     * @param files   the collections and environments to write (the report is not among them)
     * @param report  what carried over and what did not
     * @param secrets every secret value met, to be masked in whatever is printed
     * @param toGive  the variables the collections use that environments or the user must give
     * @param tests   how each Postman test carried over, by step
     */
    public record Result(List<ImportedFile> files, ImportReport report, Set<String> secrets, Set<String> toGive,
                         List<TestLink> tests) {
    }

    private static final String HIDDEN = "(value hidden)";

    private final PostmanCollectionFile collection;
    private final List<PostmanEnvironmentFile> environments;
    private final Options options;
    private final ImportReport report;
    private final VariableNames names = new VariableNames();
    private final PostmanText text;
    private final PulledSecrets secrets = new PulledSecrets(names);
    private final Map<ItemWalker.Script, dev.baton.importer.postman.script.ScriptTranslation> translations =
            new HashMap<>();
    private final YamlMap vars = YamlMap.block();

    private PostmanImporter(PostmanCollectionFile collection, List<PostmanEnvironmentFile> environments,
                            Options options, String shown) {
        this.collection = collection;
        this.environments = environments;
        this.options = options;
        this.report = new ImportReport("Postman collection '" + collection.name() + "' (" + shown + ", format v"
                + collection.version() + ")");
        this.text = new PostmanText(names, report::note);
    }

    /** Reads the collection and environments and maps them; a file that is not what it should be is a load error. */
    public static Result read(Path file, Options options) throws LoadException {
        PostmanCollectionFile collection = PostmanCollectionFile.read(file);
        List<PostmanEnvironmentFile> environments = new ArrayList<>();
        for (Path environment : options.environments()) {
            environments.add(PostmanEnvironmentFile.read(environment));
        }
        return new PostmanImporter(collection, environments, options, DisplayPath.of(file)).map();
    }

    private Result map() throws LoadException {
        registerNames();
        collectionVariables();
        List<ItemWalker.Entry> entries = ItemWalker.walk(collection.tree(), collection.name(), report);
        if (entries.isEmpty()) {
            throw collection.tree().error(collection.tree().root(), "item", "the collection has no requests");
        }
        Map<List<String>, List<ItemWalker.Entry>> groups = groups(entries);
        List<ImportedFile> files = new ArrayList<>();
        List<TestLink> tests = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        Set<String> captured = new HashSet<>();
        boolean signsIn = false;
        int number = 1;
        for (var group : groups.entrySet()) {
            Assembled assembled = assemble(group.getKey(), group.getValue());
            if (assembled == null) {
                continue;
            }
            String file = (groups.size() > 1 ? String.format("%02d-", number++) : "")
                    + Slugs.of(assembled.name(), "collection") + ".yaml";
            files.add(new ImportedFile(file, ImportedFile.Kind.COLLECTION, YamlWriter.write(assembled.header(),
                    assembled.yaml())));
            report.written(file, "collection", assembled.name(), assembled.steps());
            tests.addAll(assembled.tests());
            used.addAll(assembled.used());
            captured.addAll(assembled.captured());
            signsIn |= assembled.signsIn();
        }
        if (files.isEmpty()) {
            throw collection.tree().error(collection.tree().root(), "item", "none of the collection's requests can "
                    + "be sent by Baton: " + report.leftOutParts().stream().map(l -> l.item() + " (" + l.reason()
                    + ")").distinct().limit(5).toList());
        }
        files.addAll(environmentFiles(signsIn));
        Set<String> toGive = new LinkedHashSet<>(used);
        toGive.removeAll(captured);
        toGive.removeAll(vars.entries().keySet());
        toGive.removeIf(n -> n.startsWith("oauth.") || n.startsWith("pkce.") || Builtins.NAMES.contains(n));
        Set<String> inEnvironments = new HashSet<>(secrets.osNames().keySet());
        for (PostmanEnvironmentFile environment : environments) {
            environment.values().forEach(v -> inEnvironments.add(names.of(v.key())));
        }
        if (signsIn) {
            inEnvironments.add(SignIn.USERNAME);
            inEnvironments.add(SignIn.PASSWORD);
        }
        toGive.removeAll(inEnvironments);
        toGive.forEach(report::undefined);
        names.renamed().forEach((from, to) -> report.note("Postman variable '" + from + "' is '" + to + "' in Baton, "
                + "whose names are letters, digits, _ . - and $"));
        Set<String> masked = new LinkedHashSet<>(secrets.values());
        return new Result(files, report, masked, toGive, tests);
    }

    /** Every variable name in the files, so that names the importer makes never take a Postman name. */
    private void registerNames() {
        List<JsonNode> roots = new ArrayList<>(List.of(collection.tree().root()));
        for (JsonNode node : roots) {
            register(node);
        }
        collection.tree().root().path("variable").forEach(v -> {
            if (v.path("key").isTextual()) {
                names.of(v.get("key").asText());
            }
        });
        environments.forEach(e -> e.values().forEach(v -> names.of(v.key())));
    }

    private void register(JsonNode node) {
        if (node.isTextual()) {
            Matcher m = PostmanText.PLACEHOLDER.matcher(node.asText());
            while (m.find()) {
                String name = m.group(1).strip();
                if (!name.isEmpty() && !name.startsWith("$")) {
                    names.of(name);
                }
            }
        }
        node.forEach(this::register);
    }

    /** Collection variables become {@code vars}; secret ones are read from the OS by the environments instead. */
    private void collectionVariables() {
        for (JsonNode variable : PostmanUrl.array(collection.tree().root().get("variable"))) {
            if (!variable.path("key").isTextual()) {
                continue;
            }
            String key = variable.get("key").asText();
            if (PostmanUrl.disabled(variable)) {
                report.leftOut("collection variables", "'" + key + "'", "it is disabled");
                continue;
            }
            String name = names.of(key);
            String value = PostmanUrl.text(variable.get("value"));
            if (variable.path("type").asText("").equals("secret") || SecretNames.isSecret(key)) {
                secrets.declare(name, value);
                continue;
            }
            vars.put(name, text.convert(value));
        }
    }

    /** Entries by the folder path of the collection they go to, in run order. */
    private Map<List<String>, List<ItemWalker.Entry>> groups(List<ItemWalker.Entry> entries) {
        Map<List<String>, List<ItemWalker.Entry>> byFolder = new LinkedHashMap<>();
        entries.forEach(e -> byFolder.computeIfAbsent(e.folders(), f -> new ArrayList<>()).add(e));
        if (options.folders() == Folders.TAGS || byFolder.size() == 1) {
            return new LinkedHashMap<>(Map.of(List.of(), entries));
        }
        String crossing = crossingVariable(byFolder);
        if (crossing != null) {
            report.note("folders became tags of one collection instead of collections, because "
                    + crossing + ", and captures do not cross collections");
            return new LinkedHashMap<>(Map.of(List.of(), entries));
        }
        return byFolder;
    }

    /** A variable that a request of one folder captures and a request of another folder uses, described. */
    private String crossingVariable(Map<List<String>, List<ItemWalker.Entry>> byFolder) {
        Map<String, List<String>> capturedIn = new HashMap<>();
        for (var group : byFolder.entrySet()) {
            for (ItemWalker.Entry entry : group.getValue()) {
                for (ItemWalker.Script script : entry.tests()) {
                    StepMapping.translation(translations, script, true).grabs()
                            .forEach(g -> capturedIn.putIfAbsent(names.of(g.variable()), group.getKey()));
                }
            }
        }
        Set<String> defined = new HashSet<>(vars.entries().keySet());
        environments.forEach(e -> e.values().forEach(v -> defined.add(names.of(v.key()))));
        for (var group : byFolder.entrySet()) {
            for (ItemWalker.Entry entry : group.getValue()) {
                Matcher m = PostmanText.PLACEHOLDER.matcher(entry.item().toString() + " "
                        + (entry.auth() == null ? "" : entry.auth().values().toString()));
                while (m.find()) {
                    if (m.group(1).strip().startsWith("$") || m.group(1).isBlank()) {
                        continue;
                    }
                    String name = names.of(m.group(1).strip());
                    List<String> from = capturedIn.get(name);
                    if (from != null && !from.equals(group.getKey()) && !defined.contains(name)) {
                        return "'" + ItemWalker.shown(entry.folders(), entry.name()) + "' uses '" + name
                                + "', which a request in " + (from.isEmpty() ? "the collection's top level"
                                : "folder '" + String.join(" / ", from) + "'") + " captures";
                    }
                }
            }
        }
        return null;
    }

    /** One collection, ready to write. */
    private record Assembled(String name, List<String> header, YamlMap yaml, int steps, List<TestLink> tests,
                             Set<String> used, Set<String> captured, boolean signsIn) {
    }

    private Assembled assemble(List<String> folder, List<ItemWalker.Entry> entries) {
        String name = folder.isEmpty() ? collection.name() : collection.name() + " / " + String.join(" / ", folder);
        OAuth2Flows flows = new OAuth2Flows(text, secrets, names);
        StepMapping mapping = new StepMapping(new RequestMapping(text, secrets), text, names, translations);
        List<YamlMap> steps = new ArrayList<>();
        Set<String> stepNames = new HashSet<>();
        List<TestLink> tests = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        Set<String> captured = new LinkedHashSet<>();
        boolean tagged = folder.isEmpty() && entries.stream().anyMatch(e -> !e.folders().isEmpty());
        for (ItemWalker.Entry entry : entries) {
            String stepName = unique(entry.name(), stepNames);
            ItemLog log = new ItemLog(report, ItemWalker.shown(entry.folders(), entry.name()));
            var mapped = mapping.map(entry, stepName, tagged ? tags(entry.folders()) : Set.of(), flows, log);
            if (mapped.isEmpty()) {
                stepNames.remove(stepName);
                continue;
            }
            MappedStep step = mapped.get();
            for (YamlMap flowStep : step.before()) {
                String flowName = (String) flowStep.get("name");
                flowStep.put("name", unique(flowName, stepNames));
                steps.add(flowStep);
            }
            YamlMap yaml = step.step();
            yaml.comment("name", comments(step.kept(), log.item()));
            steps.add(yaml);
            tests.addAll(step.tests());
            used.addAll(step.used());
            captured.addAll(step.captured());
            report.assertions(step.checks());
            report.captures(step.captures());
            step.kept().forEach(k -> report.untranslated(log.item(), k.script(), k.line(), hide(k.text())));
        }
        if (steps.isEmpty()) {
            return null;
        }
        flows.allSteps().forEach(s -> {
            if (s.get("capture") instanceof YamlMap capture) {
                captured.addAll(capture.entries().keySet());
            }
        });
        YamlMap yaml = YamlMap.block().put("name", name);
        String description = description(folder);
        if (!description.isBlank()) {
            yaml.put("description", description.strip());
        }
        yaml.putUnlessEmpty("vars", copy(vars));
        yaml.put("auth", flows.collectionAuth());
        yaml.put("steps", steps);
        return new Assembled(name, header(entries), yaml, steps.size(), tests, used, captured, flows.signsIn());
    }

    /** The header comment: where the file comes from, and the inherited script lines that were not translated. */
    private List<String> header(List<ItemWalker.Entry> entries) {
        List<String> lines = new ArrayList<>(List.of("Imported from Postman collection '" + collection.name()
                + "' by baton import; what did not carry over is listed in import-report.md."));
        Set<ItemWalker.Script> seen = new LinkedHashSet<>();
        entries.forEach(e -> e.tests().stream().filter(s -> !s.own()).forEach(seen::add));
        entries.forEach(e -> e.preRequests().stream().filter(s -> !s.own()).forEach(seen::add));
        for (ItemWalker.Script script : seen) {
            boolean test = entries.stream().anyMatch(e -> e.tests().contains(script));
            var kept = StepMapping.translation(translations, script, test).untranslated();
            if (kept.isEmpty()) {
                continue;
            }
            String kind = test ? "test script" : "pre-request script";
            lines.add("");
            lines.add("Not translated from the " + kind + " of the " + script.scope() + " (it runs for every request "
                    + "under it):");
            kept.forEach(l -> {
                lines.add(String.format("%4d | %s", l.line(), hide(l.text())));
                report.untranslated(script.scope(), kind, l.line(), hide(l.text()));
            });
        }
        return lines;
    }

    private List<String> comments(List<MappedStep.KeptLine> kept, String item) {
        if (kept.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        String script = null;
        for (MappedStep.KeptLine line : kept) {
            if (!line.script().equals(script)) {
                script = line.script();
                lines.add("Not translated from the " + script + " of '" + item + "':");
            }
            lines.add(String.format("%4d | %s", line.line(), hide(line.text())));
        }
        return lines;
    }

    /** A script line with the secrets met and anything shaped like a credential hidden. */
    private String hide(String line) {
        String hidden = line;
        for (String secret : secrets.values()) {
            if (secret.length() >= 4) {
                hidden = hidden.replace(secret, HIDDEN);
            }
        }
        for (PostmanEnvironmentFile environment : environments) {
            for (var value : environment.values()) {
                if ((value.secret() || SecretNames.isSecret(value.key())) && value.value().length() >= 4) {
                    hidden = hidden.replace(value.value(), HIDDEN);
                }
            }
        }
        return CredentialShapes.replaceIn(hidden, HIDDEN);
    }

    private String description(List<String> folder) {
        JsonNode node = folder.isEmpty() ? collection.tree().root().path("info") : findFolder(folder);
        JsonNode description = node == null ? null : node.get("description");
        if (description == null || description.isNull()) {
            return "";
        }
        return description.isTextual() ? description.asText() : PostmanUrl.text(description.get("content"));
    }

    private JsonNode findFolder(List<String> path) {
        JsonNode items = collection.tree().root().path("item");
        JsonNode found = null;
        for (String name : path) {
            found = null;
            for (JsonNode item : items) {
                if (item.has("item") && item.path("name").asText("").strip().equals(name)) {
                    found = item;
                    items = item.path("item");
                    break;
                }
            }
            if (found == null) {
                return null;
            }
        }
        return found;
    }

    private List<ImportedFile> environmentFiles(boolean signsIn) {
        List<ImportedFile> files = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (PostmanEnvironmentFile environment : environments) {
            YamlMap envVars = YamlMap.block();
            for (var value : environment.values()) {
                String name = names.of(value.key());
                if (value.secret() || SecretNames.isSecret(value.key())) {
                    String os = SignIn.osName(name);
                    envVars.put(name, YamlMap.flow("env", os).put("secret", true));
                    secrets.declare(name, value.value());
                    report.toSet(os);
                } else {
                    envVars.put(name, text.convert(value.value()));
                }
            }
            environment.disabled().forEach(d -> report.leftOut("environment '" + environment.name() + "'", "'" + d
                    + "'", "it is disabled"));
            addShared(envVars, signsIn);
            String slug = unique(Slugs.of(environment.name(), "environment"), slugs);
            String file = "environments/" + slug + ".yaml";
            files.add(ImportedFile.environment(file, "Postman environment '" + environment.name() + "'", envVars));
            report.written(file, "environment", environment.name(), 0);
        }
        if (environments.isEmpty()) {
            YamlMap envVars = YamlMap.block();
            addShared(envVars, signsIn);
            if (!envVars.isEmpty()) {
                String file = "environments/local.yaml";
                files.add(ImportedFile.environment(file, "The secrets and sign-in of the imported collection, read from OS "
                        + "environment variables (Baton uses 'local' when no --env is given)", envVars));
                report.written(file, "environment", "local", 0);
            }
        }
        return files;
    }

    /** The secrets pulled out of the collection, and the sign-in of its OAuth 2.0 flows, in every environment. */
    private void addShared(YamlMap envVars, boolean signsIn) {
        secrets.osNames().forEach((variable, os) -> {
            if (!envVars.containsKey(variable)) {
                envVars.put(variable, YamlMap.flow("env", os).put("secret", true));
                report.toSet(os);
            }
        });
        if (signsIn) {
            SignIn.addTo(envVars, report);
        }
    }

    private static Set<String> tags(List<String> folders) {
        Set<String> tags = new LinkedHashSet<>();
        List<String> path = new ArrayList<>();
        for (String folder : folders) {
            path.add(Slugs.of(folder, "folder"));
            tags.add(String.join("/", path));
        }
        return tags;
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }

    private static YamlMap copy(YamlMap map) {
        YamlMap copy = YamlMap.block();
        map.entries().forEach(copy::put);
        return copy;
    }
}
