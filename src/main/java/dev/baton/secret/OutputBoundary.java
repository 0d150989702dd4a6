package dev.baton.secret;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The one place where Baton's output is masked: every byte Baton writes (console, {@code --debug}, report files,
 * exported environments, error messages, and the messages it hands to the JUnit Platform) passes through here,
 * against one {@link Redactor} that the places that learn secrets feed. The final text is masked first and long
 * values ({@link Cut}) are cut after, so no cut ever shows part of a secret.
 */
public final class OutputBoundary {

    private final Redactor secrets;

    public OutputBoundary(Redactor secrets) {
        this.secrets = secrets;
    }

    /** The registry this boundary masks with. */
    public Redactor secrets() {
        return secrets;
    }

    /** The text as it may be shown: masked, then long values cut. */
    public String text(String raw) {
        return raw == null ? null : Cut.apply(secrets.mask(raw));
    }

    /** Whether the text holds a known secret. */
    public boolean revealsSecret(String raw) {
        return raw != null && !secrets.mask(raw).equals(raw);
    }

    /**
     * A writer onto {@code target} that masks what passed through it each time it is flushed (and at close), so a
     * writer should be flushed at the end of a whole message, never in the middle of a value. Lines printed with
     * {@code println} are flushed one by one.
     */
    public PrintWriter writer(Writer target) {
        return new PrintWriter(new Masking(target, true), true);
    }

    /** The same, onto a stream such as {@code System.out}. */
    public PrintWriter writer(java.io.OutputStream target) {
        return writer(new java.io.OutputStreamWriter(target, java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * A writer that does not mask: for {@code --export-env --export-secrets}, which writes secret values because
     * the user asked for them. Marked long values are still cut.
     */
    public PrintWriter unmasked(Writer target) {
        return new PrintWriter(new Masking(target, false), true);
    }

    private final class Masking extends Writer {
        private final Writer target;
        private final boolean masking;
        private final StringBuilder pending = new StringBuilder();

        Masking(Writer target, boolean masking) {
            super(target);
            this.target = target;
            this.masking = masking;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            synchronized (lock) {
                pending.append(chars, offset, length);
            }
        }

        @Override
        public void write(String text, int offset, int length) {
            synchronized (lock) {
                pending.append(text, offset, offset + length);
            }
        }

        @Override
        public void flush() throws IOException {
            synchronized (lock) {
                if (pending.length() > 0) {
                    String raw = pending.toString();
                    pending.setLength(0);
                    target.write(masking ? text(raw) : Cut.apply(raw));
                }
                target.flush();
            }
        }

        @Override
        public void close() throws IOException {
            synchronized (lock) {
                flush();
                target.close();
            }
        }
    }
}
