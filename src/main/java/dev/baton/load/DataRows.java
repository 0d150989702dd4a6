package dev.baton.load;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The rows of a {@code --data} file, checked once when opened and then read again, one at a time, on every pass:
 * a run of any number of rows never holds them all.
 *
 * @param file       the data file
 * @param nameColumn the column that names iterations, if any
 * @param size       how many rows it has
 * @param fields     the fields of its first row
 */
public record DataRows(Path file, Optional<String> nameColumn, int size, List<String> fields) {

    public DataRows {
        fields = List.copyOf(fields);
    }

    /**
     * The rows, read from the file again. The file was checked when it was opened; if it changed since, a row that
     * no longer reads ends the pass with a {@link DataFileChanged} that says why and where.
     */
    public Iterator<DataFileLoader.Row> iterator() {
        try {
            return new DataFileLoader().reader(file);
        } catch (LoadException e) {
            throw new DataFileChanged(e);
        }
    }
}
