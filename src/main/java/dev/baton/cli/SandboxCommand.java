package dev.baton.cli;

import dev.baton.model.InvalidInputException;
import dev.baton.sandbox.OAuthSandbox;
import dev.baton.sandbox.SandboxAccounts;
import dev.baton.sandbox.SandboxSwitch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code baton sandbox}: runs the embedded OAuth sandbox until interrupted. */
@Command(name = "sandbox", description = "Run the embedded Zoom OAuth sandbox on 127.0.0.1 until Ctrl-C.")
final class SandboxCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: a free port).")
    int port;

    @Option(names = "--switch", paramLabel = "NAME", description = "Switch on a behaviour of real servers: "
            + "secure-cookies, html-only, checkbox-consent, form-post, meta-refresh, interstitial, javascript, "
            + "deny-consent. Repeatable.")
    List<String> switches = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new InvalidInputException("--port must be from 0 to 65535");
        }
        OAuthSandbox sandbox;
        try {
            List<SandboxSwitch> on = new ArrayList<>();
            for (String name : switches) {
                on.add(SandboxSwitch.byKey(name).orElseThrow(() -> new InvalidInputException("--switch: unknown "
                        + "sandbox switch '" + name + "'; the switches are: " + String.join(", ", SandboxSwitch.keys()))));
            }
            sandbox = OAuthSandbox.builder().port(port).switches(on).start();
        } catch (IllegalStateException e) {
            throw new InvalidInputException(e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }));
        PrintWriter out = spec.commandLine().getOut();
        out.println(sandbox.baseUrl());
        out.println("clients: " + SandboxAccounts.CONFIDENTIAL_CLIENT_ID + " (confidential), "
                + SandboxAccounts.PUBLIC_CLIENT_ID + " (public); redirect_uri " + SandboxAccounts.REDIRECT_URI);
        out.println("user: " + SandboxAccounts.USER_EMAIL);
        out.flush();
        stopped.await();
        return ExitCodes.PASSED;
    }
}
