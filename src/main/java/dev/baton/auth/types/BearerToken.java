package dev.baton.auth.types;

import dev.baton.auth.AuthContext;
import dev.baton.auth.AuthFailure;
import dev.baton.auth.AuthSession;
import dev.baton.auth.TokenRequestException;
import dev.baton.http.BearerAuthorization;
import dev.baton.http.HttpSender;
import dev.baton.http.TransportException;
import dev.baton.http.UrlCheck;
import dev.baton.http.Urls;
import dev.baton.model.Text;
import dev.baton.template.TemplateException;
import dev.baton.template.Variables;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A token helper in one iteration: before each step it gets the token (once per run until it expires, by its type),
 * sets {@code <<auth.access_token>>}, and sends it on every request of the step that carries no credentials of its own.
 * Its values are resolved at each step, so that they may use what earlier steps captured.
 */
final class BearerToken implements AuthSession {

    private final TokenHelper helper;
    private final AuthContext context;
    private volatile TokenRequest last;

    BearerToken(TokenHelper helper, AuthContext context) {
        this.helper = helper;
        this.context = context;
    }

    @Override
    public void beforeStep() {
        context.define(TokenHelper.ACCESS_TOKEN, token(), true);
    }

    @Override
    public List<String> takeNotes() {
        TokenRequest request = last;
        return request == null ? List.of() : helper.kind().takeNotes(request, context);
    }

    @Override
    public HttpSender around(HttpSender next) {
        return new BearerAuthorization(next, () -> Optional.of(token()));
    }

    private String token() {
        try {
            TokenRequest request = resolved();
            last = request;
            context.secrets().add(request.clientSecret());
            String token = helper.kind().token(request, context);
            context.secrets().add(token);
            return token;
        } catch (TemplateException e) {
            throw new AuthFailure(e.getMessage(), e.position());
        } catch (TokenRequestException | TransportException e) {
            throw new AuthFailure("cannot get an access token: " + e.getMessage(), helper.tokenUrl().position());
        }
    }

    private TokenRequest resolved() throws TemplateException {
        Variables variables = context.variables();
        String url = variables.resolve(helper.tokenUrl()).trim();
        Optional<String> problem = UrlCheck.problem(url);
        if (problem.isPresent()) {
            throw new TemplateException(helper.tokenUrl().position(), "tokenUrl: " + problem.get());
        }
        URI tokenUrl = Urls.parse(url).orElseThrow();
        String clientId = variables.resolve(helper.clientId()).trim();
        if (clientId.isEmpty()) {
            throw new TemplateException(helper.clientId().position(), "clientId is empty");
        }
        String accountId = optional(variables, helper.accountId());
        if (accountId != null && accountId.isBlank()) {
            throw new TemplateException(helper.accountId().position(), "accountId is empty");
        }
        return new TokenRequest(tokenUrl, clientId, optional(variables, helper.clientSecret()),
                optional(variables, helper.scope()), accountId == null ? null : accountId.trim(),
                optional(variables, helper.refreshToken()), optional(variables, helper.saveRefreshToken()));
    }

    private static String optional(Variables variables, Text text) throws TemplateException {
        return text == null ? null : variables.resolve(text);
    }
}
