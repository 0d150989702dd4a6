package dev.baton.auth;

import dev.baton.http.HttpResult;
import dev.baton.secret.OutputBoundary;
import dev.baton.secret.Redactor;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One sign-in on its way to the redirect URI: which page gets which fields, which fields and pages have been used,
 * the pages seen, and the form last submitted (to tell a form that comes back).
 */
final class SignInJourney {

    private final SignIn signIn;
    private final RedirectTarget target;
    private final Set<String> usedFields = new LinkedHashSet<>();
    private final Set<SignInPage> matchedPages = new LinkedHashSet<>();
    private final List<String> pagesSeen = new ArrayList<>();
    private FormSubmission.Signature submitted;

    SignInJourney(SignIn signIn, RedirectTarget target) {
        this.signIn = signIn;
        this.target = target;
    }

    SignIn signIn() {
        return signIn;
    }

    RedirectTarget target() {
        return target;
    }

    /**
     * Whether a sign-in with no redirect URI is over at this response: a 2xx HTML page with no form, once a form was
     * submitted.
     */
    boolean endsHere(HttpResult response, Page page) {
        return target == RedirectTarget.NONE && submitted != null && page != null && response.status() >= 200
                && response.status() < 300 && page.document().forms().isEmpty();
    }

    /** The fields and selectors for one page: those of the first {@code pages} entry it matches, else the defaults. */
    record Plan(Map<String, List<String>> fields, String formSelector, String submitSelector, SignInPage page) {
    }

    /** The form submission a person makes on this response's page, recorded as made. */
    FormSubmission submission(HttpResult response, Page page) throws SignInException {
        Decision decision = decide(response, page, false);
        commit(decision);
        return decision.submission();
    }

    /**
     * What a person does on this page, decided on the page as given (its document is changed by the filling) and
     * recorded by nothing: {@link #commit} records it once it is done. With {@code runsScripts}, a page that has no
     * form yet or whose buttons are disabled is {@linkplain SignInException#pageIncomplete() incomplete} rather than
     * one that needs JavaScript.
     */
    Decision decide(HttpResult response, Page page, boolean runsScripts) throws SignInException {
        refuseUnusable(response, page, runsScripts);
        Plan plan = plan(page);
        FormElement form = FormChooser.choose(page, plan.formSelector(), plan.fields().keySet(),
                plan.submitSelector());
        Optional<String> scripted = ScriptedPage.withForm(page, form);
        if (scripted.isPresent()) {
            throw runsScripts ? SignInException.incomplete(ScriptedPage.waiting(page, scripted.get()))
                    : SignInException.needsScripts(ScriptedPage.message(page, scripted.get()));
        }
        ControlChanges changes = ControlChanges.before(form);
        Set<String> filled = fill(page, form, plan);
        Element submitter = Submitter.choose(page, form, plan.submitSelector(), plan.fields().keySet());
        FormSubmission submission = FormSubmission.of(page, form, submitter, signIn.headers());
        if (submission.signature().equals(submitted) && !target.matches(submission.action())) {
            throw new SignInException("the form at " + page.where() + " came back after it was submitted ("
                    + page.status() + "); check the sign-in fields\n" + page.says());
        }
        return new Decision(page, plan, filled, submission, changes.after(form, submitter));
    }

    /** Records a decision as carried out: the page seen, the fields and page entry used, the form submitted. */
    void commit(Decision decision) {
        pagesSeen.add(new PageAction(decision).page());
        if (decision.plan().page() == null) {
            usedFields.addAll(decision.filled());
        } else {
            matchedPages.add(decision.plan().page());
        }
        submitted = decision.submission().signature();
    }

    /**
     * One page's decision: the plan followed, the fields filled, the submission it makes and the controls it changed.
     */
    record Decision(Page page, Plan plan, Set<String> filled, FormSubmission submission, ControlChanges.Made made) {
    }

    /** Not HTML, an error status, or no form at all (perhaps a page built by scripts): nothing a person can fill. */
    private static void refuseUnusable(HttpResult response, Page page, boolean runsScripts) throws SignInException {
        String where = dev.baton.http.Urls.withoutQuery(response.request().uri());
        if (page == null) {
            String type = response.mediaType().isEmpty() ? "no content type" : response.mediaType();
            throw new SignInException("expected an HTML page at " + where + " but got HTTP " + response.status()
                    + " with " + type + "\nbody starts: " + Page.snippet(response));
        }
        if (response.status() < 200 || response.status() >= 300) {
            boolean redirect = response.status() >= 300 && response.status() < 400;
            String kind = redirect ? ", a redirect Baton does not follow" : "";
            throw new SignInException("the server answered " + page.status() + " at " + where + kind + "\n"
                    + page.says());
        }
        if (page.document().forms().isEmpty()) {
            Optional<String> scripted = ScriptedPage.withoutForm(page);
            String noForm = "no form to submit on the page at " + where + " ("
                    + page.status() + ")\n" + page.says();
            if (runsScripts) {
                throw SignInException.incomplete(noForm);
            }
            throw scripted.map(why -> SignInException.needsScripts(ScriptedPage.message(page, why)))
                    .orElse(new SignInException(noForm));
        }
    }

    /** Types the plan's fields into the form, and ticks what a consent asks for; returns the fields filled. */
    private Set<String> fill(Page page, FormElement form, Plan plan) throws SignInException {
        checkPasswordField(page, form, plan.fields());
        Set<String> filled = FieldFiller.fill(page, form, plan.fields());
        if (plan.page() != null && filled.size() < plan.fields().size()) {
            List<String> missing = plan.fields().keySet().stream().filter(f -> !filled.contains(f)).toList();
            throw SignInException.incomplete("the form on the page " + FormChooser.titled(page) + " at "
                    + page.where() + ", which login page " + plan.page().describe() + " matched, has no field "
                    + FieldFiller.quoted(missing) + "\nits inputs are: "
                    + String.join(", ", Controls.inputNames(form)));
        }
        ConsentBoxes.tick(form, signIn.requestedScopes(), filled);
        return filled;
    }

    private Plan plan(Page page) throws SignInException {
        for (SignInPage candidate : signIn.pages()) {
            boolean titleOk = candidate.titleMatch() == null || page.title().toLowerCase(Locale.ROOT)
                    .contains(candidate.titleMatch().toLowerCase(Locale.ROOT));
            boolean formOk = candidate.formMatch() == null || FormChooser.holds(page, candidate.formMatch());
            if (titleOk && formOk) {
                return new Plan(candidate.fields(), candidate.formMatch(),
                        candidate.submitSelector() != null ? candidate.submitSelector() : signIn.submitSelector(),
                        candidate);
            }
        }
        return new Plan(signIn.fields(), signIn.formSelector(), signIn.submitSelector(), null);
    }

    /** A sign-in form whose password the step does not fill is reported before anything is posted. */
    private static void checkPasswordField(Page page, FormElement form, Map<String, List<String>> fields)
            throws SignInException {
        List<Element> passwords = Controls.of(form).stream().filter(Controls::isPassword).toList();
        if (passwords.isEmpty() || fields.isEmpty()
                || passwords.stream().anyMatch(p -> fields.containsKey(p.attr("name")))) {
            return;
        }
        Set<String> names = Controls.allNames(form);
        List<String> missing = fields.keySet().stream().filter(name -> !names.contains(name)).toList();
        Set<String> inputs = Controls.inputNames(form);
        throw SignInException.incomplete("the form on the page " + FormChooser.titled(page) + " at " + page.where()
                + " has no field " + FieldFiller.quoted(missing.isEmpty() ? List.copyOf(fields.keySet()) : missing)
                + "\n"
                + (inputs.isEmpty() ? "it has no named inputs" : "its inputs are: " + String.join(", ", inputs)));
    }

    /**
     * The arrival at the redirect URI, noting the {@code pages} entries that matched no page on the way. Top-level
     * fields may go unused: a server that remembers the sign-in skips its page.
     */
    Arrival arrive(HttpResult last, AuthorizationResponse response, Arrival.Via via) {
        String unmatched = unmatchedPages();
        Optional<String> problem = unmatched.isEmpty() ? Optional.empty()
                : Optional.of(unmatched + " on the way; pages seen: "
                + (pagesSeen.isEmpty() ? "none" : String.join(", ", pagesSeen)));
        return new Arrival(last, response, via, pagesSeen, problem);
    }

    /** The failure as the user is told it: with what no page has used so far, every typed value masked. */
    SignInException told(SignInException e) {
        Redactor redactor = new Redactor();
        signIn.allValues().forEach(redactor::add);
        String masked = new OutputBoundary(redactor).text(e.getMessage() + notUsedSoFar());
        return masked.equals(e.getMessage()) ? e : e.withMessage(masked);
    }

    /** A line for error messages naming what no page has used so far, once a form was submitted; or nothing. */
    String notUsedSoFar() {
        String unused = notUsed();
        return unused.isEmpty() || submitted == null ? "" : "\nso far " + unused;
    }

    private String notUsed() {
        List<String> parts = new ArrayList<>();
        List<String> fields = signIn.fields().keySet().stream().filter(f -> !usedFields.contains(f)).toList();
        if (!fields.isEmpty()) {
            parts.add((fields.size() == 1 ? "the field " : "the fields ") + FieldFiller.quoted(fields)
                    + " matched no page");
        }
        String pages = unmatchedPages();
        if (!pages.isEmpty()) {
            parts.add(pages);
        }
        return String.join("; ", parts);
    }

    private String unmatchedPages() {
        List<String> pages = signIn.pages().stream().filter(p -> !p.optional() && !matchedPages.contains(p))
                .map(SignInPage::describe).toList();
        return pages.isEmpty() ? "" : "no page matched login page " + String.join(", ", pages);
    }
}
