package dev.baton.auth;

import java.util.List;
import java.util.Objects;

/**
 * What a person does on one sign-in page, as the HTML driver's rules decide it, for an engine that acts on a live
 * page (a browser): the form, the controls to set and the button to press, each named by a CSS selector of the page
 * the decision was made on. {@link #toString()} never shows values.
 */
public final class PageAction {

    /** How a control is set. */
    public enum Kind {
        /** Type the value into a text field or text area. */
        TYPE,
        /** Set the value of a hidden input, which no person can type into. */
        HIDDEN,
        /** Tick a checkbox or choose a radio button. */
        CHECK,
        /** Untick a checkbox. */
        UNCHECK,
        /** Select exactly these options of a list. */
        SELECT
    }

    /**
     * One control set.
     *
     * @param selector CSS selector of the control
     * @param name     the control's name, for messages
     * @param kind     how it is set
     * @param values   the value typed, or the options selected; empty for a checkbox
     * @param secret   whether the value is a secret (a password field, or a name such as {@code otp} or {@code pin})
     */
    public record Change(String selector, String name, Kind kind, List<String> values, boolean secret) {
        public Change {
            values = List.copyOf(values);
        }

        @Override
        public String toString() {
            return "Change[" + kind + " " + name + "]";
        }
    }

    private final SignInJourney.Decision decision;

    PageAction(SignInJourney.Decision decision) {
        this.decision = Objects.requireNonNull(decision, "decision");
    }

    SignInJourney.Decision decision() {
        return decision;
    }

    /** CSS selector of the form filled. */
    public String formSelector() {
        return decision.made().formSelector();
    }

    /** The controls to set, in the form's order. */
    public List<Change> changes() {
        return decision.made().changes();
    }

    /** CSS selector of the button to press, or {@code null} to submit the form without one. */
    public String submitterSelector() {
        return decision.made().submitterSelector();
    }

    /** What the button to press says, for messages; empty without one. */
    public String submitterLabel() {
        return decision.made().submitterLabel();
    }

    /** The page, as {@code "Title" at URL}. */
    public String page() {
        return FormChooser.titled(decision.page()) + " at " + decision.page().where();
    }

    /** Whether the form posts to the redirect URI ({@code response_mode=form_post}) rather than to the server. */
    public boolean postsToRedirectUri(RedirectTarget target) {
        return target.matches(decision.submission().action());
    }

    @Override
    public String toString() {
        return "PageAction[" + page() + ", " + changes() + ", press " + submitterLabel() + "]";
    }
}
