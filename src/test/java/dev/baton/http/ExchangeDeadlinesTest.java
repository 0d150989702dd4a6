package dev.baton.http;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The watchdog that ends exchanges past their deadline: what is due runs once, what ends in time never does. */
class ExchangeDeadlinesTest {

    private final ExchangeDeadlines deadlines = new ExchangeDeadlines("test-deadlines");

    @Test
    void aDeadlineThatComesRunsItsActionOnceAndSaysItPassed() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        ExchangeDeadlines.Deadline deadline = deadlines.start(Duration.ofMillis(30), () -> {
            runs.incrementAndGet();
            ran.countDown();
        });
        assertTrue(ran.await(10, TimeUnit.SECONDS), "the deadline never passed");
        Thread.sleep(100);
        assertTrue(deadline.passed());
        assertEquals(1, runs.get());
        assertEquals(0, deadlines.pending());
    }

    @Test
    void aDeadlineClosedInTimeNeverRuns() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        ExchangeDeadlines.Deadline deadline = deadlines.start(Duration.ofMillis(200), runs::incrementAndGet);
        deadline.close();
        assertEquals(0, deadlines.pending());
        Thread.sleep(500);
        assertEquals(0, runs.get());
        assertFalse(deadline.passed());
    }

    @Test
    void anEarlierDeadlineWakesAWatchdogThatSleepsTowardALaterOne() throws Exception {
        AtomicInteger lateRuns = new AtomicInteger();
        ExchangeDeadlines.Deadline late = deadlines.start(Duration.ofMinutes(10), lateRuns::incrementAndGet);
        Thread.sleep(100);
        CountDownLatch early = new CountDownLatch(1);
        deadlines.start(Duration.ofMillis(50), early::countDown);
        assertTrue(early.await(10, TimeUnit.SECONDS), "the earlier deadline waited for the later one");
        assertEquals(0, lateRuns.get());
        assertEquals(1, deadlines.pending());
        late.close();
    }

    @Test
    void deadlinesStartedAndClosedFromManyThreadsLoseNoWakeUp() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger runs = new AtomicInteger();
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        deadlines.start(Duration.ofSeconds(30 + i % 7), runs::incrementAndGet).close();
                    }
                }));
            }
            for (Future<?> done : work) {
                done.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, deadlines.pending());
        CountDownLatch ran = new CountDownLatch(1);
        deadlines.start(Duration.ofMillis(20), ran::countDown);
        assertTrue(ran.await(10, TimeUnit.SECONDS), "a deadline after many closed ones never passed");
        assertEquals(0, runs.get());
    }

    @Test
    void aTimeoutOfCenturiesWaitsRatherThanOverflows() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        ExchangeDeadlines.Deadline forever = deadlines.start(Duration.ofMillis(Long.MAX_VALUE), runs::incrementAndGet);
        Thread.sleep(100);
        assertEquals(0, runs.get());
        assertFalse(forever.passed());
        forever.close();
        assertEquals(0, deadlines.pending());
    }

    @Test
    void anActionThatFailsLeavesTheWatchdogRunning() throws Exception {
        deadlines.start(Duration.ofMillis(10), () -> {
            throw new IllegalStateException("already ended");
        });
        CountDownLatch ran = new CountDownLatch(1);
        deadlines.start(Duration.ofMillis(100), ran::countDown);
        assertTrue(ran.await(10, TimeUnit.SECONDS), "the watchdog stopped after a failing action");
    }
}
