package dev.baton.sandbox;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * One sandbox endpoint as a WireMock transformer: the stub that names it only routes, the endpoint answers
 * from the sandbox's state. A failure becomes a 500 JSON body, never a stack trace.
 */
abstract class Endpoint implements ResponseDefinitionTransformerV2 {
    private final String name;
    protected final SandboxState state;

    Endpoint(String name, SandboxState state) {
        this.name = name;
        this.state = state;
    }

    @Override
    public final String getName() {
        return name;
    }

    @Override
    public final boolean applyGlobally() {
        return false;
    }

    @Override
    public final ResponseDefinition transform(ServeEvent serveEvent) {
        return Responses.shaped(state, answer(serveEvent.getRequest()));
    }

    private ResponseDefinition answer(Request request) {
        try {
            return handle(request);
        } catch (OAuthProblem e) {
            return onProblem(e);
        } catch (PageProblem e) {
            return Responses.errorPage(e.getMessage());
        } catch (RuntimeException e) {
            return OAuthErrors.serverError(e);
        }
    }

    abstract ResponseDefinition handle(Request request);

    /** How this endpoint answers an OAuth error it did not handle itself; by default the error page. */
    ResponseDefinition onProblem(OAuthProblem problem) {
        return Responses.errorPage(problem.description());
    }

    /** The pending authorization {@code requestId} names, if the request carries its session cookie. */
    final PendingAuthorization pendingFor(Request request, String requestId) {
        PendingAuthorization authorization = state.pending(requestId);
        if (authorization == null) {
            throw new PageProblem("Unknown or expired request_id: start again from the authorization URL");
        }
        var cookie = request.getCookies().get(Responses.SESSION_COOKIE);
        if (cookie == null || cookie.isAbsent() || !cookie.getValues().contains(authorization.sessionId())) {
            throw new PageProblem("Missing or mismatched " + Responses.SESSION_COOKIE
                    + " session cookie: cookies must be kept between the authorization and sign-in requests");
        }
        return authorization;
    }

    /** Checks the CSRF token a form sent back. */
    static void checkCsrf(PendingAuthorization authorization, String csrf) {
        if (csrf == null || !authorization.csrf().equals(csrf)) {
            throw new PageProblem("Missing or invalid csrf token: submit the form as the page served it");
        }
    }
}
