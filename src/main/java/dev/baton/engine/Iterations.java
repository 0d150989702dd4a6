package dev.baton.engine;

import dev.baton.load.DataFileLoader;
import dev.baton.load.DataRows;
import dev.baton.load.LoadException;

import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The iterations a run's settings make of each collection: the single plain pass, {@code --iterations N}, or one
 * per row of {@code --data} (the rows read again on each pass, never held).
 */
final class Iterations {

    private static final Iterations PLAIN = new Iterations(1, null);

    private final int count;
    private final DataRows rows;

    private Iterations(int count, DataRows rows) {
        this.count = count;
        this.rows = rows;
    }

    /** The iterations of these settings; a data file is read once here, to check it and count its rows. */
    static Iterations of(RunSettings settings) throws LoadException {
        if (settings.data().isPresent()) {
            DataRows rows = new DataFileLoader().open(settings.data().get(), settings.dataName());
            return new Iterations(rows.size(), rows);
        }
        return settings.iterations() <= 1 ? PLAIN : new Iterations(settings.iterations(), null);
    }

    /** Whether each collection runs once, with no iteration containers. */
    boolean plain() {
        return this == PLAIN;
    }

    /** How many iterations each collection has. */
    int count() {
        return count;
    }

    /** The fields of the data file's first row; none without one. */
    List<String> dataFields() {
        return rows == null ? List.of() : rows.fields();
    }

    /** Every iteration, in order. */
    Iterator<Iteration> all() {
        BitSet every = new BitSet();
        every.set(1, count + 1);
        return chosen(every);
    }

    /** The iterations with these numbers, in order; the data file is read again for them. */
    Iterator<Iteration> chosen(BitSet numbers) {
        if (plain()) {
            return List.of(Iteration.SINGLE).iterator();
        }
        Iterator<DataFileLoader.Row> data = rows == null ? null : rows.iterator();
        return new Iterator<>() {
            private int read;
            private int next = numbers.nextSetBit(1);

            @Override
            public boolean hasNext() {
                return next > 0 && next <= count;
            }

            @Override
            public Iteration next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int number = next;
                next = numbers.nextSetBit(number + 1);
                if (data == null) {
                    return Iteration.numbered(number);
                }
                DataFileLoader.Row row = null;
                while (read < number) {
                    row = data.next();
                    read++;
                }
                return Iteration.numbered(number, row, rows.nameColumn());
            }
        };
    }
}
