package dev.baton.report;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A JUnit XML report written by the platform's {@link LegacyXmlReportGeneratingListener} into a private
 * folder beside the target, then moved into place in one step, so a reader never sees half a file.
 */
public final class JUnitXmlReport implements Report {

    private static final Pattern COMMAND_LINE_PROPERTY = Pattern.compile(
            "<property\\s+name=\"sun\\.java\\.command\"\\s+value=\"[^\"]*\"\\s*/>\\s*");

    private final Path target;
    private final Path workDir;
    private final LegacyXmlReportGeneratingListener listener;
    private final TestcaseOrder order = new TestcaseOrder();

    private JUnitXmlReport(Path target, Path workDir, PrintWriter errors) {
        this.target = target;
        this.workDir = workDir;
        this.listener = new LegacyXmlReportGeneratingListener(workDir, errors);
    }

    /** Prepares a report at {@code target}, failing now if its folder cannot be written. */
    public static JUnitXmlReport to(Path target, PrintWriter errors) throws IOException {
        Path absolute = ReportFiles.checkTarget(target);
        Path workDir = Files.createTempDirectory(absolute.getParent(), ".baton-junit-");
        return new JUnitXmlReport(absolute, workDir, errors);
    }

    @Override
    public List<TestExecutionListener> listeners() {
        return List.of(order, listener);
    }

    @Override
    public void finish() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(workDir, "TEST-*.xml")) {
            for (Path file : files) {
                order.apply(file);
                dropCommandLine(file);
                Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return;
            }
        }
        throw new IOException("the JUnit platform wrote no report");
    }

    /** Removes the {@code sun.java.command} property: it holds the command line, {@code --var} secrets included. */
    private static void dropCommandLine(Path report) throws IOException {
        String xml = Files.readString(report, StandardCharsets.UTF_8);
        Files.writeString(report, COMMAND_LINE_PROPERTY.matcher(xml).replaceAll(""), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        ReportFiles.deleteTree(workDir);
    }
}
