package dev.baton.auth;

import dev.baton.cookie.Navigation;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.Urls;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A filled form submitted as the HTML standard's form submission algorithm (§4.10.21.3) says: the entry list of the
 * form as it stands, the action, method and enctype of the form or of the pressed button ({@code formaction},
 * {@code formmethod}, {@code formenctype}), in the form's encoding ({@code accept-charset}, else the page's), a GET
 * putting the entries in the action's query.
 *
 * @param request   the request that submits the form, or {@code null} when the form posts to the redirect URI
 * @param action    where the form goes
 * @param entries   what it sends
 * @param signature what identifies the form when it comes back
 * @param charset   the encoding its entries went in
 */
record FormSubmission(OutgoingRequest request, URI action, List<EntryList.Entry> entries, Signature signature,
                      FormCharset charset) {

    /**
     * Identifies a form across pages: the same method, action (without query) and control names mean that the
     * server showed the same form again.
     */
    record Signature(String method, String action, Set<String> names) {
    }

    static FormSubmission of(Page page, FormElement form, Element submitter, BrowserHeaders headers)
            throws SignInException {
        FormCharset charset = FormCharset.of(form, page.encoding());
        List<EntryList.Entry> entries = EntryList.of(form, submitter, charset);
        URI action = action(page, form, submitter);
        String method = attribute(form, submitter, "method").toUpperCase(Locale.ROOT);
        if (method.equals("DIALOG")) {
            throw new SignInException("the form on the page " + FormChooser.titled(page) + " at " + page.where()
                    + " closes a dialog instead of submitting; name another button with 'submit:'");
        }
        Signature signature = new Signature(method.equals("POST") ? "POST" : "GET", Urls.withoutQuery(action),
                new TreeSet<>(Controls.allNames(form)));
        OutgoingRequest original = page.response().request();
        Navigation navigation = Navigation.from(original.uri());
        OutgoingRequest request;
        if (method.equals("POST")) {
            FormEncoding.Encoded body = FormEncoding.of(attribute(form, submitter, "enctype")).encode(entries, charset);
            request = new OutgoingRequest("POST", action, List.of(), body.body(), body.contentType(),
                    original.timeout(), navigation);
        } else {
            URI withEntries = Urls.withQuery(action, FormEncoding.urlencoded(entries, charset));
            request = new OutgoingRequest("GET", withEntries, List.of(), null, null, original.timeout(), navigation);
        }
        return new FormSubmission(headers.apply(request), action, entries, signature, charset);
    }

    /** The pressed button's {@code form<name>} attribute when it has one, else the form's {@code name}. */
    private static String attribute(FormElement form, Element submitter, String name) {
        return submitter != null && submitter.hasAttr("form" + name) ? submitter.attr("form" + name)
                : form.attr(name);
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
}
