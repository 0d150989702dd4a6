package dev.baton.engine;

import dev.baton.cookie.SetCookies;
import dev.baton.http.HttpResult;
import dev.baton.http.HttpSender;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.TransportException;
import dev.baton.http.Urls;
import dev.baton.secret.Redactor;
import dev.baton.secret.SecretNames;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The sender of a sign-in leg (an authorization step's, the device grant's), which registers as secrets of the run
 * the values the driver takes from the server's pages under secret-looking names (Keycloak's {@code session_code} in
 * every form action, its hidden {@code code} field on the consent page) and the cookies the server sets: those of
 * each page, as soon as it comes in and before anything prints it (form actions, links, hidden and other inputs, a
 * redirect's {@code Location}, {@code Set-Cookie}), and those of each request the driver builds, before it goes out
 * (its query and its form-encoded body).
 */
final class SignInLegSecrets implements HttpSender {

    private static final String FORM = "application/x-www-form-urlencoded";

    private final HttpSender next;
    private final Redactor secrets;

    SignInLegSecrets(HttpSender next, Redactor secrets) {
        this.next = next;
        this.secrets = secrets;
    }

    @Override
    public HttpResult send(OutgoingRequest request) throws TransportException {
        query(request.uri());
        String type = request.contentType() == null ? "" : request.contentType().toLowerCase(Locale.ROOT);
        if (request.body() != null && type.startsWith(FORM)) {
            register(Urls.parameters(new String(request.body(), StandardCharsets.UTF_8)));
        }
        return received(next.send(request));
    }

    /** Registers what a page or redirect of the leg carries under secret-looking names, and returns it. */
    HttpResult received(HttpResult result) {
        result.location().ifPresent(this::query);
        SetCookies.values(result.headers("Set-Cookie")).forEach(secrets::add);
        if (result.mediaType().contains("html") && result.body() != null) {
            page(Jsoup.parse(result.bodyText()));
        }
        return result;
    }

    private void page(Document page) {
        for (Element element : page.select("form[action], a[href]")) {
            String target = element.hasAttr("action") ? element.attr("action") : element.attr("href");
            int at = target.indexOf('?');
            if (at >= 0) {
                register(Urls.parameters(target.substring(at + 1, target.indexOf('#') > at ? target.indexOf('#')
                        : target.length())));
            }
        }
        for (Element input : page.select("input[name][value]")) {
            if (SecretNames.isSecret(input.attr("name"))) {
                secrets.add(input.attr("value"));
            }
        }
    }

    private void query(URI uri) {
        if (uri.getRawQuery() != null) {
            register(Urls.parameters(uri.getRawQuery()));
        }
    }

    private void register(Map<String, String> parameters) {
        parameters.forEach((name, value) -> {
            if (SecretNames.isSecret(name) && value != null && !value.isEmpty()) {
                secrets.add(value);
            }
        });
    }
}
