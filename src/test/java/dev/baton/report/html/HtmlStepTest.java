package dev.baton.report.html;

import dev.baton.model.Position;
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

/** A step's section: the file it is written in is shown as the masks are when the step is written. */
class HtmlStepTest {

    private static final String SECRET = "k3pt-0ut-7f3a9c";
    private static final Path FILE = Path.of("collections", "team-" + SECRET + ".yaml");

    @Test
    void theFileOfAStepIsMaskedWithWhatIsSecretWhenTheStepIsWritten() {
        Redactor secrets = new Redactor();
        HtmlStep steps = new HtmlStep(new OutputBoundary(secrets), 1024);

        String before = section(steps, 1);
        secrets.add(SECRET);
        String after = section(steps, 2);

        assertTrue(before.contains("team-" + SECRET + ".yaml:31"), before);
        assertFalse(after.contains(SECRET), after);
        assertTrue(after.contains(".yaml:32"), after);
    }

    private static String section(HtmlStep steps, int index) {
        StringWriter text = new StringWriter();
        HtmlWriter html = new HtmlWriter(new PrintWriter(text));
        StepResult step = new StepResult("step " + index, new Position(FILE.toString(), 30 + index, 5),
                Outcome.PASSED, "", List.of(), Instant.EPOCH, 3, List.of(), Map.of(), List.of());
        steps.write(step, FILE, "step-1-" + index, html);
        html.flush();
        return text.toString();
    }
}
