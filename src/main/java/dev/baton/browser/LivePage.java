package dev.baton.browser;

import dev.baton.auth.PageAction;
import dev.baton.http.Header;
import dev.baton.http.HttpResult;
import dev.baton.http.OutgoingRequest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.bidi.BiDi;
import org.openqa.selenium.bidi.Command;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The page the browser shows, as a careful person handles it: read as a document when it has finished loading (the
 * current values of its controls written into their attributes, so that the HTML driver's rules see what a person
 * sees), each control set only once it is visible and enabled, the button pressed, and a picture taken with the
 * values typed into secret fields left out.
 */
final class LivePage {

    /**
     * Clones the document with the live state of its controls as attributes (password values are never read), and
     * gives its address and markup on two lines; nothing while it loads.
     */
    private static final String SNAPSHOT = """
            (() => {
            if (document.readyState !== 'complete' || !document.documentElement) { return ''; }
            const clone = document.documentElement.cloneNode(true);
            const selector = 'input,select,textarea,option,button';
            const live = document.documentElement.querySelectorAll(selector);
            const copies = clone.querySelectorAll(selector);
            live.forEach((el, i) => {
              const copy = copies[i];
              if (!copy) { return; }
              if (el.tagName === 'INPUT' && (el.type === 'checkbox' || el.type === 'radio')) {
                el.checked ? copy.setAttribute('checked', '') : copy.removeAttribute('checked');
              } else if (el.tagName === 'INPUT' && el.type !== 'password' && el.type !== 'file') {
                copy.setAttribute('value', el.value);
              } else if (el.tagName === 'TEXTAREA') {
                copy.textContent = el.value;
              } else if (el.tagName === 'OPTION') {
                el.selected ? copy.setAttribute('selected', '') : copy.removeAttribute('selected');
              }
              if ('disabled' in el) {
                el.disabled ? copy.setAttribute('disabled', '') : copy.removeAttribute('disabled');
              }
            });
            clone.querySelectorAll('noscript').forEach(n => n.remove());
            return location.href + '\\n<!DOCTYPE html>' + clone.outerHTML;
            })()""";

    /** Empties the fields that hold secrets (password fields, and those named), for a picture of a failed page. */
    private static final String BLANK_SECRETS = """
            const names = arguments[0];
            document.querySelectorAll('input,textarea').forEach(el => {
              if (el.type === 'password' || names.includes(el.name)) { el.value = ''; }
            });
            """;

    private static final String SET_VALUE = "arguments[0].value = arguments[1];"
            + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
            + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));";

    /** Marks the page and remembers the form's control names, so that a script that changes them is noticed. */
    private static final String MARK = "window.__batonPage = arguments[0]; const f = document.querySelector("
            + "arguments[1]); window.__batonNames = f ? Array.from(f.elements).map(e => e.name).join(' ') : '';";

    private static final Json JSON = new Json();
    private static final Duration EVALUATE_WAIT = Duration.ofSeconds(5);

    private final ChromeDriver driver;
    private final BiDi bidi;
    private final String context;

    LivePage(ChromeDriver driver) {
        this.driver = driver;
        this.bidi = driver.getBiDi();
        this.context = driver.getWindowHandle();
    }

    /**
     * The page as a response: its document once loaded, with the status of the last document response when it was
     * for this URL; empty while it is still loading.
     */
    Optional<HttpResult> snapshot(RedirectCatcher.DocumentStatus last) {
        String result = evaluate(SNAPSHOT);
        int newline = result.indexOf('\n');
        if (newline < 0) {
            return Optional.empty();
        }
        URI uri = URI.create(result.substring(0, newline));
        boolean known = last != null && sameDocument(last.url(), uri);
        int status = known ? last.status() : 200;
        String reason = known ? last.reason() : "OK";
        OutgoingRequest request = OutgoingRequest.get(uri);
        byte[] body = result.substring(newline + 1).getBytes(StandardCharsets.UTF_8);
        return Optional.of(new HttpResult(request, status, reason,
                List.of(new Header("Content-Type", "text/html; charset=utf-8")), body, StandardCharsets.UTF_8, 0,
                Map.of()));
    }

    private static boolean sameDocument(String url, URI uri) {
        int hash = url.indexOf('#');
        String plain = hash < 0 ? url : url.substring(0, hash);
        String current = uri.toString();
        int currentHash = current.indexOf('#');
        return plain.equals(currentHash < 0 ? current : current.substring(0, currentHash));
    }

    /**
     * Sets the controls as decided, each once it can be used (visible and enabled), within {@code wait}; the
     * secret ones last, after {@code beforeSecrets} (which takes the picture of the page).
     */
    void fill(PageAction action, Duration wait, Runnable beforeSecrets) {
        for (PageAction.Change change : action.changes()) {
            if (!change.secret()) {
                set(change, wait);
            }
        }
        beforeSecrets.run();
        for (PageAction.Change change : action.changes()) {
            if (change.secret()) {
                set(change, wait);
            }
        }
    }

    /** Presses the decided button once it is enabled (or submits the form as a script would, without one). */
    void press(PageAction action, String mark, Duration wait) {
        script(MARK, mark, action.formSelector());
        if (action.submitterSelector() == null) {
            script("arguments[0].requestSubmit();", element(action.formSelector()));
            return;
        }
        WebElement button = usable(action.submitterSelector(), wait);
        try {
            button.click();
        } catch (WebDriverException e) {
            script("arguments[0].click();", button);
        }
    }

    /**
     * Whether the page is still the one {@link #press} marked, with the same form in it: false once the browser
     * navigated away, or a script replaced the form or changed its controls (the next step of a one-page sign-in);
     * empty when the page cannot say (it is between documents).
     */
    Optional<Boolean> stillShows(String mark, String formSelector) {
        String answer = evaluate("(() => { const f = document.querySelector(" + JSON.toJson(formSelector) + "); "
                + "return String(window.__batonPage === " + JSON.toJson(mark) + " && f !== null && "
                + "Array.from(f.elements).map(e => e.name).join(' ') === window.__batonNames); })()");
        return answer.isEmpty() ? Optional.empty() : Optional.of(answer.equals("true"));
    }

    /**
     * The string an expression gives in the page, evaluated through WebDriver BiDi (which, unlike a WebDriver
     * script, is not held up by a navigation the catcher holds); empty when it gives none or the page is gone.
     */
    private String evaluate(String expression) {
        try {
            Map<String, Object> result = bidi.send(new Command<>("script.evaluate", Map.of("expression", expression,
                    "target", Map.of("context", context), "awaitPromise", false), Map.class), EVALUATE_WAIT);
            if (result.get("result") instanceof Map<?, ?> value && "string".equals(value.get("type"))) {
                return String.valueOf(value.get("value"));
            }
            return "";
        } catch (WebDriverException e) {
            return "";
        }
    }

    /** A picture of the page as it is. */
    byte[] picture() {
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    /** A picture of the page with every secret field emptied first: for the page where a sign-in failed. */
    byte[] pictureWithoutSecrets(List<String> secretNames) {
        try {
            script(BLANK_SECRETS, secretNames);
        } catch (WebDriverException ignored) {
            // no document to blank (an error page of the browser's own); the picture holds no field either
        }
        return picture();
    }

    /** The names of the visible form fields of the page, for a message about a field it never showed. */
    List<String> visibleFields() {
        try {
            return driver.findElements(By.cssSelector("input[name],select[name],textarea[name]")).stream()
                    .filter(LivePage::shown).map(e -> e.getAttribute("name")).distinct().toList();
        } catch (WebDriverException e) {
            return List.of();
        }
    }

    private static boolean shown(WebElement element) {
        try {
            return element.isDisplayed();
        } catch (StaleElementReferenceException e) {
            return false;
        }
    }

    private void set(PageAction.Change change, Duration wait) {
        switch (change.kind()) {
            case HIDDEN -> script(SET_VALUE, element(change.selector()), change.values().get(0));
            case TYPE -> {
                WebElement field = usable(change.selector(), wait);
                field.clear();
                field.sendKeys(change.values().get(0));
            }
            case CHECK, UNCHECK -> {
                WebElement box = element(change.selector());
                if (box.isSelected() != (change.kind() == PageAction.Kind.CHECK)) {
                    try {
                        usable(change.selector(), wait).click();
                    } catch (TimeoutException e) {
                        script("arguments[0].click();", box);
                    }
                }
            }
            case SELECT -> {
                Select list = new Select(usable(change.selector(), wait));
                if (list.isMultiple()) {
                    list.deselectAll();
                }
                change.values().forEach(list::selectByValue);
            }
        }
    }

    private WebElement usable(String selector, Duration wait) {
        try {
            return new WebDriverWait(driver, wait, Duration.ofMillis(50))
                    .until(ExpectedConditions.elementToBeClickable(By.cssSelector(selector)));
        } catch (TimeoutException e) {
            throw new FieldNotUsable(selector);
        }
    }

    private WebElement element(String selector) {
        try {
            return driver.findElement(By.cssSelector(selector));
        } catch (NoSuchElementException e) {
            throw new FieldNotUsable(selector);
        }
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** A control the decision named did not become visible and enabled in time, or went away. */
    static final class FieldNotUsable extends RuntimeException {
        private final String selector;

        FieldNotUsable(String selector) {
            super(selector, null, false, false);
            this.selector = selector;
        }

        String selector() {
            return selector;
        }
    }
}
