package dev.baton.http;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Ends exchanges that outlive their deadline, on one daemon thread that sleeps until the earliest deadline pending.
 * A deadline no earlier than the one that thread sleeps toward (the usual case: every request has the same timeout
 * and starts after the one before) wakes nothing, and one that ends in time is only taken off the set, so a run of
 * short exchanges pays a set insert and removal for each, not a hand-over to another thread and back. The thread
 * wakes at the earliest deadline it knew of, finds what is due by then and sleeps again.
 */
final class ExchangeDeadlines {

    /** The deadlines of every sender in this process. */
    static final ExchangeDeadlines SHARED = new ExchangeDeadlines("baton-deadlines");

    private static final long ORIGIN = System.nanoTime();
    private static final long AWAKE = Long.MIN_VALUE;
    /** The longest wait kept: a timeout of centuries waits this long rather than overflow. */
    private static final Duration LONGEST = Duration.ofDays(36_500);

    private final Set<Deadline> pending = ConcurrentHashMap.newKeySet();
    private final Thread watchdog;
    /** When the watchdog wakes next, in nanoseconds since {@link #ORIGIN}; {@link #AWAKE} while it looks. */
    private volatile long wakesAt = AWAKE;

    ExchangeDeadlines(String threadName) {
        watchdog = new Thread(this::watch, threadName);
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** A deadline {@code limit} from now that runs {@code onPassed} unless closed first. */
    Deadline start(Duration limit, Runnable onPassed) {
        long wait = limit.compareTo(LONGEST) > 0 ? LONGEST.toNanos() : Math.max(0, limit.toNanos());
        Deadline deadline = new Deadline(now() + wait, onPassed);
        pending.add(deadline);
        if (deadline.due < wakesAt) {
            LockSupport.unpark(watchdog);
        }
        return deadline;
    }

    /** How many deadlines are pending: for tests. */
    int pending() {
        return pending.size();
    }

    private void watch() {
        while (true) {
            wakesAt = AWAKE;
            long now = now();
            long earliest = Long.MAX_VALUE;
            for (Deadline deadline : pending) {
                if (deadline.due <= now) {
                    if (pending.remove(deadline)) {
                        deadline.pass();
                    }
                } else {
                    earliest = Math.min(earliest, deadline.due);
                }
            }
            wakesAt = earliest;
            if (earliest == Long.MAX_VALUE) {
                LockSupport.park(this);
            } else {
                LockSupport.parkNanos(this, earliest - now);
            }
        }
    }

    private static long now() {
        return System.nanoTime() - ORIGIN;
    }

    /** One exchange's deadline: closed when the exchange ends, or passed, once, when it is due first. */
    final class Deadline implements AutoCloseable {
        private final long due;
        private final Runnable onPassed;
        private volatile boolean passed;

        private Deadline(long due, Runnable onPassed) {
            this.due = due;
            this.onPassed = onPassed;
        }

        /** Whether the deadline came before the exchange ended. */
        boolean passed() {
            return passed;
        }

        private void pass() {
            passed = true;
            try {
                onPassed.run();
            } catch (RuntimeException ignored) {
                // the exchange it ends reports how it ended; the watchdog goes on for the others
            }
        }

        @Override
        public void close() {
            pending.remove(this);
        }
    }
}
