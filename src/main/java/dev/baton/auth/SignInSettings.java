package dev.baton.auth;

import dev.baton.http.Header;
import dev.baton.model.LoginField;
import dev.baton.model.LoginPage;
import dev.baton.model.LoginSpec;
import dev.baton.secret.Redactor;
import dev.baton.secret.SecretNames;
import dev.baton.template.TemplateException;
import dev.baton.template.Variables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code login:} block resolved for the sign-in driver: its fields and pages with their placeholders filled (secret
 * fields registered), the scopes asked for, and the headers of the browser's navigation.
 */
public final class SignInSettings {

    private SignInSettings() {
    }

    /**
     * @param login          the block, or {@code null} for a sign-in that fills nothing
     * @param scope          the {@code scope} of the authorization request, or {@code null}
     * @param requestHeaders the headers the authorization request was written with
     */
    public static SignIn of(LoginSpec login, Variables variables, Redactor redactor, String scope,
                     List<Header> requestHeaders) throws TemplateException {
        List<String> scopes = scope == null ? List.of() : Arrays.stream(scope.trim().split("\\s+"))
                .filter(s -> !s.isEmpty()).toList();
        if (login == null) {
            return new SignIn(Map.of(), null, null, 10, List.of(), scopes, headers(null, variables, requestHeaders));
        }
        List<SignInPage> pages = new ArrayList<>();
        for (LoginPage page : login.pages()) {
            pages.add(new SignInPage(page.form(), page.title() == null ? null : variables.resolve(page.title()),
                    fields(page.fields(), variables, redactor), page.submit(), page.optional()));
        }
        return new SignIn(fields(login.fields(), variables, redactor), login.formSelector(), login.submit(),
                login.maxPages(), pages, scopes, headers(login, variables, requestHeaders));
    }

    /** The headers of a top-level navigation, with the block's {@code userAgent} and the request's own headers. */
    public static BrowserHeaders headers(LoginSpec login, Variables variables, List<Header> requestHeaders)
            throws TemplateException {
        String userAgent = login == null || login.userAgent() == null ? null : variables.resolve(login.userAgent());
        return BrowserHeaders.overriddenBy(requestHeaders, userAgent);
    }

    private static Map<String, List<String>> fields(List<LoginField> fields, Variables variables, Redactor redactor)
            throws TemplateException {
        Map<String, List<String>> resolved = new LinkedHashMap<>();
        for (LoginField field : fields) {
            List<String> values = new ArrayList<>();
            for (var value : field.values()) {
                String text = variables.resolve(value);
                if (SecretNames.isSecret(field.name())) {
                    redactor.add(text);
                }
                values.add(text);
            }
            resolved.put(field.name(), values);
        }
        return resolved;
    }
}
