package dev.baton.http;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.CredentialsProvider;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.HttpContext;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/** Routes each request through the proxy {@link ProxySelection} picks for its target, or directly. */
final class ProxyRoutePlanner extends DefaultRoutePlanner {

    private final ProxySelection proxies;

    ProxyRoutePlanner(ProxySelection proxies) {
        super(DefaultSchemePortResolver.INSTANCE);
        this.proxies = proxies;
    }

    @Override
    protected HttpHost determineProxy(HttpHost target, HttpContext context) {
        return proxies.proxyFor(target.getSchemeName(), target.getHostName(), target.getPort())
                .map(ProxyRoutePlanner::host).orElse(null);
    }

    /** The user and password written in the proxy URLs, for the proxies' {@code 407} challenges. */
    static CredentialsProvider credentials(HttpSettings settings) {
        BasicCredentialsProvider provider = new BasicCredentialsProvider();
        Stream.of(settings.httpProxy(), settings.httpsProxy()).flatMap(p -> p.stream())
                .filter(p -> p.getRawUserInfo() != null)
                .forEach(p -> {
                    String[] userAndPassword = p.getRawUserInfo().split(":", 2);
                    provider.setCredentials(new AuthScope(host(p)), new UsernamePasswordCredentials(
                            decode(userAndPassword[0]),
                            (userAndPassword.length > 1 ? decode(userAndPassword[1]) : "").toCharArray()));
                });
        return provider;
    }

    private static HttpHost host(URI proxy) {
        return new HttpHost("http", proxy.getHost(), proxy.getPort() < 0 ? 80 : proxy.getPort());
    }

    private static String decode(String percentEncoded) {
        return URLDecoder.decode(percentEncoded.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
