package dev.baton.auth;

import java.nio.file.Path;
import java.util.List;

/**
 * The sign-in flow could not reach the redirect URI. The message is one or two lines a user can act on; it never
 * holds the values of submitted fields.
 */
public final class SignInException extends Exception {

    private final boolean pageIncomplete;
    private final boolean needsScripts;
    private final List<Path> screenshots;

    public SignInException(String message) {
        this(message, false, false, List.of());
    }

    private SignInException(String message, boolean pageIncomplete, boolean needsScripts, List<Path> screenshots) {
        super(message);
        this.pageIncomplete = pageIncomplete;
        this.needsScripts = needsScripts;
        this.screenshots = List.copyOf(screenshots);
    }

    /** The page lacks what the step needs (a form, a field, an enabled button); a script may still add it. */
    static SignInException incomplete(String message) {
        return new SignInException(message, true, false, List.of());
    }

    /** The page cannot go on without JavaScript, which the HTML driver does not run. */
    static SignInException needsScripts(String message) {
        return new SignInException(message, true, true, List.of());
    }

    /** Whether a page that runs scripts may still show what is missing, so that a browser waits for it. */
    public boolean pageIncomplete() {
        return pageIncomplete;
    }

    /** Whether the HTML driver stopped at a page that needs JavaScript, where a browser could go on. */
    public boolean needsScripts() {
        return needsScripts;
    }

    /** The same failure with another message (masked, or with more said), keeping what kind of failure it is. */
    public SignInException withMessage(String message) {
        return new SignInException(message, pageIncomplete, needsScripts, screenshots);
    }

    /** The same failure with the pictures of the pages on the way. */
    public SignInException withScreenshots(List<Path> files) {
        return new SignInException(getMessage(), pageIncomplete, needsScripts, files);
    }

    /** Pictures of the pages on the way, when a browser took them; their names hold a number only. */
    public List<Path> screenshots() {
        return screenshots;
    }
}
