package dev.baton.http;

import dev.baton.model.InvalidInputException;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Builds the TLS setup of {@link HttpSettings}: whom to trust (the JDK's CAs, plus {@code caCertificates}, or
 * anyone when {@code insecure}) and which client certificate to offer.
 */
public final class TlsContexts {

    private TlsContexts() {
    }

    /**
     * The SSL context for the settings, reading the CA and client certificate files. Call it to report a bad
     * file before any request is sent.
     *
     * @throws InvalidInputException naming the option, the file and what is wrong with it
     */
    public static SSLContext create(HttpSettings settings) {
        KeyManager[] keys = {new HandshakeNotes(ClientIdentity.keyManager(settings).orElse(null))};
        TrustManager[] trust = settings.insecure() ? new TrustManager[]{new TrustAll()}
                : settings.caCertificates().map(TlsContexts::trustingAlso).orElse(null);
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys, trust, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this JVM: " + e.getMessage(), e);
        }
    }

    /** HttpClient's TLS strategy for the settings; by default HttpClient's own: JDK CAs, host names checked. */
    static TlsSocketStrategy strategy(HttpSettings settings) {
        ClientTlsStrategyBuilder builder = ClientTlsStrategyBuilder.create().setSslContext(create(settings));
        if (settings.insecure()) {
            builder.setHostnameVerifier(NoopHostnameVerifier.INSTANCE)
                    .setHostVerificationPolicy(HostnameVerificationPolicy.CLIENT);
        }
        return builder.buildClassic();
    }

    private static TrustManager[] trustingAlso(Path pemFile) {
        List<X509Certificate> extra = PemFiles.certificates(pemFile, "--cacert");
        try {
            KeyStore anchors = KeyStore.getInstance("PKCS12");
            anchors.load(null, null);
            int n = 0;
            for (X509Certificate jdk : jdkDefault().getAcceptedIssuers()) {
                anchors.setCertificateEntry("jdk-" + n++, jdk);
            }
            for (X509Certificate certificate : extra) {
                anchors.setCertificateEntry("cacert-" + n++, certificate);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(anchors);
            return factory.getTrustManagers();
        } catch (GeneralSecurityException | IOException e) {
            throw new InvalidInputException("--cacert " + pemFile + ": the certificates cannot be used ("
                    + e.getMessage() + ")");
        }
    }

    private static X509TrustManager jdkDefault() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager");
    }

    /** Accepts every certificate: {@code --insecure}. */
    private static final class TrustAll extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
