package dev.baton.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server that a test starts as its own process and stops by its process id: started in a folder, ready when its
 * output prints a line matching a pattern, stopped (with its children) on {@link #close()}. Also runs the tools
 * that build such servers. Every failure says what was run and ends with the last lines it printed.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final int TAIL_LINES = 40;

    private final Process process;
    private final Matcher ready;
    private final Duration startTime;

    private ServerProcess(Process process, Matcher ready, Duration startTime) {
        this.process = process;
        this.ready = ready;
        this.startTime = startTime;
    }

    /**
     * Starts {@code command} in {@code folder} and waits until a line of its standard output or error matches
     * {@code ready}.
     *
     * @throws IllegalStateException when it exits first, or prints no such line within {@code timeout}
     * @throws ToolMissing           when the program cannot be started at all
     */
    public static ServerProcess start(Path folder, List<String> command, Pattern ready, Duration timeout) {
        return start(folder, command, ready, timeout, environment -> { });
    }

    /** As {@link #start(Path, List, Pattern, Duration)}, with the process environment changed by {@code env}. */
    public static ServerProcess start(Path folder, List<String> command, Pattern ready, Duration timeout,
                                      Consumer<Map<String, String>> env) {
        long start = System.nanoTime();
        Process process = launch(folder, command, env);
        Tail tail = new Tail();
        CompletableFuture<Matcher> found = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    tail.add(line);
                    Matcher matcher = ready.matcher(line.trim());
                    if (matcher.find()) {
                        found.complete(matcher);
                    }
                }
            } catch (IOException ignored) {
                // the process is gone
            }
            found.complete(null);
        }, command.get(0) + "-output");
        reader.setDaemon(true);
        reader.start();
        String name = String.join(" ", command);
        try {
            Matcher matcher = found.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (matcher == null) {
                process.waitFor(5, TimeUnit.SECONDS);
                throw new IllegalStateException("'" + name + "' exited before it was ready"
                        + (process.isAlive() ? "" : " (exit code " + process.exitValue() + ")") + ":\n" + tail);
            }
            return new ServerProcess(process, matcher, Duration.ofNanos(System.nanoTime() - start));
        } catch (TimeoutException e) {
            stop(process);
            throw new IllegalStateException("'" + name + "' was not ready within " + timeout.toSeconds() + " s:\n"
                    + tail, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(process);
            throw new IllegalStateException("interrupted while starting " + name, e);
        } catch (ExecutionException | RuntimeException e) {
            stop(process);
            throw e instanceof IllegalStateException ise ? ise : new IllegalStateException(e);
        }
    }

    /** The match of the ready line, for the port or URL it printed. */
    public Matcher ready() {
        return ready;
    }

    /** How long the server took to be ready. */
    public Duration startTime() {
        return startTime;
    }

    /** Stops the process and its children and waits for them: no orphan is left behind. */
    @Override
    public void close() {
        stop(process);
    }

    /**
     * Runs a tool to completion in {@code folder} and returns what it printed.
     *
     * @throws IllegalStateException when it fails or does not finish within {@code timeout}
     * @throws ToolMissing           when the program cannot be started at all
     */
    public static String run(Path folder, List<String> command, Duration timeout) {
        Process process = launch(folder, command, environment -> { });
        CompletableFuture<String> output = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (InputStream in = process.getInputStream()) {
                output.complete(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                output.completeExceptionally(e);
            }
        }, command.get(0) + "-tool-output");
        reader.setDaemon(true);
        reader.start();
        String name = String.join(" ", command);
        try {
            process.getOutputStream().close();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stop(process);
                throw new IllegalStateException("'" + name + "' in " + folder + " did not finish within "
                        + timeout.toSeconds() + " s");
            }
            String text = output.get(10, TimeUnit.SECONDS);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("'" + name + "' in " + folder + " failed with exit code "
                        + process.exitValue() + ":\n" + lastLines(text));
            }
            return text;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(process);
            throw new IllegalStateException("interrupted while running " + name, e);
        } catch (IOException | ExecutionException | TimeoutException e) {
            stop(process);
            throw new IllegalStateException("cannot read the output of " + name, e);
        }
    }

    /**
     * Runs {@code mvn -B -q package} (with {@code arguments}) in {@code folder} unless {@code upToDate} says the
     * result is there, one build at a time across test JVMs (a file lock in {@code folder/target}).
     *
     * @param what what is built, for messages
     */
    public static void buildWithMaven(Path folder, String what, java.util.function.BooleanSupplier upToDate,
                                      Duration timeout, String... arguments) {
        synchronized (ServerProcess.class) {
            try {
                Files.createDirectories(folder.resolve("target"));
                try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(
                        folder.resolve("target").resolve("build.lock"), java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.WRITE)) {
                    java.nio.channels.FileLock lock = channel.lock();
                    try {
                        if (!upToDate.getAsBoolean()) {
                            List<String> command = new java.util.ArrayList<>(List.of(maven(), "-B", "-q", "package"));
                            command.addAll(List.of(arguments));
                            run(folder, command, timeout);
                        }
                    } finally {
                        lock.release();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot build " + what + " in " + folder, e);
            } catch (ToolMissing e) {
                throw new IllegalStateException("the tests build " + what + " with Maven, but '" + e.getMessage()
                        + "' cannot be run; put mvn on the PATH", e.getCause());
            }
        }
    }

    /** The Maven running this build when there is one, else {@code mvn} on the PATH. */
    public static String maven() {
        String home = System.getProperty("maven.home");
        if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
            return Path.of(home, "bin", "mvn").toString();
        }
        return "mvn";
    }

    /** A port of 127.0.0.1 that was free a moment ago. */
    public static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    private static Process launch(Path folder, List<String> command, Consumer<Map<String, String>> env) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().put("NO_COLOR", "1");
        env.accept(builder.environment());
        try {
            return builder.start();
        } catch (IOException e) {
            throw new ToolMissing(command.get(0), e);
        }
    }

    private static void stop(Process process) {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // already closed
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String lastLines(String text) {
        String[] lines = text.split("\\R");
        int from = Math.max(0, lines.length - TAIL_LINES);
        return String.join("\n", List.of(lines).subList(from, lines.length));
    }

    /** A program that cannot be started at all, as when it is not installed. */
    public static final class ToolMissing extends RuntimeException {
        ToolMissing(String tool, IOException cause) {
            super(tool, cause);
        }
    }

    /** The last lines a process printed. */
    private static final class Tail {
        private final Deque<String> lines = new ArrayDeque<>();

        synchronized void add(String line) {
            if (lines.size() == TAIL_LINES) {
                lines.removeFirst();
            }
            lines.addLast(line);
        }

        @Override
        public synchronized String toString() {
            return lines.isEmpty() ? "(it printed nothing)" : String.join("\n", lines);
        }
    }
}
