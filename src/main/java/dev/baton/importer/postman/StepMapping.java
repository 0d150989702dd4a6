package dev.baton.importer.postman;

import dev.baton.importer.postman.script.Check;
import dev.baton.importer.postman.script.ScriptTranslation;
import dev.baton.importer.postman.script.ScriptTranslator;
import dev.baton.importer.postman.script.Source;
import dev.baton.importer.yaml.YamlMap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps one request, with what it inherits, to a step: the request, its auth, the expectations and captures of its
 * test scripts (the collection's and folders' first, then its own), and the script lines that stay comments.
 */
final class StepMapping {

    private final RequestMapping requests;
    private final PostmanText text;
    private final VariableNames names;
    private final Map<ItemWalker.Script, ScriptTranslation> translations;

    StepMapping(RequestMapping requests, PostmanText text, VariableNames names,
                Map<ItemWalker.Script, ScriptTranslation> translations) {
        this.requests = requests;
        this.text = text;
        this.names = names;
        this.translations = translations;
    }

    /** The translation of a script, made once for all the requests that inherit it. */
    static ScriptTranslation translation(Map<ItemWalker.Script, ScriptTranslation> cache, ItemWalker.Script script,
                                         boolean test) {
        return cache.computeIfAbsent(script, s -> test ? ScriptTranslator.tests(s.source())
                : ScriptTranslator.preRequest(s.source()));
    }

    /** The step, or empty when Baton cannot send the request (the reason is logged). */
    Optional<MappedStep> map(ItemWalker.Entry entry, String stepName, Set<String> tags, OAuth2Flows flows,
                             ItemLog log) {
        text.takeUsed();
        Optional<YamlMap> mapped = requests.request(entry.item().get("request"), log);
        if (mapped.isEmpty()) {
            return Optional.empty();
        }
        YamlMap request = mapped.get();
        List<YamlMap> before = List.of();
        if (entry.auth() != null) {
            if (entry.auth().type().equals("oauth2")) {
                before = flows.use(entry.auth(), request, log).stepsBefore();
            } else {
                requests.credentials(entry.auth(), request, log);
            }
        }
        CheckWriter writer = new CheckWriter(names, text);
        List<Check> all = new ArrayList<>();
        List<MappedStep.KeptLine> kept = new ArrayList<>();
        Map<String, Boolean> whole = new LinkedHashMap<>();
        List<dev.baton.importer.postman.script.Grab> grabs = new ArrayList<>();
        for (ItemWalker.Script script : entry.preRequests()) {
            if (script.own()) {
                translation(translations, script, false).untranslated().forEach(l -> kept.add(
                        new MappedStep.KeptLine("pre-request script", l.line(), l.text())));
            }
        }
        for (ItemWalker.Script script : entry.tests()) {
            ScriptTranslation translation = translation(translations, script, true);
            writer.add(translation.checks());
            all.addAll(translation.checks());
            grabs.addAll(translation.grabs());
            translation.tests().forEach((name, ok) -> whole.merge(name, ok, Boolean::logicalAnd));
            if (script.own()) {
                if (translation.problem() != null) {
                    log.note("a test script of '" + log.item() + "' is kept as comments: " + translation.problem());
                }
                translation.untranslated().forEach(l -> kept.add(new MappedStep.KeptLine("test script", l.line(),
                        l.text())));
            }
        }
        String ownSource = entry.tests().stream().filter(ItemWalker.Script::own).map(ItemWalker.Script::source)
                .findFirst().orElse("");
        for (Check rejected : writer.rejected()) {
            whole.put(rejected.test(), false);
            String[] lines = ownSource.split("\r\n|\r|\n", -1);
            if (rejected.line() <= lines.length && entry.tests().stream().anyMatch(ItemWalker.Script::own)) {
                kept.add(new MappedStep.KeptLine("test script (conflicts with another expectation)", rejected.line(),
                        lines[rejected.line() - 1]));
            }
        }
        YamlMap step = YamlMap.block().put("name", stepName);
        if (!tags.isEmpty()) {
            step.put("tags", new ArrayList<>(tags));
        }
        step.put("request", request);
        if (entry.follow()) {
            step.put("followRedirects", true);
        }
        YamlMap captures = writer.captures(grabs);
        step.put("capture", captures);
        step.put("expect", writer.expect());
        Set<String> captured = captures == null ? Set.of() : new LinkedHashSet<>(captures.entries().keySet());
        return Optional.of(new MappedStep(step, before, kept, captured, text.takeUsed(), links(stepName, all, whole,
                writer.rejected()), writer.written(), captures == null ? 0 : captures.entries().size()));
    }

    private static List<TestLink> links(String step, List<Check> checks, Map<String, Boolean> whole,
                                        List<Check> rejected) {
        Map<String, Set<String>> labels = new HashMap<>();
        for (Check check : checks) {
            if (!rejected.contains(check)) {
                labels.computeIfAbsent(check.test(), t -> new LinkedHashSet<>()).add(label(check.source()));
            }
        }
        List<TestLink> links = new ArrayList<>();
        whole.forEach((test, ok) -> links.add(new TestLink(step, test, ok, labels.getOrDefault(test, Set.of()))));
        return links;
    }

    /** The label Baton gives the assertion of a subject ({@code json $.id}). */
    static String label(Source source) {
        if (source instanceof Source.Status) {
            return "status";
        }
        if (source instanceof Source.Header header) {
            return "header " + header.name();
        }
        if (source instanceof Source.Json json) {
            return "json " + json.path();
        }
        if (source instanceof Source.Body) {
            return "body";
        }
        return "duration";
    }
}
