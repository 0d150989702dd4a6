package dev.baton.load;

import dev.baton.check.Queries;
import dev.baton.model.LoginField;
import dev.baton.model.LoginPage;
import dev.baton.model.LoginSpec;
import dev.baton.model.SignInEngine;
import dev.baton.model.Text;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Reads the {@code login:} block of an authorization step. */
final class LoginReader {

    static final List<String> LOGIN_KEYS = List.of("fields", "form", "submit", "maxPages", "browser", "wait", "pages",
            "userAgent");
    static final List<String> PAGE_KEYS = List.of("match", "fields", "submit", "optional");
    static final List<String> MATCH_KEYS = List.of("form", "title");

    private final NodeReader reader;

    LoginReader(NodeReader reader) {
        this.reader = reader;
    }

    LoginSpec login(Node node) throws LoadException {
        var entries = reader.entries(node, "login", LOGIN_KEYS);
        List<LoginField> fields = entries.containsKey("fields") ? fields(entries.get("fields").value(), "login fields")
                : List.of();
        String form = entries.containsKey("form") ? selector(entries.get("form").value(), "login form") : null;
        String submit = entries.containsKey("submit") ? selector(entries.get("submit").value(), "login submit")
                : null;
        int maxPages = entries.containsKey("maxPages")
                ? reader.integer(entries.get("maxPages").value(), "maxPages", 1, 100) : 10;
        SignInEngine engine = entries.containsKey("browser") ? engine(entries.get("browser").value()) : null;
        List<LoginPage> pages = entries.containsKey("pages") ? pages(entries.get("pages").value()) : List.of();
        if (engine == SignInEngine.PERSON && (!fields.isEmpty() || !pages.isEmpty())) {
            throw reader.error(entries.get("browser").keyNode(), "login: with 'browser: true' a person signs in; "
                    + "leave out 'fields' and 'pages' (or sign in with headless Chromium: 'browser: headless')");
        }
        if (engine == SignInEngine.HTML && entries.containsKey("wait")) {
            throw reader.error(entries.get("wait").keyNode(), "'wait' goes with 'browser: true', 'headless' or "
                    + "'auto': the HTML driver waits for each response by the step's timeout");
        }
        Duration wait = entries.containsKey("wait") ? reader.duration(entries.get("wait").value(), "wait") : null;
        Text userAgent = entries.containsKey("userAgent")
                ? reader.text(entries.get("userAgent").value(), "login userAgent") : null;
        return new LoginSpec(fields, form, submit, maxPages, engine, wait, pages, userAgent);
    }

    private SignInEngine engine(Node node) throws LoadException {
        String word = reader.nonEmpty(node, "browser");
        if (node.getTag().equals(org.yaml.snakeyaml.nodes.Tag.BOOL)) {
            return NodeReader.isTrue(word) ? SignInEngine.PERSON : SignInEngine.HTML;
        }
        return SignInEngine.named(word).orElseThrow(() -> reader.error(node, "browser must be true (a person signs "
                + "in), headless (headless Chromium), auto (the HTML driver, Chromium when a page needs JavaScript) "
                + "or html, not '" + word + "'"));
    }

    private List<LoginField> fields(Node node, String what) throws LoadException {
        List<LoginField> fields = new ArrayList<>();
        for (var field : reader.entries(node, what).values()) {
            String label = "login field " + field.key();
            List<Text> values = new ArrayList<>();
            if (field.value() instanceof MappingNode) {
                throw reader.error(field.value(), label + " must be a value or a list of values, found a map");
            }
            if (field.value() instanceof SequenceNode) {
                for (Node item : reader.list(field.value(), label)) {
                    values.add(reader.text(item, label));
                }
            } else {
                values.add(reader.text(field.value(), label));
            }
            fields.add(new LoginField(field.key(), values, reader.position(field.keyNode())));
        }
        return fields;
    }

    private List<LoginPage> pages(Node node) throws LoadException {
        List<LoginPage> pages = new ArrayList<>();
        for (Node item : reader.list(node, "login pages")) {
            var entries = reader.entries(item, "a login page", PAGE_KEYS);
            if (!entries.containsKey("match")) {
                throw reader.error(item, "a login page needs 'match: {form: SELECTOR}' or 'match: {title: TEXT}' "
                        + "to tell which page it is for");
            }
            var match = reader.entries(entries.get("match").value(), "login page match", MATCH_KEYS);
            if (match.isEmpty()) {
                throw reader.error(entries.get("match").value(), "login page match needs 'form' or 'title'");
            }
            String form = match.containsKey("form") ? selector(match.get("form").value(), "match form") : null;
            Text title = match.containsKey("title") ? reader.text(match.get("title").value(), "match title") : null;
            List<LoginField> fields = entries.containsKey("fields")
                    ? fields(entries.get("fields").value(), "login page fields") : List.of();
            String submit = entries.containsKey("submit")
                    ? selector(entries.get("submit").value(), "login page submit") : null;
            boolean optional = entries.containsKey("optional")
                    && reader.bool(entries.get("optional").value(), "optional");
            pages.add(new LoginPage(form, title, fields, submit, optional, reader.position(item)));
        }
        return pages;
    }

    /** A CSS selector, refused at load when jsoup cannot read it (as an {@code html} query's is). */
    private String selector(Node node, String what) throws LoadException {
        String selector = reader.nonEmpty(node, what);
        var problem = Queries.byKey("html").orElseThrow().problem(selector);
        if (problem.isPresent()) {
            throw reader.error(node, what + ": " + problem.get().message());
        }
        return selector;
    }
}
