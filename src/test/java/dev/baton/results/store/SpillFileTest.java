package dev.baton.results.store;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A spill file gives back every record as written, from memory and from disk, and keeps none in clear on disk. */
class SpillFileTest {

    private static final byte[] SECRET = "spill-secret-7f3a9c".getBytes(StandardCharsets.US_ASCII);

    @Test
    void recordsOfAnySizeComeBackWholeFromDiskToReadersOnManyThreads() throws Exception {
        Random random = new Random(11);
        try (SpillFile file = new SpillFile(3L * SpillFile.CHUNK)) {
            List<byte[]> records = new ArrayList<>();
            List<Long> offsets = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                byte[] record = new byte[random.nextInt(i % 50 == 0 ? 3 * SpillFile.CHUNK : 900)];
                random.nextBytes(record);
                records.add(record);
                offsets.add(file.append(record, record.length));
            }
            assertTrue(file.onDisk(), "past its memory limit, the file is on disk");

            ExecutorService readers = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> walks = new ArrayList<>();
                for (int reader = 0; reader < 4; reader++) {
                    int start = reader * 37;
                    walks.add(readers.submit(() -> {
                        for (int n = 0; n < records.size(); n++) {
                            int i = (start + n) % records.size();
                            assertArrayEquals(records.get(i), file.record(offsets.get(i)), "record " + i);
                        }
                    }));
                }
                for (Future<?> walk : walks) {
                    walk.get();
                }
            } finally {
                readers.shutdown();
            }
        }
    }

    @Test
    void aFailureOfTheTemporaryFileIsSaidInWordsEvenWhenTheSystemGivesNone() {
        assertEquals("No space left on device", SpillFile.reason(new IOException("No space left on device")));
        assertEquals("the file was closed before the results were read",
                SpillFile.reason(new ClosedChannelException()));
        assertEquals("the system gave no reason", SpillFile.reason(new IOException()));
    }

    @Test
    void whatGoesToDiskIsEncrypted() throws IOException {
        Path folder = Path.of("/proc/self/fd");
        assumeTrue(Files.isDirectory(folder), "needs /proc to open the unlinked file");
        byte[] record = new byte[1000];
        for (int i = 0; i + SECRET.length <= record.length; i += SECRET.length) {
            System.arraycopy(SECRET, 0, record, i, SECRET.length);
        }
        try (SpillFile file = new SpillFile(0)) {
            for (int i = 0; i < 300; i++) {
                file.append(record, record.length);
            }
            List<Path> spills = spillFiles(folder);
            assertEquals(1, spills.size(), "one spill file open, without a name in its folder: " + spills);
            byte[] onDisk = Files.readAllBytes(spills.get(0));
            assertTrue(onDisk.length >= 4 * SpillFile.CHUNK, "the sealed chunks are on disk");
            assertFalse(contains(onDisk, SECRET), "no record is in clear on disk");
        }
    }

    private static List<Path> spillFiles(Path folder) throws IOException {
        try (Stream<Path> fds = Files.list(folder)) {
            return fds.filter(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    return target.contains("baton-results-") && target.endsWith("(deleted)");
                } catch (IOException | UnsupportedOperationException gone) {
                    return false;
                }
            }).toList();
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
