package dev.baton.engine;

import dev.baton.auth.PkceSession;
import dev.baton.http.ApacheHttpSender;
import dev.baton.model.AuthSpec;
import dev.baton.model.Capture;
import dev.baton.model.Collection;
import dev.baton.model.EnvironmentVariable;
import dev.baton.model.OAuthRole;
import dev.baton.model.Position;
import dev.baton.model.Step;
import dev.baton.secret.Redactor;
import dev.baton.template.Binding;
import dev.baton.template.Layer;
import dev.baton.template.References;
import dev.baton.template.TemplateException;
import dev.baton.template.Variables;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Runs the steps of one collection in order, sharing variables, cookies and the PKCE session. */
final class CollectionRunner {

    private final CollectionDescriptor descriptor;
    private final RunSettings settings;
    private final RunResources resources;
    private final Redactor redactor;
    private final EngineExecutionListener listener;
    private final RunState state;
    private final Map<String, String> notCaptured = new LinkedHashMap<>();

    CollectionRunner(CollectionDescriptor descriptor, RunSettings settings, RunResources resources,
                     Redactor redactor, EngineExecutionListener listener, RunState state) {
        this.descriptor = descriptor;
        this.settings = settings;
        this.resources = resources;
        this.redactor = redactor;
        this.listener = listener;
        this.state = state;
    }

    void run() {
        listener.executionStarted(descriptor);
        listener.executionFinished(descriptor, runSteps());
    }

    private TestExecutionResult runSteps() {
        if (descriptor.loadError() != null) {
            return failed(descriptor.loadError().render());
        }
        Collection collection = descriptor.collection();
        try (ApacheHttpSender sender = new ApacheHttpSender(settings.timeout())) {
            Variables variables = variables(collection);
            StepRunner steps = new StepRunner(sender, variables, redactor, pkce(collection.auth(), variables),
                    collection.auth());
            for (TestDescriptor child : descriptor.getChildren()) {
                runStep((StepDescriptor) child, steps);
            }
            return TestExecutionResult.successful();
        } catch (TemplateException e) {
            return failed(e.position() + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return failed(collection.auth().position() + ": " + e.getMessage());
        } catch (IOException closing) {
            return TestExecutionResult.successful();
        }
    }

    private TestExecutionResult failed(String message) {
        return TestExecutionResult.failed(new StepError(redactor.mask(message)));
    }

    private void runStep(StepDescriptor descriptor, StepRunner steps) {
        Step step = descriptor.step();
        Optional<String> skip = skipReason(step);
        if (skip.isPresent()) {
            listener.executionSkipped(descriptor, skip.get());
            return;
        }
        listener.executionStarted(descriptor);
        try {
            steps.run(step);
            stepPassed(step);
            listener.executionFinished(descriptor, TestExecutionResult.successful());
        } catch (StepFailure | StepError e) {
            stepFailed(step);
            finish(descriptor, e);
        } catch (RuntimeException e) {
            stepFailed(step);
            finish(descriptor, new StepError("internal error in Baton: " + redactor.mask(String.valueOf(e))));
        }
    }

    /** What a passing step captured is there again, even if an earlier step failed to capture it. */
    private void stepPassed(Step step) {
        step.captures().stream().map(Capture::variable).forEach(notCaptured::remove);
        if (step.oauth() == OAuthRole.AUTHORIZE) {
            AuthorizationStep.VARIABLES.forEach(notCaptured::remove);
        }
    }

    private void stepFailed(Step step) {
        step.captures().stream().map(Capture::variable).forEach(v -> notCaptured.putIfAbsent(v, step.name()));
        if (step.oauth() == OAuthRole.AUTHORIZE) {
            AuthorizationStep.VARIABLES.forEach(v -> notCaptured.putIfAbsent(v, step.name()));
        }
        if (settings.bail()) {
            state.bail(step.name());
        }
    }

    private Optional<String> skipReason(Step step) {
        if (state.bailedAt() != null) {
            return Optional.of("--bail: step '" + state.bailedAt() + "' failed");
        }
        try {
            for (String used : References.of(step).keySet()) {
                if (notCaptured.containsKey(used)) {
                    return Optional.of("needs <<" + used + ">>, which step '" + notCaptured.get(used)
                            + "' failed to capture");
                }
            }
        } catch (TemplateException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private void finish(TestDescriptor descriptor, Throwable error) {
        listener.executionFinished(descriptor, TestExecutionResult.failed(error));
    }

    private Variables variables(Collection collection) {
        Variables variables = new Variables(redactor::add);
        collection.vars().forEach((name, value) -> variables.define(Layer.COLLECTION, name,
                Binding.written(value, SecretNames.isSecret(name))));
        for (EnvironmentVariable v : resources.environment().variables()) {
            boolean secret = v.secret() || SecretNames.isSecret(v.name());
            variables.define(Layer.ENVIRONMENT, v.name(), v.problem() != null
                    ? Binding.missing(v.problem(), secret, v.value() == null ? Position.of("env") : v.value().position())
                    : v.templated() ? Binding.written(v.value(), secret)
                    : Binding.literal(v.value().raw(), secret, v.value().position()));
        }
        resources.provided().forEach((name, value) -> variables.define(Layer.ENVIRONMENT, name,
                Binding.literal(value, false, Position.of("<baton>"))));
        settings.variables().forEach((name, value) -> variables.define(Layer.COMMAND_LINE, name,
                Binding.literal(value, SecretNames.isSecret(name), Position.of("--var " + name))));
        return variables;
    }

    private PkceSession pkce(AuthSpec auth, Variables variables) throws TemplateException {
        if (auth == null) {
            return null;
        }
        String verifier = pinned(variables, PkceVariables.VERIFIER, auth.codeVerifier());
        String pinnedState = pinned(variables, PkceVariables.STATE, auth.state());
        PkceSession session = PkceSession.create(auth.method(), verifier, pinnedState);
        PkceVariables.define(variables, session);
        return session;
    }

    private static String pinned(Variables variables, String name, dev.baton.model.Text written)
            throws TemplateException {
        Optional<Binding> commandLine = variables.binding(name);
        if (commandLine.isPresent()) {
            return variables.valueOf(name, Position.of("--var " + name));
        }
        return written == null ? null : variables.resolve(written);
    }
}
