package dev.baton.results;

import dev.baton.model.InvalidInputException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One part of a suite split across machines: shard {@code index} of {@code count} ({@code --shard 2/4}).
 *
 * @param index from 1 to {@code count}
 * @param count how many shards the suite is split into, at least 1
 */
public record Shard(int index, int count) {

    /** More shards than this are refused: each would be nearly empty. */
    public static final int MAX_COUNT = 1000;

    private static final Pattern SYNTAX = Pattern.compile("(\\d{1,4})/(\\d{1,4})");

    public Shard {
        if (count < 1 || count > MAX_COUNT || index < 1 || index > count) {
            throw new InvalidInputException("shard " + index + "/" + count + " does not exist: give I/N with "
                    + "N from 1 to " + MAX_COUNT + " and I from 1 to N");
        }
    }

    /**
     * Reads {@code I/N}.
     *
     * @throws InvalidInputException saying what is wrong with the text
     */
    public static Shard parse(String text) {
        Matcher m = SYNTAX.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new InvalidInputException("'" + text + "' is not a shard: write I/N, such as 2/4 for the second "
                    + "of four parts");
        }
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** {@code I/N}. */
    @Override
    public String toString() {
        return index + "/" + count;
    }
}
