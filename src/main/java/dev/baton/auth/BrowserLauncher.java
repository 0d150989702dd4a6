package dev.baton.auth;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Opens a URL in the system browser: through {@link Desktop} where the JVM supports it, else with
 * {@code xdg-open} (Linux, BSD), {@code open} (macOS) or {@code rundll32} (Windows). Always prints the URL as well, so
 * that a person on a machine without a browser (SSH, a container) can open it elsewhere. Never fails.
 */
public final class BrowserLauncher {

    /** One way of opening a URL; answers whether it worked. */
    @FunctionalInterface
    public interface Opener {
        boolean open(URI uri) throws Exception;
    }

    private static final long COMMAND_WAIT_SECONDS = 5;

    private final PrintWriter out;
    private final List<Opener> openers;

    /** A launcher trying {@code openers} in order, and printing to {@code out}. */
    public BrowserLauncher(PrintWriter out, List<Opener> openers) {
        this.out = Objects.requireNonNull(out, "out");
        this.openers = List.copyOf(openers);
    }

    /** The launcher for this machine. */
    public static BrowserLauncher system(PrintWriter out) {
        List<Opener> openers = new ArrayList<>();
        openers.add(BrowserLauncher::desktop);
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            openers.add(uri -> command(List.of("rundll32", "url.dll,FileProtocolHandler", uri.toString())));
        } else if (os.startsWith("mac")) {
            openers.add(uri -> command(List.of("open", uri.toString())));
        } else {
            openers.add(uri -> command(List.of("xdg-open", uri.toString())));
        }
        return new BrowserLauncher(out, openers);
    }

    /**
     * Opens {@code uri} with the first opener that works, and prints it.
     *
     * @return whether a browser was started; when not, the printed URL is all there is
     */
    public boolean open(URI uri) {
        Objects.requireNonNull(uri, "uri");
        for (Opener opener : openers) {
            boolean opened;
            try {
                opened = opener.open(uri);
            } catch (Exception | LinkageError e) {
                opened = false;
            }
            if (opened) {
                out.println("Opened the sign-in page in your browser. If it did not appear, open this URL:");
                out.println("  " + uri);
                out.flush();
                return true;
            }
        }
        out.println("Open this URL in a browser to sign in:");
        out.println("  " + uri);
        out.flush();
        return false;
    }

    private static boolean desktop(URI uri) throws Exception {
        if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()
                || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            return false;
        }
        Desktop.getDesktop().browse(uri);
        return true;
    }

    static boolean command(List<String> command) throws Exception {
        if (!onPath(command.get(0))) {
            return false;
        }
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())))
                .start();
        if (!process.waitFor(COMMAND_WAIT_SECONDS, TimeUnit.SECONDS)) {
            return true;
        }
        return process.exitValue() == 0;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (folder.isEmpty()) {
                continue;
            }
            for (String suffix : List.of("", ".exe", ".cmd", ".bat")) {
                Path candidate = Path.of(folder, program + suffix);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String nullDevice() {
        return File.separatorChar == '\\' ? "NUL" : "/dev/null";
    }
}
