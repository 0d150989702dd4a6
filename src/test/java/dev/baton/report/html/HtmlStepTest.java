package dev.baton.report.html;

import dev.baton.model.Position;
import dev.baton.results.ExchangeRecord;
import dev.baton.results.HeaderRecord;
import dev.baton.results.Outcome;
import dev.baton.results.StepResult;
import dev.baton.secret.OutputBoundary;
import dev.baton.secret.Redactor;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A step's section: its file and its headers are shown as the masks are when the step is written. */
class HtmlStepTest {

    private static final String SECRET = "k3pt-0ut-7f3a9c";
    private static final Path FILE = Path.of("collections", "team-" + SECRET + ".yaml");

    @Test
    void theFileOfAStepIsMaskedWithWhatIsSecretWhenTheStepIsWritten() {
        String[] sections = sectionsBeforeAndAfterTheSecretIsLearned();
        String before = sections[0];
        String after = sections[1];

        assertTrue(before.contains("team-" + SECRET + ".yaml:31"), before);
        assertFalse(after.contains(SECRET), after);
        assertTrue(after.contains(".yaml:32"), after);
    }

    @Test
    void aHeaderRowWrittenBeforeItsSecretIsLearnedIsMaskedInTheStepsAfter() {
        String[] sections = sectionsBeforeAndAfterTheSecretIsLearned();
        String before = sections[0];
        String after = sections[1];

        assertTrue(before.contains("<tr><th>X-Team</th><td>" + SECRET + "</td></tr>"), before);
        assertTrue(after.contains("<tr><th>X-Team</th><td>"), after);
        assertFalse(after.contains(SECRET), after);
    }

    /** Step 1 written before {@link #SECRET} is known to be one, step 2 after. */
    private static String[] sectionsBeforeAndAfterTheSecretIsLearned() {
        Redactor secrets = new Redactor();
        HtmlStep steps = new HtmlStep(new OutputBoundary(secrets), 1024);
        String before = section(steps, 1);
        secrets.add(SECRET);
        return new String[] {before, section(steps, 2)};
    }

    private static String section(HtmlStep steps, int index) {
        StringWriter text = new StringWriter();
        HtmlWriter html = new HtmlWriter(new PrintWriter(text));
        ExchangeRecord exchange = new ExchangeRecord("GET", "https://api.example.test/teams",
                List.of(new HeaderRecord("X-Team", SECRET)), null, 204, List.of(), null, "", 2);
        StepResult step = new StepResult("step " + index, new Position(FILE.toString(), 30 + index, 5),
                Outcome.PASSED, "", List.of(), Instant.EPOCH, 3, List.of(exchange), Map.of(), List.of());
        steps.write(step, FILE, "step-1-" + index, html);
        html.flush();
        return text.toString();
    }
}
