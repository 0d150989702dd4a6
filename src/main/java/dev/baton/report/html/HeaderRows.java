package dev.baton.report.html;

import dev.baton.results.HeaderRecord;
import dev.baton.secret.OutputBoundary;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The table rows of headers, each made once for its name and value while the masks stay the same: most headers
 * come back in exchange after exchange ({@code Content-Type}, {@code Connection}, {@code Server}), and a row made
 * under the same {@link OutputBoundary#maskingState() masks} is the row that would be made now. Kept by name, then
 * value (a {@code String}'s hash and comparison are cheaper than a record's); at most {@value #MAX_KEPT} rows, and
 * none for a header whose name and value are longer than {@value #MAX_LENGTH} characters together. For one thread.
 */
final class HeaderRows {

    static final int MAX_KEPT = 4096;
    static final int MAX_LENGTH = 512;

    private final OutputBoundary output;
    private final Map<String, Map<String, String>> kept = new HashMap<>();
    private int size;
    private Object masks;

    HeaderRows(OutputBoundary output) {
        this.output = output;
    }

    /** The row of {@code header}: {@code <tr><th>name</th><td>value</td></tr>}, masked. */
    String of(HeaderRecord header) {
        String name = header.name();
        String value = header.value();
        if (name == null || value == null || name.length() + value.length() > MAX_LENGTH) {
            return made(header);
        }
        Object now = output.maskingState();
        if (now != masks || size >= MAX_KEPT) {
            kept.clear();
            size = 0;
            masks = now;
        }
        Map<String, String> byValue = kept.computeIfAbsent(name, n -> new HashMap<>());
        String row = byValue.get(value);
        if (row == null) {
            row = made(header);
            byValue.put(value, row);
            size++;
        }
        return row;
    }

    private String made(HeaderRecord header) {
        HtmlWriter row = HtmlWriter.detached();
        row.open("tr");
        row.element("th", output.text(header.name()));
        row.element("td", output.text(Objects.toString(header.value(), "")));
        return row.close().markup();
    }
}
