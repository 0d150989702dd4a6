package dev.baton.http;

import dev.baton.cookie.CookieJar;
import dev.baton.cookie.StoredCookie;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.util.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An {@link HttpSender} on Apache HttpClient 5: one pooled, keep-alive client, and one {@link CookieJar} (RFC
 * 6265bis, in place of HttpClient's cookie handling) per session.
 * Redirects are never followed here; bodies are read up to a size limit. TLS trust, the client certificate and
 * proxies come from {@link HttpSettings}.
 */
public final class ApacheHttpSender implements HttpSender, AutoCloseable {

    /** Bodies longer than this are refused rather than held in memory, unless the settings say otherwise. */
    public static final int DEFAULT_MAX_BODY_BYTES = HttpSettings.DEFAULT_MAX_BODY_BYTES;

    private static final String REACHED_TARGET = "baton.reached-target";
    private static final String SENT_HEADERS = "baton.sent-headers";

    private final CloseableHttpClient client;
    private final CookieJar cookies = new CookieJar();
    private final Duration defaultTimeout;
    /**
     * The most header fields a response may have: ten times the client's default of 100, room for the 180 or so
     * cookies a browser keeps per site, each in its own {@code Set-Cookie}.
     */
    static final int MAX_HEADER_FIELDS = 1000;

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
     * @throws dev.baton.model.InvalidInputException when a CA or client certificate file is missing or invalid,
     *         naming it
     */
    public ApacheHttpSender(HttpSettings settings) {
        this(settings, value -> { });
    }

    /**
     * A sender with these settings that tells {@code cookieValues} the value of every cookie a server sets, as the
     * cookie store learns it: cookies are credentials, masked in every message.
     *
     * @throws dev.baton.model.InvalidInputException when a CA or client certificate file is missing or invalid,
     *         naming it
     */
    public ApacheHttpSender(HttpSettings settings, Consumer<String> cookieValues) {
        this.cookieValues = cookieValues;
        this.defaultTimeout = settings.timeout();
        this.maxBodyBytes = settings.maxBodyBytes();
        ProxySelection proxies = new ProxySelection(settings);
        this.errors = new TransportErrors(proxies, settings.clientCertificate().isPresent(), settings.timeout(),
                settings.connectTimeout());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(128).setMaxConnPerRoute(64)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(settings.connectTimeout())).build())
                        .setTlsSocketStrategy(TlsContexts.strategy(settings))
                        .setConnectionFactory(ManagedHttpClientConnectionFactory.builder()
                                .http1Config(Http1Config.custom().setMaxHeaderCount(MAX_HEADER_FIELDS).build())
                                .build())
                        .build())
                .setRoutePlanner(new ProxyRoutePlanner(proxies))
                .setDefaultCredentialsProvider(ProxyRoutePlanner.credentials(settings))
                .addExecInterceptorAfter(ChainElement.CONNECT.name(), "baton-reached-target", (req, scope, chain) -> {
                    scope.clientContext.setAttribute(REACHED_TARGET, Boolean.TRUE);
                    return chain.proceed(req, scope);
                })
                .addRequestInterceptorLast((req, entity, context) -> context.setAttribute(SENT_HEADERS,
                        wireHeaders(req)))
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAutomaticRetries()
                .disableContentCompression()
                .setUserAgent(BatonVersion.userAgent())
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

    /**
     * Sends the request and reads the whole response within its timeout: the deadline covers connecting, waiting and
     * reading the body, so a server that trickles a byte at a time cannot hold a step longer than the timeout.
     */
    @Override
    public HttpResult send(OutgoingRequest request) throws TransportException {
        HttpUriRequestBase message = new HttpUriRequestBase(request.method(), request.uri());
        addHeaders(message, request);
        if (!message.containsHeader(HttpHeaders.ACCEPT_ENCODING)) {
            message.addHeader(HttpHeaders.ACCEPT_ENCODING, ContentDecoding.ACCEPTED);
        }
        if (request.body() != null) {
            ContentType type = request.contentType() == null ? null : ContentType.parse(request.contentType());
            message.setEntity(new ByteArrayEntity(request.body(), type));
        }
        HttpClientContext context = HttpClientContext.create();
        Duration limit = request.timeout() == null ? defaultTimeout : request.timeout();
        Timeout timeout = Timeout.of(limit);
        context.setRequestConfig(RequestConfig.custom()
                .setConnectionRequestTimeout(timeout)
                .setResponseTimeout(timeout)
                .setRedirectsEnabled(false)
                .build());
        long start = System.nanoTime();
        HandshakeNotes.reset();
        ExchangeDeadlines.Deadline deadline = ExchangeDeadlines.SHARED.start(limit, message::cancel);
        try {
            return client.execute(message, context, response -> {
                if (context.getAttribute(REACHED_TARGET) == null) {
                    throw new TunnelRefusedException((response.getCode() + " "
                            + Objects.toString(response.getReasonPhrase(), "")).strip());
                }
                return read(request, response, start, sentHeaders(context), certificate(context));
            });
        } catch (IOException | RuntimeException e) {
            if (deadline.passed()) {
                throw new TransportException(errors.timedOut(request), e, sentHeaders(context), true);
            }
            if (e instanceof RuntimeException unexpected) {
                throw unexpected;
            }
            throw new TransportException(errors.describe(request, (IOException) e), e, sentHeaders(context),
                    TransportErrors.isTimeout((IOException) e));
        } finally {
            deadline.close();
        }
    }

    /**
     * Keeps a cookie that came to {@code origin} by another way than this sender (a browser's sign-in), by the jar's
     * rules, as if the response from there had set it.
     */
    public void storeCookie(URI origin, String setCookie) {
        cookies.store(origin, setCookie);
        knownCookies();
    }

    /** The jar's live cookies. */
    public List<StoredCookie> cookies() {
        return cookies.all();
    }

    /** The request's headers, and one {@code Cookie} header: the step's own cookies, then the jar's (RFC 6265 §5.4). */
    private void addHeaders(HttpUriRequestBase message, OutgoingRequest request) {
        List<String> sentCookies = new ArrayList<>();
        for (Header header : request.headers()) {
            if (header.name().equalsIgnoreCase("Cookie")) {
                sentCookies.add(header.value());
            } else {
                message.addHeader(header.name(), header.value());
            }
        }
        cookies.header(request.uri(), request.method(), request.navigation()).ifPresent(sentCookies::add);
        if (!sentCookies.isEmpty()) {
            message.addHeader("Cookie", String.join("; ", sentCookies));
        }
    }

    /** The request's headers as they go on the wire: every protocol interceptor of the client has run by now. */
    private static List<Header> wireHeaders(org.apache.hc.core5.http.HttpRequest request) {
        List<Header> headers = new ArrayList<>();
        for (var h : request.getHeaders()) {
            headers.add(new Header(h.getName(), h.getValue()));
        }
        return headers;
    }

    @SuppressWarnings("unchecked")
    private static List<Header> sentHeaders(HttpClientContext context) {
        Object sent = context.getAttribute(SENT_HEADERS);
        return sent instanceof List<?> list ? (List<Header>) list : List.of();
    }

    /** The leaf certificate of the TLS session the exchange went over, or {@code null} over plain HTTP. */
    private static ServerCertificate certificate(HttpClientContext context) {
        javax.net.ssl.SSLSession tls = context.getSSLSession();
        if (tls == null) {
            return null;
        }
        try {
            java.security.cert.Certificate[] chain = tls.getPeerCertificates();
            return chain.length > 0 && chain[0] instanceof java.security.cert.X509Certificate leaf
                    ? ServerCertificate.of(leaf) : null;
        } catch (javax.net.ssl.SSLPeerUnverifiedException unverified) {
            return null;
        }
    }

    private HttpResult read(OutgoingRequest request, ClassicHttpResponse response, long start, List<Header> sent,
                            ServerCertificate certificate) throws IOException {
        List<Header> headers = new ArrayList<>();
        for (var h : response.getHeaders()) {
            headers.add(new Header(h.getName(), h.getValue()));
        }
        response.headerIterator("Set-Cookie").forEachRemaining(h -> cookies.store(request.uri(), h.getValue()));
        HttpEntity entity = response.getEntity();
        List<String> codings = ContentDecoding.codings(response.getFirstHeader(HttpHeaders.CONTENT_ENCODING) == null
                ? null : response.getFirstHeader(HttpHeaders.CONTENT_ENCODING).getValue());
        byte[] body = entity == null ? new byte[0] : readCapped(entity, codings);
        Charset charset = charsetOf(entity);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new HttpResult(request, response.getCode(), response.getReasonPhrase() == null ? ""
                : response.getReasonPhrase(), headers, body, charset, millis, knownCookies(), sent,
                response.getVersion() == null ? "HTTP/1.1" : response.getVersion().format(), certificate, 0);
    }

    /** The body, its content codings undone when Baton knows them all; the limit applies to the decoded size. */
    private byte[] readCapped(HttpEntity entity, List<String> codings) throws IOException {
        InputStream raw = entity.getContent();
        if (raw == null) {
            return new byte[0];
        }
        boolean decode = !codings.isEmpty() && ContentDecoding.known(codings);
        try (raw) {
            if (entity.getContentLength() > maxBodyBytes) {
                throw tooLarge(raw);
            }
            InputStream in;
            try {
                in = decode ? ContentDecoding.decode(codings, raw) : raw;
            } catch (IOException e) {
                throw new UndecodableBodyException(codings, e);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            for (int n; (n = read(in, buffer, decode, codings)) != -1; ) {
                total += n;
                if (total > maxBodyBytes) {
                    throw tooLarge(raw);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static int read(InputStream in, byte[] buffer, boolean decoding, List<String> codings)
            throws IOException {
        try {
            return in.read(buffer);
        } catch (java.util.zip.ZipException | RuntimeException e) {
            if (decoding) {
                throw new UndecodableBodyException(codings, e);
            }
            throw e;
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

    /** The jar's cookies by name, each value told to the masker as the jar learns it. */
    private Map<String, String> knownCookies() {
        Map<String, String> known = cookies.byName();
        known.values().forEach(cookieValues);
        return known;
    }

    @Override
    public void close() throws IOException {
        if (ownsClient) {
            client.close();
        }
    }

    /** Closes every connection of the pool at once, so that every exchange in flight fails now. */
    public void abort() {
        client.close(org.apache.hc.core5.io.CloseMode.IMMEDIATE);
    }

    /** The proxy answered {@code CONNECT} with something other than 200: the target was never reached. */
    static final class TunnelRefusedException extends IOException {
        TunnelRefusedException(String status) {
            super(status);
        }
    }

    /** A body that does not decode as its {@code Content-Encoding} says. */
    static final class UndecodableBodyException extends IOException {
        UndecodableBodyException(List<String> codings, Exception cause) {
            super(String.join(", ", codings), cause);
        }
    }

    /** Thrown while reading a body longer than the limit. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException(int limit) {
            super("response body is larger than the limit of " + limit + " bytes");
        }
    }
}
