package dev.baton.cli;

import dev.baton.auth.BrowserLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code baton auth login}: signs in with the browser and keeps the tokens; hands off to {@link LoginService}. */
@Command(name = "login", description = {
        "Sign in with your browser (OAuth 2.0 authorization code with PKCE) and keep the tokens for the environment.",
        "Reads authorizeUrl, tokenUrl, clientId, clientSecret (optional), loopbackRedirectUri or redirectUri, and "
                + "scope (optional) from the environment. Tokens go to $" + AuthTokenFolder.VARIABLE
                + ", else $XDG_CONFIG_HOME/baton/tokens or ~/.config/baton/tokens."})
final class LoginCommand implements Callable<Integer> {

    @Mixin
    AuthOptions options;

    @Option(names = "--paste", description = "Paste the address the browser lands on, even for a loopback redirect.")
    boolean paste;

    @Option(names = "--no-browser", description = "Only print the sign-in URL; do not open a browser.")
    boolean noBrowser;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = AuthDurationConverter.class,
            description = "How long to wait for the browser to come back, such as 90s or 5m (default: 5m).")
    Duration timeout = LoginService.DEFAULT_TIMEOUT;

    @Mixin
    NetworkOptions network;

    @ParentCommand
    AuthCommand auth;

    @Override
    public Integer call() {
        PrintWriter out = auth.streams().out();
        BrowserLauncher browser = noBrowser ? new BrowserLauncher(out, List.of()) : BrowserLauncher.system(out);
        InputStreamReader terminal = new InputStreamReader(System.in, Charset.defaultCharset());
        return new LoginService(terminal, auth.streams(), browser, AuthTokenFolder.store())
                .login(options.request().with(network.settings()), paste, timeout);
    }
}
