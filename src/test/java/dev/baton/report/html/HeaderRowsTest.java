package dev.baton.report.html;

import dev.baton.results.HeaderRecord;
import dev.baton.secret.OutputBoundary;
import dev.baton.secret.Redactor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A header's row is made once per name and value, again when the masks change, and never kept when long. */
class HeaderRowsTest {

    private final Redactor secrets = new Redactor();
    private final HeaderRows rows = new HeaderRows(new OutputBoundary(secrets));

    @Test
    void theSameHeaderGivesTheRowMadeForItAndOthersTheirOwn() {
        String row = rows.of(new HeaderRecord("Server", "nginx <1.25>"));
        assertEquals("<tr><th>Server</th><td>nginx &lt;1.25&gt;</td></tr>", row);
        assertSame(row, rows.of(new HeaderRecord(new String("Server"), new String("nginx <1.25>"))));
        assertEquals("<tr><th>Server</th><td>caddy</td></tr>", rows.of(new HeaderRecord("Server", "caddy")));
        assertEquals("<tr><th>Via</th><td>nginx &lt;1.25&gt;</td></tr>",
                rows.of(new HeaderRecord("Via", "nginx <1.25>")));
    }

    @Test
    void aRowIsMadeAgainOnceASecretInItIsLearned() {
        HeaderRecord header = new HeaderRecord("X-Api-Key", "k-8c1f0e9d7b6a");
        rows.of(header);
        secrets.add("k-8c1f0e9d7b6a");
        assertFalse(rows.of(header).contains("k-8c1f0e9d7b6a"), rows.of(header));
    }

    @Test
    void aLongHeaderIsNotKept() {
        HeaderRecord header = new HeaderRecord("Link", "x".repeat(HeaderRows.MAX_LENGTH - 3));
        assertNotSame(rows.of(header), rows.of(header));
        assertEquals(rows.of(header), rows.of(header));
        assertEquals("<tr><th>X-Empty</th><td></td></tr>", rows.of(new HeaderRecord("X-Empty", null)));
    }
}
