package dev.baton.engine;

import dev.baton.http.Header;
import dev.baton.http.HttpResult;
import dev.baton.http.HttpSender;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.TransportException;
import dev.baton.results.ExchangeRecord;
import dev.baton.results.HeaderRecord;
import dev.baton.secret.Redactor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Sends through another sender and keeps each exchange of the current step, for reports. */
final class RecordingSender implements HttpSender {

    private static final Pattern COOKIE_VALUE = Pattern.compile("((?:^|;\\s*)[^=;\\s]+=)[^;]*");

    private final HttpSender delegate;
    private final boolean recording;
    private final List<Exchange> exchanges = new ArrayList<>();

    /** A request and its response, or {@code null} when none was read. */
    private record Exchange(OutgoingRequest request, HttpResult result) {
    }

    /** A sender that keeps exchanges only when {@code recording}, so that runs without reports pay nothing. */
    RecordingSender(HttpSender delegate, boolean recording) {
        this.delegate = delegate;
        this.recording = recording;
    }

    @Override
    public HttpResult send(OutgoingRequest request) throws TransportException {
        try {
            HttpResult result = delegate.send(request);
            keep(request, result);
            return result;
        } catch (TransportException e) {
            keep(request, null);
            throw e;
        }
    }

    private void keep(OutgoingRequest request, HttpResult result) {
        if (recording) {
            exchanges.add(new Exchange(request, result));
        }
    }

    /** The exchanges since the last call, masked now that the step's secrets are known. */
    List<ExchangeRecord> drain(Redactor redactor) {
        List<ExchangeRecord> records = new ArrayList<>();
        for (Exchange exchange : exchanges) {
            records.add(record(exchange.request(), exchange.result(), redactor));
        }
        exchanges.clear();
        return records;
    }

    private static ExchangeRecord record(OutgoingRequest request, HttpResult result, Redactor redactor) {
        List<HeaderRecord> requestHeaders = headers(request.headers(), redactor);
        if (request.contentType() != null) {
            requestHeaders.add(new HeaderRecord("Content-Type", request.contentType()));
        }
        String requestBody = request.body() == null ? null
                : redactor.mask(new String(request.body(), StandardCharsets.UTF_8));
        String url = redactor.mask(request.uri().toString());
        if (result == null) {
            return new ExchangeRecord(request.method(), url, requestHeaders, requestBody, 0, List.of(), null, false,
                    "", 0);
        }
        String body = redactor.mask(result.bodyText());
        boolean cut = body.length() > ExchangeRecord.MAX_BODY_CHARS;
        return new ExchangeRecord(request.method(), url, requestHeaders, requestBody, result.status(),
                headers(result.headers(), redactor), cut ? body.substring(0, ExchangeRecord.MAX_BODY_CHARS) : body, cut, result.header("Content-Type").orElse(""),
                result.durationMillis());
    }

    private static List<HeaderRecord> headers(List<Header> headers, Redactor redactor) {
        List<HeaderRecord> records = new ArrayList<>();
        headers.forEach(h -> records.add(new HeaderRecord(h.name(), redactor.mask(cookieless(h)))));
        return records;
    }

    /** Cookies are credentials: their values are masked, their names and attributes kept. */
    private static String cookieless(Header header) {
        if (header.name().equalsIgnoreCase("Set-Cookie")) {
            return COOKIE_VALUE.matcher(header.value()).replaceFirst("$1" + Redactor.MASK);
        }
        if (header.name().equalsIgnoreCase("Cookie")) {
            return COOKIE_VALUE.matcher(header.value()).replaceAll("$1" + Redactor.MASK);
        }
        return header.value();
    }
}
