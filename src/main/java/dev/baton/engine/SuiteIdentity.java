package dev.baton.engine;

import dev.baton.model.Collection;
import dev.baton.model.DisplayPath;
import dev.baton.model.Step;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The id of a suite, the same on every machine that runs it: a SHA-256 digest of the environments' names, the number
 * of iterations, and each collection in plan order (its file as shown, then its steps' names). Nothing else goes in:
 * no variable, data value or secret.
 */
final class SuiteIdentity {

    private SuiteIdentity() {
    }

    /** A collection of the suite: loaded, or {@code null} when its file did not load. */
    record Member(java.nio.file.Path file, Collection collection) {
    }

    static String of(String environment, Iterations iterations, List<Member> members) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, "baton suite 1");
            update(digest, environment);
            update(digest, iterations.plain() ? "plain" : Integer.toString(iterations.count()));
            for (Member member : members) {
                update(digest, DisplayPath.of(member.file()).replace('\\', '/'));
                if (member.collection() == null) {
                    update(digest, "(does not load)");
                    continue;
                }
                for (Step step : member.collection().steps()) {
                    update(digest, step.name());
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }
}
