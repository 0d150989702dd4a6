package dev.baton.results.store;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.ChaCha20ParameterSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records of bytes written once and read back by offset, from any thread. They stay in memory in chunks of
 * {@value #CHUNK} bytes until they pass a limit; then every chunk goes to a temporary file, encrypted (ChaCha20,
 * RFC 8439) with a key that exists only in this process's memory, and is read back from there. The results it holds
 * carry secrets in clear (the output boundary masks them when a report is written), so the file is useless to anyone
 * who finds it: it is removed from its folder as soon as it is open where the system allows it, and deleted when
 * closed.
 */
public final class SpillFile implements AutoCloseable {

    private static final String CIPHER = "ChaCha20";
    /** The size of a chunk. */
    static final int CHUNK = 1 << 16;
    /** What a spill file keeps in memory before it writes to disk, unless told otherwise. */
    public static final long DEFAULT_MEMORY = 16L << 20;
    /** How many chunks read back from disk are kept decrypted: one for each report written at the same time. */
    private static final int DECRYPTED_CHUNKS = 8;

    private final long memoryLimit;
    private final List<byte[]> chunks = new ArrayList<>();
    private byte[] current = new byte[CHUNK];
    private int used;
    private long length;
    private FileChannel disk;
    private SecretKey key;
    private final Map<Integer, byte[]> decrypted = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, byte[]> eldest) {
            return size() > DECRYPTED_CHUNKS;
        }
    };
    private boolean closed;

    /** A spill file that keeps up to {@code memoryLimit} bytes in memory before it writes to disk. */
    public SpillFile(long memoryLimit) {
        this.memoryLimit = memoryLimit;
    }

    /** Appends a record of {@code count} bytes and returns its offset, for {@link #record}. */
    public synchronized long append(byte[] bytes, int count) {
        checkOpen();
        long offset = length;
        byte[] size = {(byte) (count >>> 24), (byte) (count >>> 16), (byte) (count >>> 8), (byte) count};
        put(size, 4);
        put(bytes, count);
        return offset;
    }

    /** The record appended at {@code offset}. */
    public byte[] record(long offset) {
        byte[] size = read(offset, 4);
        int count = (size[0] & 0xff) << 24 | (size[1] & 0xff) << 16 | (size[2] & 0xff) << 8 | size[3] & 0xff;
        return read(offset + 4, count);
    }

    private void put(byte[] bytes, int count) {
        int written = 0;
        while (written < count) {
            int n = Math.min(count - written, CHUNK - used);
            System.arraycopy(bytes, written, current, used, n);
            used += n;
            written += n;
            if (used == CHUNK) {
                seal();
            }
        }
        length += count;
    }

    private byte[] read(long offset, int count) {
        if (offset < 0 || count < 0 || offset + count > length()) {
            throw new IllegalStateException("no record at " + offset);
        }
        byte[] bytes = new byte[count];
        int done = 0;
        while (done < count) {
            long position = offset + done;
            byte[] chunk = chunk((int) (position / CHUNK));
            int start = (int) (position % CHUNK);
            int n = Math.min(count - done, CHUNK - start);
            System.arraycopy(chunk, start, bytes, done, n);
            done += n;
        }
        return bytes;
    }

    /** Whether the bytes went to disk. */
    public synchronized boolean onDisk() {
        return disk != null;
    }

    /** How many bytes were written. */
    public synchronized long length() {
        return length;
    }

    @Override
    public synchronized void close() {
        closed = true;
        chunks.clear();
        current = null;
        decrypted.clear();
        if (disk != null) {
            try {
                disk.close();
            } catch (IOException ignored) {
                // the file is deleted on close; nothing else holds it
            }
        }
    }

    private void seal() {
        chunks.add(current);
        current = new byte[CHUNK];
        used = 0;
        if (disk == null && (long) chunks.size() * CHUNK > memoryLimit) {
            openDisk();
            for (int i = 0; i < chunks.size(); i++) {
                if (chunks.get(i) != null) {
                    write(i, chunks.get(i));
                    chunks.set(i, null);
                }
            }
        } else if (disk != null) {
            int index = chunks.size() - 1;
            write(index, chunks.get(index));
            chunks.set(index, null);
        }
    }

    private void openDisk() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance(CIPHER);
            generator.init(256);
            key = generator.generateKey();
            disk = UnnamedFile.open(null, "baton-results-", ".spill");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results to a temporary file: " + reason(e), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ChaCha20 is not available", e);
        }
    }

    private void write(int index, byte[] chunk) {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(crypt(Cipher.ENCRYPT_MODE, index, chunk));
            long position = (long) index * CHUNK;
            while (buffer.hasRemaining()) {
                position += disk.write(buffer, position);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results to a temporary file: " + reason(e), e);
        }
    }

    /**
     * The chunk's bytes: in memory, or read back from disk and decrypted (the last few read are kept). The reading and
     * decrypting happen outside the lock, so the reports written at the same time do not wait on each other's.
     */
    private byte[] chunk(int index) {
        synchronized (this) {
            checkOpen();
            if (index == chunks.size()) {
                return current;
            }
            byte[] kept = chunks.get(index);
            if (kept == null) {
                kept = decrypted.get(index);
            }
            if (kept != null) {
                return kept;
            }
        }
        byte[] chunk = readBack(index);
        synchronized (this) {
            checkOpen();
            decrypted.put(index, chunk);
        }
        return chunk;
    }

    private byte[] readBack(int index) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
            long position = (long) index * CHUNK;
            while (buffer.hasRemaining()) {
                int n = disk.read(buffer, position + buffer.position());
                if (n < 0) {
                    throw new IOException("the temporary file ended early");
                }
            }
            return crypt(Cipher.DECRYPT_MODE, index, buffer.array());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read results back from a temporary file: " + reason(e), e);
        }
    }

    /**
     * A stream cipher: each chunk is encrypted once, under a nonce of its own (its index), and decrypted as often as it
     * is read. ChaCha20 rather than AES in counter mode, as it is 2.5 times as fast without the JIT's AES intrinsics,
     * which the launcher's C1-only flag leaves out (bench/RESULTS.md). A cipher object for each chunk: the JDK's
     * refuses to be initialised twice in a row with the same key and nonce, in either mode.
     */
    private byte[] crypt(int mode, int index, byte[] bytes) {
        byte[] nonce = ByteBuffer.allocate(12).putLong(index).putInt(0).array();
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(mode, key, new ChaCha20ParameterSpec(nonce, 0));
            return cipher.doFinal(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt or decrypt results", e);
        }
    }

    /** What went wrong, in words: a closed channel's exception has no message of its own. */
    static String reason(IOException e) {
        if (e.getMessage() != null) {
            return e.getMessage();
        }
        return e instanceof ClosedChannelException ? "the file was closed before the results were read"
                : "the system gave no reason";
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the results were read after the run ended");
        }
    }

}
