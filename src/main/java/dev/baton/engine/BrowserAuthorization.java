package dev.baton.engine;

import dev.baton.auth.AuthorizationCallbackException;
import dev.baton.auth.AuthorizationResponse;
import dev.baton.auth.BrowserLauncher;
import dev.baton.auth.LoopbackCallback;
import dev.baton.http.Header;
import dev.baton.http.HttpResult;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.Urls;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code login: {browser: true}}: a person signs in in the system browser (real Zoom asks for CAPTCHAs and
 * second factors no robot answers) while Baton waits on the loopback {@code redirect_uri}. The redirect the
 * browser followed becomes the step's response, so the rest of the step is the same as a headless one.
 */
final class BrowserAuthorization {

    private BrowserAuthorization() {
    }

    /**
     * Opens the browser (or prints the URL) on standard error as it is, unmasked: it is the address a person must
     * open, {@code state} included.
     */
    static HttpResult await(OutgoingRequest request, String redirectUri, Duration wait) {
        URI redirect = URI.create(redirectUri);
        if (!LoopbackCallback.isLoopback(redirect) || redirect.getPort() <= 0) {
            throw new StepError("login: {browser: true} needs a loopback redirect_uri with a port, such as "
                    + "http://127.0.0.1:8765/oauth/callback");
        }
        try (LoopbackCallback callback = LoopbackCallback.listen(redirect)) {
            BrowserLauncher.system(new PrintWriter(System.err, true)).open(request.uri());
            AuthorizationResponse response = callback.await(wait);
            return new HttpResult(request, 302, "Found", List.of(new Header("Location", location(redirectUri,
                    response))), new byte[0], StandardCharsets.UTF_8, 0, Map.of());
        } catch (IOException e) {
            throw new StepError("cannot listen on " + redirectUri + ": " + e.getMessage());
        } catch (AuthorizationCallbackException e) {
            throw new StepError("sign-in in the browser: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StepError("interrupted while waiting for the sign-in in the browser");
        }
    }

    private static String location(String redirectUri, AuthorizationResponse response) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("code", response.code());
        parameters.put("state", response.state());
        parameters.put("error", response.error());
        parameters.put("error_description", response.errorDescription());
        parameters.values().removeIf(Objects::isNull);
        return redirectUri + (redirectUri.contains("?") ? "&" : "?") + Urls.formEncode(parameters);
    }
}
