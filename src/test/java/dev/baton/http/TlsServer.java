package dev.baton.http;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.cert.X509Certificate;

/**
 * A loopback HTTPS server (the JDK's {@code HttpsServer}) answering {@code 200 hello <client subject>}, with a
 * certificate from {@link TestCertificates}; optionally requiring a client certificate it trusts.
 */
final class TlsServer implements AutoCloseable {

    private final HttpsServer server;

    private TlsServer(HttpsServer server) {
        this.server = server;
    }

    /** A server with this identity, not asking for a client certificate. */
    static TlsServer start(TestCertificates.Identity identity) throws Exception {
        return start(identity, new X509Certificate[0]);
    }

    /** A server that requires a client certificate, trusting these (none: no client certificate asked). */
    static TlsServer start(TestCertificates.Identity identity, X509Certificate... trustedClients) throws Exception {
        return start(identity, null, trustedClients);
    }

    /** As {@link #start(TestCertificates.Identity, X509Certificate...)}, speaking only this TLS version. */
    static TlsServer start(TestCertificates.Identity identity, String protocol, X509Certificate... trustedClients)
            throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(identity.p12())) {
            keys.load(in, TestCertificates.PASSWORD.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, TestCertificates.PASSWORD.toCharArray());
        KeyStore clients = KeyStore.getInstance("PKCS12");
        clients.load(null, null);
        for (int i = 0; i < trustedClients.length; i++) {
            clients.setCertificateEntry("client" + i, trustedClients[i]);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(clients);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        boolean needClientAuth = trustedClients.length > 0;

        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters parameters = context.getDefaultSSLParameters();
                parameters.setNeedClientAuth(needClientAuth);
                if (protocol != null) {
                    parameters.setProtocols(new String[]{protocol});
                }
                params.setSSLParameters(parameters);
            }
        });
        server.createContext("/", exchange -> {
            String client = "anonymous";
            try {
                client = ((HttpsExchange) exchange).getSSLSession().getPeerPrincipal().getName();
            } catch (SSLPeerUnverifiedException none) {
                // no client certificate
            }
            byte[] body = ("hello " + client).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return new TlsServer(server);
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** {@code https://HOST:PORT/hello}. */
    URI uri(String host) {
        return URI.create("https://" + host + ":" + port() + "/hello");
    }

    @Override
    public void close() throws IOException {
        server.stop(0);
    }
}
