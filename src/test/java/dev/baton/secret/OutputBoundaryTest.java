package dev.baton.secret;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one output boundary: what it masks, when, and that it cuts long values only after masking. */
class OutputBoundaryTest {

    private static final String SECRET = "s3cr3t-value-0042";

    private static OutputBoundary boundary() {
        Redactor secrets = new Redactor();
        secrets.add(SECRET);
        return new OutputBoundary(secrets);
    }

    @Test
    void aWriterMasksWhatPassedThroughItWhenFlushedEvenASecretWrittenInPieces() {
        StringWriter target = new StringWriter();
        PrintWriter out = boundary().writer(target);
        out.print("key=" + SECRET.substring(0, 6));
        out.print(SECRET.substring(6) + " end");
        assertEquals("", target.toString(), "nothing is written before the message is whole");
        out.flush();
        assertEquals("key=***** end", target.toString());
    }

    @Test
    void aLongValueIsCutAfterMaskingSoThatACutNeverShowsPartOfASecret() {
        String value = "x".repeat(195) + SECRET + "y".repeat(50);
        String shown = boundary().text("but was " + Cut.quoted("\"" + value + "\"", 200));
        assertFalse(shown.contains(SECRET.substring(0, 5)), shown);
        assertEquals("but was \"" + "x".repeat(195) + "*****" + "\"... (50 more chars)", shown,
                "masked, the value is 250 characters: cut at 200 of them, the mask whole");
        String longer = boundary().text(Cut.quoted("\"" + "z".repeat(300) + "\"", 200));
        assertEquals("\"" + "z".repeat(200) + "\"... (100 more chars)", longer);
    }

    @Test
    void aDocumentWriterLeavesItsTextAsItsWriterMaskedIt() {
        StringWriter target = new StringWriter();
        PrintWriter out = boundary().document(target);
        out.println(SECRET);
        assertTrue(target.toString().contains(SECRET));
        assertTrue(boundary().revealsSecret("a " + SECRET));
        assertFalse(boundary().revealsSecret("nothing here"));
    }

    @Test
    void aComposedWriterWritesItsOwnWordsBesideTheStreamInOrderAndLeavesThemAsTheyAre() {
        Redactor secrets = new Redactor();
        secrets.add("PASS");
        OutputBoundary boundary = new OutputBoundary(secrets);
        StringWriter target = new StringWriter();
        PrintWriter stream = boundary.writer(target);
        PrintWriter composed = boundary.composed(stream);
        stream.print("error: PASS was ");
        composed.print("PASS  step  " + boundary.text("sent PASS"));
        stream.print(" then PASS");
        stream.flush();
        assertEquals("error: ***** was PASS  step  sent ***** then *****", target.toString());
    }

    @Test
    void theWordsThatOpenBatonsOwnLinesAreKeptWhereTheyOpenALine() {
        Redactor secrets = new Redactor();
        secrets.add("error");
        secrets.add("note");
        secrets.add("warning");
        StringWriter target = new StringWriter();
        PrintWriter out = new OutputBoundary(secrets).writer(target);
        out.println("error: the note was error");
        out.print("  note: see warning");
        out.flush();
        out.println(", then error: x");
        out.println("warning: the key is note:y");
        assertEquals("error: the ***** was *****\n  note: see *****, then *****: x\nwarning: the key is *****:y\n",
                target.toString());
    }

    @Test
    void aComposedWriterOntoAWriterThatIsNotThisBoundarysIsThatWriterWhichMasksAsBefore() {
        OutputBoundary boundary = boundary();
        PrintWriter plain = new PrintWriter(new StringWriter());
        assertTrue(boundary.composed(plain) == plain);
        PrintWriter other = boundary().writer(new StringWriter());
        assertTrue(boundary.composed(other) == other, "another boundary's writer masks whole, as before");
        PrintWriter own = boundary.writer(new StringWriter());
        assertFalse(boundary.composed(own) == own);
    }
}
