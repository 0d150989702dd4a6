package dev.baton.importer.postman;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.importer.ImportReport;
import dev.baton.importer.SourceTree;
import dev.baton.load.LoadException;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks a collection's items in Postman's run order (depth first, in order) and gives each request with what it
 * inherits as Postman inherits it: the auth of the nearest folder or of the collection that sets one, the test and
 * pre-request scripts of the collection and of each enclosing folder (run before its own), and
 * {@code protocolProfileBehavior.followRedirects}.
 */
final class ItemWalker {

    /** A script of the collection, a folder or the request itself. */
    record Script(String scope, String source, boolean own) {
    }

    /**
     * A request to map.
     *
     * @param item        the item
     * @param name        its name
     * @param folders     the names of its enclosing folders, outermost first
     * @param auth        the auth it uses, or {@code null} for none
     * @param tests       the test scripts that run after it, in order
     * @param preRequests the pre-request scripts that run before it, in order
     * @param follow      whether Postman follows its redirects
     */
    record Entry(JsonNode item, String name, List<String> folders, PostmanAuth auth, List<Script> tests,
                 List<Script> preRequests, boolean follow) {
    }

    private record Inherited(PostmanAuth auth, List<Script> tests, List<Script> preRequests, boolean follow) {
    }

    private final SourceTree tree;
    private final ImportReport report;
    private final List<Entry> entries = new ArrayList<>();

    private ItemWalker(SourceTree tree, ImportReport report) {
        this.tree = tree;
        this.report = report;
    }

    /** Every request of the collection, in run order. */
    static List<Entry> walk(SourceTree tree, String collectionName, ImportReport report) throws LoadException {
        ItemWalker walker = new ItemWalker(tree, report);
        JsonNode root = tree.root();
        String scope = "collection '" + collectionName + "'";
        Inherited top = walker.inherit(new Inherited(null, List.of(), List.of(), true), root, scope);
        walker.items(root.get("item"), List.of(), top);
        return walker.entries;
    }

    private void items(JsonNode items, List<String> folders, Inherited inherited) throws LoadException {
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.isObject()) {
                throw tree.error(items, i, "an item must be an object: a request or a folder");
            }
            String name = item.path("name").isTextual() && !item.get("name").asText().isBlank()
                    ? item.get("name").asText().strip() : "Request " + (entries.size() + 1);
            String shown = shown(folders, name);
            if (item.path("disabled").asBoolean(false)) {
                report.leftOut(shown, "the item", "it is disabled");
                continue;
            }
            if (item.has("item")) {
                if (!item.get("item").isArray()) {
                    throw tree.error(item, "item", "a folder's item must be a list");
                }
                List<String> path = new ArrayList<>(folders);
                path.add(name);
                if (item.has("variable") && item.get("variable").size() > 0) {
                    report.leftOut(shown, "the folder's variables", "Postman has no folder variables at run time; "
                            + "define them in the collection or an environment");
                }
                items(item.get("item"), path, inherit(inherited, item, "folder '" + shown + "'"));
            } else if (item.has("request")) {
                Inherited own = inherit(inherited, item, "request '" + shown + "'");
                JsonNode request = item.get("request");
                PostmanAuth requestAuth = request.isObject() ? PostmanAuth.read(tree, request, "request '" + shown
                        + "'") : null;
                if (item.path("response").size() > 0) {
                    report.note("saved example responses are not imported: Baton checks the live response");
                }
                entries.add(new Entry(item, name, List.copyOf(folders), requestAuth != null ? requestAuth
                        : own.auth(), own.tests().stream()
                        .map(s -> s.scope().startsWith("request ") ? new Script(s.scope(), s.source(), true) : s)
                        .toList(), own.preRequests().stream().map(s -> s.scope().startsWith("request ")
                        ? new Script(s.scope(), s.source(), true) : s).toList(), own.follow()));
            } else {
                report.leftOut(shown, "the item", "it is neither a request nor a folder");
            }
        }
    }

    private Inherited inherit(Inherited parent, JsonNode node, String scope) throws LoadException {
        PostmanAuth auth = PostmanAuth.read(tree, node, scope);
        List<Script> tests = new ArrayList<>(parent.tests());
        List<Script> preRequests = new ArrayList<>(parent.preRequests());
        JsonNode events = node.get("event");
        if (events != null && events.isArray()) {
            for (JsonNode event : events) {
                String listen = event.path("listen").asText("");
                String source = source(event.path("script").get("exec"));
                if (source.isBlank()) {
                    continue;
                }
                if (event.path("disabled").asBoolean(false)) {
                    report.leftOut(scope, "the disabled " + listen + " script", "it is disabled");
                    continue;
                }
                switch (listen) {
                    case "test" -> tests.add(new Script(scope, source, false));
                    case "prerequest" -> preRequests.add(new Script(scope, source, false));
                    default -> report.leftOut(scope, "the '" + listen + "' script", "Postman runs only test and "
                            + "pre-request scripts");
                }
            }
        }
        JsonNode behaviour = node.path("protocolProfileBehavior").get("followRedirects");
        boolean follow = behaviour != null && behaviour.isBoolean() ? behaviour.asBoolean() : parent.follow();
        return new Inherited(auth != null ? auth : parent.auth(), tests, preRequests, follow);
    }

    /** {@code exec} is a list of lines, or one text. */
    private static String source(JsonNode exec) {
        if (exec == null || exec.isNull()) {
            return "";
        }
        if (exec.isTextual()) {
            return exec.asText();
        }
        List<String> lines = new ArrayList<>();
        exec.forEach(line -> lines.add(line.asText()));
        return String.join("\n", lines);
    }

    static String shown(List<String> folders, String name) {
        return folders.isEmpty() ? name : String.join(" / ", folders) + " / " + name;
    }
}
