package dev.baton.browser;

import dev.baton.http.Urls;
import org.openqa.selenium.bidi.module.Network;
import org.openqa.selenium.bidi.network.BaseParameters;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The requests the browser has in flight, from WebDriver BiDi's network events: a pressed form whose script still
 * waits for an answer ({@code fetch}, a slow sign-in API) has not come back yet, however long the answer takes.
 */
final class PageTraffic {

    /** A request sent and not yet answered (or failed); {@code order} counts requests from the browser's start. */
    record Pending(String method, String url, long order) {

        /** The request as a message names it: method and address without its query. */
        String told() {
            return method + " " + Urls.parse(url).map(Urls::withoutQuery).orElse("(an address)");
        }
    }

    private final Map<String, Pending> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong sent = new AtomicLong();
    private volatile Instant lastAnswered = Instant.now();

    private PageTraffic() {
    }

    /** Counts every request of the browser from now on. */
    static PageTraffic watch(Network network) {
        PageTraffic traffic = new PageTraffic();
        network.onBeforeRequestSent(event -> traffic.inFlight.put(event.getRequest().getRequestId(),
                new Pending(event.getRequest().getMethod(), event.getRequest().getUrl(),
                        traffic.sent.incrementAndGet())));
        network.onResponseCompleted(traffic::answered);
        network.onFetchError(traffic::answered);
        return traffic;
    }

    /** How many requests the browser has sent so far: a mark for {@link #pendingAfter}. */
    long mark() {
        return sent.get();
    }

    /** The oldest request sent after {@code mark} that has no answer yet. */
    Optional<Pending> pendingAfter(long mark) {
        return inFlight.values().stream().filter(p -> p.order() > mark).min(Comparator.comparingLong(Pending::order));
    }

    /** When the last answer (or failure) of any request came in. */
    Instant lastAnswered() {
        return lastAnswered;
    }

    private void answered(BaseParameters event) {
        if (inFlight.remove(event.getRequest().getRequestId()) != null) {
            lastAnswered = Instant.now();
        }
    }
}
