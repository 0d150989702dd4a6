package dev.baton.http;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.cookie.BasicCookieStore;
import org.apache.hc.client5.http.cookie.CookieStore;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An {@link HttpSender} on Apache HttpClient 5: one pooled, keep-alive client and one cookie store per run.
 * Redirects are never followed here; bodies are read up to a size limit. TLS trust, the client certificate and
 * proxies come from {@link HttpSettings}.
 */
public final class ApacheHttpSender implements HttpSender, AutoCloseable {

    /** Bodies longer than this are refused rather than held in memory, unless the settings say otherwise. */
    public static final int DEFAULT_MAX_BODY_BYTES = HttpSettings.DEFAULT_MAX_BODY_BYTES;

    private static final String REACHED_TARGET = "baton.reached-target";

    private final CloseableHttpClient client;
    private final CookieStore cookies = new BasicCookieStore();
    private final Duration defaultTimeout;
    private final int maxBodyBytes;
    private final TransportErrors errors;
    private final boolean ownsClient;
    private final Consumer<String> cookieValues;

    /** A sender with default settings and this timeout. */
    public ApacheHttpSender(Duration defaultTimeout) {
        this(HttpSettings.builder().timeout(defaultTimeout).build());
    }

    /** A sender with default settings, this timeout and this body limit. */
    public ApacheHttpSender(Duration defaultTimeout, int maxBodyBytes) {
        this(HttpSettings.builder().timeout(defaultTimeout).maxBodyBytes(maxBodyBytes).build());
    }

    /**
     * A sender with these settings.
     *
     * @throws IllegalArgumentException when a CA or client certificate file is missing or invalid, naming it
     */
    public ApacheHttpSender(HttpSettings settings) {
        this(settings, value -> { });
    }

    /**
     * A sender with these settings that tells {@code cookieValues} the value of every cookie a server sets, as the
     * cookie store learns it: cookies are credentials, masked in every message.
     *
     * @throws IllegalArgumentException when a CA or client certificate file is missing or invalid, naming it
     */
    public ApacheHttpSender(HttpSettings settings, Consumer<String> cookieValues) {
        this.cookieValues = cookieValues;
        this.defaultTimeout = settings.timeout();
        this.maxBodyBytes = settings.maxBodyBytes();
        ProxySelection proxies = new ProxySelection(settings);
        this.errors = new TransportErrors(proxies, settings.clientCertificate().isPresent(), settings.timeout());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(128).setMaxConnPerRoute(64)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(defaultTimeout)).build())
                        .setTlsSocketStrategy(TlsContexts.strategy(settings))
                        .build())
                .setRoutePlanner(new ProxyRoutePlanner(proxies))
                .setDefaultCredentialsProvider(ProxyRoutePlanner.credentials(settings))
                .addExecInterceptorAfter(ChainElement.CONNECT.name(), "baton-reached-target", (req, scope, chain) -> {
                    scope.clientContext.setAttribute(REACHED_TARGET, Boolean.TRUE);
                    return chain.proceed(req, scope);
                })
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableContentCompression()
                .setUserAgent("baton/0.1")
                .build();
        this.ownsClient = true;
    }

    private ApacheHttpSender(ApacheHttpSender pool) {
        this.client = pool.client;
        this.defaultTimeout = pool.defaultTimeout;
        this.maxBodyBytes = pool.maxBodyBytes;
        this.errors = pool.errors;
        this.ownsClient = false;
        this.cookieValues = pool.cookieValues;
    }

    /**
     * A sender on the same connection pool with cookies of its own, for one iteration of a run; closing it leaves
     * the pool open.
     */
    public ApacheHttpSender session() {
        return new ApacheHttpSender(this);
    }

    @Override
    public HttpResult send(OutgoingRequest request) throws TransportException {
        ClassicRequestBuilder builder = ClassicRequestBuilder.create(request.method()).setUri(request.uri());
        request.headers().forEach(h -> builder.addHeader(h.name(), h.value()));
        if (request.body() != null) {
            ContentType type = request.contentType() == null ? null : ContentType.parse(request.contentType());
            builder.setEntity(new ByteArrayEntity(request.body(), type));
        }
        HttpClientContext context = HttpClientContext.create();
        context.setCookieStore(cookies);
        Timeout timeout = Timeout.of(request.timeout() == null ? defaultTimeout : request.timeout());
        context.setRequestConfig(RequestConfig.custom()
                .setConnectionRequestTimeout(timeout)
                .setResponseTimeout(timeout)
                .setRedirectsEnabled(false)
                .build());
        long start = System.nanoTime();
        HandshakeNotes.reset();
        try {
            return client.execute(builder.build(), context, response -> {
                if (context.getAttribute(REACHED_TARGET) == null) {
                    throw new TunnelRefusedException((response.getCode() + " "
                            + Objects.toString(response.getReasonPhrase(), "")).strip());
                }
                return read(request, response, start);
            });
        } catch (IOException e) {
            throw new TransportException(errors.describe(request, e), e);
        }
    }

    private HttpResult read(OutgoingRequest request, ClassicHttpResponse response, long start) throws IOException {
        List<Header> headers = new ArrayList<>();
        for (var h : response.getHeaders()) {
            headers.add(new Header(h.getName(), h.getValue()));
        }
        HttpEntity entity = response.getEntity();
        byte[] body = entity == null ? new byte[0] : readCapped(entity);
        Charset charset = charsetOf(entity);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new HttpResult(request, response.getCode(), response.getReasonPhrase() == null ? ""
                : response.getReasonPhrase(), headers, body, charset, millis, cookieMap());
    }

    private byte[] readCapped(HttpEntity entity) throws IOException {
        InputStream in = entity.getContent();
        if (in == null) {
            return new byte[0];
        }
        try (in) {
            if (entity.getContentLength() > maxBodyBytes) {
                throw tooLarge(in);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > maxBodyBytes) {
                    throw tooLarge(in);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    /** Drops the connection rather than reading the rest of the body to reuse it. */
    private BodyTooLargeException tooLarge(InputStream in) throws IOException {
        if (in instanceof EofSensorInputStream sensor) {
            sensor.abort();
        }
        return new BodyTooLargeException(maxBodyBytes);
    }

    private static Charset charsetOf(HttpEntity entity) {
        if (entity == null || entity.getContentType() == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            Charset charset = ContentType.parse(entity.getContentType()).getCharset();
            return charset == null ? StandardCharsets.UTF_8 : charset;
        } catch (RuntimeException unsupported) {
            return StandardCharsets.UTF_8;
        }
    }

    private Map<String, String> cookieMap() {
        Map<String, String> map = new LinkedHashMap<>();
        cookies.getCookies().forEach(c -> map.put(c.getName(), c.getValue()));
        map.values().forEach(cookieValues);
        return map;
    }

    @Override
    public void close() throws IOException {
        if (ownsClient) {
            client.close();
        }
    }

    /** The proxy answered {@code CONNECT} with something other than 200: the target was never reached. */
    static final class TunnelRefusedException extends IOException {
        TunnelRefusedException(String status) {
            super(status);
        }
    }

    /** Thrown while reading a body longer than the limit. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException(int limit) {
            super("response body is larger than the limit of " + limit + " bytes");
        }
    }
}
