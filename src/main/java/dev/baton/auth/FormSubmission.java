package dev.baton.auth;

import dev.baton.http.Header;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.Urls;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A filled form, ready to send as a browser would send it: every control's current value, the sign-in fields set,
 * and the pressed button.
 *
 * @param request   the request that submits the form
 * @param signature what identifies the form when it comes back
 */
record FormSubmission(OutgoingRequest request, Signature signature) {

    static final List<Header> ACCEPT_HTML =
            List.of(new Header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"));
    private static final String FORM_URLENCODED = "application/x-www-form-urlencoded";

    /**
     * Identifies a form across pages: the same method, action (without query) and control names mean that the
     * server showed the same form again.
     */
    record Signature(String method, String action, Set<String> names) {
    }

    private record Field(String name, String value) {
    }

    static FormSubmission of(Page page, FormElement form, SignIn signIn) throws SignInException {
        checkFields(page, form, signIn.fields());
        Element submitter = submitter(page, form, signIn);
        String body = encode(values(form, signIn.fields(), submitter));
        URI action = action(page, form, submitter);
        String method = method(form, submitter);
        Signature signature = new Signature(method, Urls.withoutQuery(action),
                new TreeSet<>(Controls.allNames(form)));
        OutgoingRequest original = page.response().request();
        OutgoingRequest request = method.equals("POST")
                ? new OutgoingRequest("POST", action, ACCEPT_HTML, body.getBytes(StandardCharsets.UTF_8),
                FORM_URLENCODED, original.timeout())
                : new OutgoingRequest("GET", Urls.withQuery(action, body), ACCEPT_HTML, null, null,
                original.timeout());
        return new FormSubmission(request, signature);
    }

    private static void checkFields(Page page, FormElement form, Map<String, String> fields)
            throws SignInException {
        Set<String> names = Controls.allNames(form);
        List<String> missing = fields.keySet().stream().filter(name -> !names.contains(name)).toList();
        boolean signInForm = missing.size() < fields.size()
                || Controls.of(form).stream().anyMatch(Controls::isPassword);
        if (missing.isEmpty() || !signInForm) {
            return;
        }
        Set<String> inputs = Controls.inputNames(form);
        throw new SignInException("the form on the page " + FormChooser.titled(page) + " at " + page.where()
                + " has no field " + quoted(missing) + "\n"
                + (inputs.isEmpty() ? "it has no named inputs" : "its inputs are: " + String.join(", ", inputs)));
    }

    private static Element submitter(Page page, FormElement form, SignIn signIn) throws SignInException {
        if (signIn.submitSelector() != null) {
            Element pressed = FormChooser.select(form, signIn.submitSelector(), "submit selector").first();
            if (pressed == null) {
                throw new SignInException("no button matches the submit selector '" + signIn.submitSelector()
                        + "' in the form on the page " + FormChooser.titled(page) + " at " + page.where());
            }
            return pressed;
        }
        return Controls.of(form).stream()
                .filter(c -> Controls.isSubmitButton(c) && !Controls.isDisabled(c) && !c.attr("name").isEmpty())
                .filter(c -> !signIn.fields().containsKey(c.attr("name")))
                .findFirst().orElse(null);
    }

    private static List<Field> values(FormElement form, Map<String, String> fields, Element submitter) {
        List<Field> values = new ArrayList<>();
        Set<String> filled = new HashSet<>();
        for (Element control : Controls.of(form)) {
            String name = control.attr("name");
            if (name.isEmpty()) {
                continue;
            }
            if (control == submitter) {
                values.add(new Field(name, control.attr("value")));
            } else if (fields.containsKey(name)) {
                if (filled.add(name)) {
                    values.add(new Field(name, fields.get(name)));
                }
            } else if (!Controls.isDisabled(control) && !Controls.isButton(control)) {
                currentValues(control).forEach(value -> values.add(new Field(name, value)));
            }
        }
        if (submitter != null && !submitter.attr("name").isEmpty() && !Controls.of(form).contains(submitter)) {
            values.add(new Field(submitter.attr("name"), submitter.attr("value")));
        }
        return values;
    }

    private static List<String> currentValues(Element control) {
        if (Controls.isCheckable(control)) {
            return control.hasAttr("checked") ? List.of(control.hasAttr("value") ? control.attr("value") : "on")
                    : List.of();
        }
        return switch (control.normalName()) {
            case "select" -> selected(control);
            case "textarea" -> List.of(control.wholeText());
            default -> List.of(control.attr("value"));
        };
    }

    private static List<String> selected(Element select) {
        List<Element> options = select.select("option").stream().filter(o -> !o.hasAttr("disabled")).toList();
        List<Element> chosen = options.stream().filter(o -> o.hasAttr("selected")).toList();
        if (chosen.isEmpty() && !select.hasAttr("multiple") && !options.isEmpty()) {
            chosen = List.of(options.get(0));
        }
        return chosen.stream().map(o -> o.hasAttr("value") ? o.attr("value") : o.text()).toList();
    }

    private static URI action(Page page, FormElement form, Element submitter) throws SignInException {
        Element owner = submitter != null && !submitter.attr("formaction").isBlank() ? submitter : form;
        String attribute = owner == form ? "action" : "formaction";
        String raw = owner.attr(attribute).trim();
        if (raw.isEmpty()) {
            return Urls.withoutFragment(page.response().request().uri());
        }
        String absolute = owner.absUrl(attribute);
        URI action = absolute.isEmpty() ? null : Urls.parse(absolute).orElse(null);
        String scheme = action == null ? "" : String.valueOf(action.getScheme()).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new SignInException("the form on the page " + FormChooser.titled(page) + " at " + page.where()
                    + " has an action that is not an http(s) URL: '" + raw + "'");
        }
        return Urls.withoutFragment(action);
    }

    private static String method(FormElement form, Element submitter) {
        String method = submitter != null && submitter.hasAttr("formmethod")
                ? submitter.attr("formmethod") : form.attr("method");
        return method.trim().equalsIgnoreCase("post") ? "POST" : "GET";
    }

    private static String encode(List<Field> values) {
        return values.stream()
                .map(field -> URLEncoder.encode(field.name(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.value(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String quoted(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
    }
}
