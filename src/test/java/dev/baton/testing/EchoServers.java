package dev.baton.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The {@link EchoServer}s of one test, stopped after it: {@code @RegisterExtension final EchoServers servers = new
 * EchoServers();} then {@code servers.start(answer)}.
 */
public final class EchoServers implements AfterEachCallback {

    private final List<EchoServer> started = new ArrayList<>();

    /** Starts a server that answers every request with {@code answer}; it stops when the test ends. */
    public EchoServer start(Function<EchoServer.Request, EchoServer.Reply> answer) {
        EchoServer server = EchoServer.start(answer);
        started.add(server);
        return server;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        started.forEach(EchoServer::close);
        started.clear();
    }
}
