package dev.baton.secret;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The one place where Baton's output is masked: every byte Baton writes (console, {@code --debug}, report files,
 * exported environments, error messages, and the messages it hands to the JUnit Platform) passes through here,
 * against one {@link Redactor} that the places that learn secrets feed. The final text is masked first and long
 * values ({@link Cut}) are cut after, so no cut ever shows part of a secret.
 *
 * <p>Text streams (error messages, notes) are masked whole, as {@link #writer} writes them, except for the
 * {@code error:}, {@code warning:} and {@code note:} that open Baton's own lines. Text with a syntax or
 * fixed words of its own (a JUnit or Open Test Reporting file, the JSON and HTML reports, an exported environment,
 * the console report and {@code --debug}) is masked value by value instead: its writer passes each value of data
 * through {@link #text} as it puts it in, after any decoding it does for display, and writes the result with
 * {@link #document} (a file) or {@link #composed} (a stream), so that a secret which happens to be a word of its own
 * ({@code test}, {@code name}, {@code status}, {@code PASS}) never changes its markup, keys or fixed words.
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

    /**
     * What the masking depends on now, as an opaque value: the same object for as long as masking any text gives the
     * same result, a new one each time a secret is learned or a value declared public. Text masked while this stays
     * the same object is masked as it would be now.
     */
    public Object maskingState() {
        return secrets.state();
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
        return new Stream(new Masking(target, true, true));
    }

    /** The same, onto a stream such as {@code System.out}. */
    public PrintWriter writer(java.io.OutputStream target) {
        return writer(new java.io.OutputStreamWriter(target, java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * A writer for a document whose values of data were each masked with {@link #text} as they were put in (or, for
     * {@code --export-env --export-secrets}, left as they are because the user asked for them): it does not mask the
     * document again, and still cuts marked long values. A flush hands what is pending to {@code target} without
     * flushing it (a file's buffer goes out when full, and at close), so a writer may flush after every step.
     */
    public PrintWriter document(Writer target) {
        return new PrintWriter(new Masking(target, false, false), true);
    }

    /**
     * A writer onto the same target as {@code stream} (one of this boundary's {@link #writer}s) for text whose values
     * of data were each masked with {@link #text}: it is not masked again, and it keeps its place among what the
     * stream writes. Onto a writer that does not mask, it is that writer.
     */
    public PrintWriter composed(PrintWriter stream) {
        if (stream instanceof Stream masked && masked.masking.boundary() == this) {
            return new PrintWriter(masked.masking.verbatim(), true);
        }
        return stream;
    }

    /** A stream writer of this boundary, which {@link #composed} can write beside. */
    private static final class Stream extends PrintWriter {
        private final Masking masking;

        Stream(Masking masking) {
            super(masking, true);
            this.masking = masking;
        }
    }

    private final class Masking extends Writer {
        private final Writer target;
        private final boolean masking;
        private final boolean flushesTarget;
        private final StringBuilder pending = new StringBuilder();
        private boolean atLineStart = true;

        Masking(Writer target, boolean masking, boolean flushesTarget) {
            super(target);
            this.target = target;
            this.masking = masking;
            this.flushesTarget = flushesTarget;
        }

        OutputBoundary boundary() {
            return OutputBoundary.this;
        }

        /** A writer that puts its text, already masked, after what is pending here, in order. */
        Writer verbatim() {
            return new Writer(lock) {
                @Override
                public void write(char[] chars, int offset, int length) throws IOException {
                    synchronized (lock) {
                        emitPending();
                        target.write(chars, offset, length);
                        if (length > 0) {
                            atLineStart = chars[offset + length - 1] == '\n';
                        }
                    }
                }

                @Override
                public void flush() throws IOException {
                    Masking.this.flush();
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }

        private void emitPending() throws IOException {
            if (pending.length() > 0) {
                String raw = pending.toString();
                pending.setLength(0);
                target.write(Cut.apply(masking ? secrets.maskLines(raw, atLineStart) : raw));
                atLineStart = raw.endsWith("\n");
            }
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            synchronized (lock) {
                if (goesStraight(length) && !Cut.marks(chars, offset, length)) {
                    target.write(chars, offset, length);
                    atLineStart = chars[offset + length - 1] == '\n';
                } else {
                    pending.append(chars, offset, length);
                }
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            synchronized (lock) {
                if (goesStraight(length) && !Cut.marks(text, offset, length)) {
                    target.write(text, offset, length);
                    atLineStart = text.charAt(offset + length - 1) == '\n';
                } else {
                    pending.append(text, offset, offset + length);
                }
            }
        }

        /**
         * Whether text of a document may go to the target as it is, without being gathered first: it needs no
         * masking, nothing is pending before it, and (checked by the caller) it holds no mark of a long value to cut.
         */
        private boolean goesStraight(int length) {
            return !masking && length > 0 && pending.length() == 0;
        }

        @Override
        public void flush() throws IOException {
            synchronized (lock) {
                emitPending();
                if (flushesTarget) {
                    target.flush();
                }
            }
        }

        @Override
        public void close() throws IOException {
            synchronized (lock) {
                emitPending();
                target.close();
            }
        }
    }
}
