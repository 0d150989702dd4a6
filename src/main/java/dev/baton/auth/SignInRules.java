package dev.baton.auth;

import dev.baton.http.HttpResult;

import java.util.Objects;

/**
 * The HTML driver's decisions for an engine that drives a live page itself (a headless browser): which page gets
 * which fields, which form is filled, which checkboxes a consent ticks, which button approves, when a form came back,
 * which pages were left unmatched; and how a failure is told with every typed value masked. One instance serves one
 * sign-in, from the authorization request to the redirect URI.
 */
public final class SignInRules {

    private final SignInJourney journey;

    /** The rules of one sign-in. */
    public SignInRules(SignIn signIn, String redirectUri) throws SignInException {
        Objects.requireNonNull(signIn, "signIn");
        this.journey = new SignInJourney(signIn, RedirectTarget.of(redirectUri));
    }

    /** Where the sign-in stops. */
    public RedirectTarget target() {
        return journey.target();
    }

    /** The sign-in settings. */
    public SignIn signIn() {
        return journey.signIn();
    }

    /**
     * What a person does on the page a browser shows, given as its document (with the current values of its controls
     * written into their attributes). Nothing is recorded until {@link #done}.
     *
     * @throws SignInException with {@link SignInException#pageIncomplete()} when the page lacks what the step needs
     *                         yet (no form, a named field, an enabled button), which a script may still add
     */
    public PageAction decide(HttpResult shown) throws SignInException {
        Page page = Page.withForms(shown);
        return new PageAction(journey.decide(shown, page, true));
    }

    /** Records that the action was carried out on the page. */
    public void done(PageAction action) {
        journey.commit(action.decision());
    }

    /** The arrival at the redirect URI, with the pages entries that matched no page on the way. */
    public Arrival arrive(HttpResult last, AuthorizationResponse response, Arrival.Via via) {
        return journey.arrive(last, response, via);
    }

    /** The failure as the user is told it: with what no page has used so far, every typed value masked. */
    public SignInException told(SignInException failure) {
        return journey.told(failure);
    }

    /** The page of a response as a person reads it: its title, and its error text or the start of its text. */
    public static String says(HttpResult shown) {
        return Page.of(shown).says();
    }
}
