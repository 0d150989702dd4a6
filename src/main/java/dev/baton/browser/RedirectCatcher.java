package dev.baton.browser;

import dev.baton.auth.RedirectTarget;
import dev.baton.http.Urls;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.bidi.BiDi;
import org.openqa.selenium.bidi.Command;
import org.openqa.selenium.bidi.module.Network;
import org.openqa.selenium.bidi.network.AddInterceptParameters;
import org.openqa.selenium.bidi.network.BeforeRequestSent;
import org.openqa.selenium.bidi.network.ContinueRequestParameters;
import org.openqa.selenium.bidi.network.InterceptPhase;
import org.openqa.selenium.bidi.network.ResponseDetails;
import org.openqa.selenium.bidi.network.UrlPattern;
import org.openqa.selenium.chrome.ChromeDriver;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Stops the browser's navigation to the redirect URI before it is sent, with WebDriver BiDi's network module: an
 * intercept in the {@code beforeRequestSent} phase for the redirect URI's scheme, host, port and path, and the blocked
 * request failed there ({@code network.failRequest}), so that nothing reaches the client's server, then or later
 * ({@code network.provideResponse} would not do: Chromium sends the request to fetch a response to replace). The
 * request's URL (a redirect, {@code location.assign}) or its form body
 * ({@code response_mode=form_post}, read back through a BiDi data collector) is the authorization response. Also
 * keeps the status of the last top-level document the browser received, for messages.
 */
final class RedirectCatcher implements AutoCloseable {

    /** A request the browser meant to send to the redirect URI. */
    record Caught(String method, URI uri, String body) {
    }

    /** The last document response: its URL, status and reason. */
    record DocumentStatus(String url, int status, String reason, String mimeType) {
    }

    private static final int MAX_BODY_BYTES = 256 * 1024;

    private final BiDi bidi;
    private final Network network;
    private final RedirectTarget target;
    private final ExecutorService answering = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "baton-redirect-catcher");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Caught> caught = new AtomicReference<>();
    private volatile boolean holding;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final AtomicReference<DocumentStatus> document = new AtomicReference<>();
    private final String collector;

    private RedirectCatcher(ChromeDriver driver, Network network, RedirectTarget target, URI redirectUri) {
        this.bidi = driver.getBiDi();
        this.network = network;
        this.target = target;
        this.collector = dataCollector(bidi);
        network.onBeforeRequestSent(this::requested);
        network.onResponseCompleted(this::responded);
        network.addIntercept(new AddInterceptParameters(InterceptPhase.BEFORE_REQUEST_SENT)
                .urlPattern(pattern(redirectUri)));
    }

    /** Watches every navigation of the browser from now on, through {@code network} (which its caller closes). */
    static RedirectCatcher watch(ChromeDriver driver, Network network, RedirectTarget target, URI redirectUri) {
        return new RedirectCatcher(driver, network, target, redirectUri);
    }

    /** The request to the redirect URI, once the browser made it. */
    Optional<Caught> caught() {
        RuntimeException problem = failure.get();
        if (problem != null) {
            throw problem;
        }
        return Optional.ofNullable(caught.get());
    }

    /** Whether the browser was sent to the redirect URI: the page is left alone while Baton answers for it. */
    boolean holding() {
        return holding;
    }

    /** The last top-level document the browser received, if any. */
    Optional<DocumentStatus> document() {
        return Optional.ofNullable(document.get());
    }

    private void requested(BeforeRequestSent event) {
        if (!event.isBlocked()) {
            return;
        }
        String requestId = event.getRequest().getRequestId();
        URI uri = Urls.parse(event.getRequest().getUrl()).orElse(null);
        boolean ours = uri != null && target.matches(uri);
        holding |= ours;
        answering.execute(() -> {
            try {
                if (!ours) {
                    network.continueRequest(new ContinueRequestParameters(requestId));
                    return;
                }
                network.failRequest(requestId);
                if (caught.get() == null) {
                    String method = event.getRequest().getMethod().toUpperCase(Locale.ROOT);
                    String body = method.equals("POST") ? body(requestId) : null;
                    caught.compareAndSet(null, new Caught(method, uri, body));
                }
            } catch (RuntimeException e) {
                failure.set(e instanceof WebDriverException w ? w : new WebDriverException(e));
            }
        });
    }

    private void responded(ResponseDetails event) {
        if (event.getNavigationId() == null) {
            return;
        }
        var response = event.getResponseData();
        document.set(new DocumentStatus(response.getUrl(), response.getStatus(), response.getStatusText(),
                response.getMimeType()));
    }

    /** The form body of the blocked request, as the browser would have sent it. */
    private String body(String requestId) {
        if (collector == null) {
            throw new WebDriverException("this Chromium cannot hand over the body of a form posted to the redirect "
                    + "URI (WebDriver BiDi network.addDataCollector is missing); use a newer Chromium");
        }
        Map<String, Object> data = bidi.send(new Command<>("network.getData", Map.of("dataType", "request",
                "request", requestId, "collector", collector), Map.class), Duration.ofSeconds(10));
        Object bytes = data.get("bytes");
        if (bytes instanceof Map<?, ?> value && "string".equals(value.get("type"))) {
            return String.valueOf(value.get("value"));
        }
        if (bytes instanceof Map<?, ?> value && "base64".equals(value.get("type"))) {
            return new String(Base64.getDecoder().decode(String.valueOf(value.get("value"))),
                    StandardCharsets.UTF_8);
        }
        return "";
    }

    /** A BiDi data collector of request bodies, or {@code null} when the browser has none. */
    private static String dataCollector(BiDi bidi) {
        try {
            Map<String, Object> result = bidi.send(new Command<>("network.addDataCollector", Map.of(
                    "dataTypes", List.of("request"), "maxEncodedDataSize", MAX_BODY_BYTES), Map.class));
            Object id = result.get("collector");
            return id == null ? null : id.toString();
        } catch (WebDriverException e) {
            return null;
        }
    }

    /**
     * The redirect URI's scheme, host, port (when not the scheme's default) and path, any query; requests it lets
     * through that {@link RedirectTarget} does not match are sent on unchanged.
     */
    private static UrlPattern pattern(URI redirectUri) {
        String path = redirectUri.getRawPath() == null || redirectUri.getRawPath().isEmpty() ? "/"
                : redirectUri.getRawPath();
        UrlPattern pattern = new UrlPattern().protocol(redirectUri.getScheme().toLowerCase(Locale.ROOT))
                .hostname(redirectUri.getHost()).pathname(path);
        return redirectUri.getPort() == -1 ? pattern : pattern.port(String.valueOf(redirectUri.getPort()));
    }

    @Override
    public void close() {
        answering.shutdownNow();
    }
}
