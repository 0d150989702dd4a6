package dev.baton.report.junit;

import dev.baton.model.Diagnostic;
import dev.baton.model.DisplayPath;
import dev.baton.report.FileReporter;
import dev.baton.report.RenderedUnits;
import dev.baton.report.UnitText;
import dev.baton.report.XmlText;
import dev.baton.results.CollectionResult;
import dev.baton.results.IterationResult;
import dev.baton.results.Outcome;
import dev.baton.results.RunResult;
import dev.baton.results.StepCounts;
import dev.baton.results.StepResult;
import dev.baton.secret.OutputBoundary;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code junit:FILE}: the run as one JUnit XML {@code <testsuite>} (the shape Ant, Maven and CI servers read),
 * written as the result tree is walked, each test case masked as a whole when it is flushed:
 * a {@code <testcase>} per step, named after the step, its class name the collection (and iteration); a
 * {@code <failure>}, {@code <error>} or {@code <skipped>} in it, the failure's text saying where it is written. The
 * properties are Baton's own (version, environment, collection files), never the JVM's. Each value of data is
 * masked as it is written; the markup never is.
 */
public final class JUnitXmlReporter extends FileReporter {

    @Override
    public String kind() {
        return "junit";
    }

    @Override
    protected void write(RunResult run, PrintWriter out) throws IOException {
        try {
            XMLStreamWriter xml = XmlText.streamWriter(out);
            new Document(xml, context().output()).write(run, context().version(), renderedUnits());
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit XML report: " + e.getMessage(), e);
        }
    }

    @Override
    protected UnitText unitText() {
        OutputBoundary output = context().output();
        return out -> {
            XMLStreamWriter xml = XmlText.streamWriter(out);
            Document units = new Document(xml, output);
            return (place, context, unit) -> {
                try {
                    units.unit(place.collectionName(), unit);
                    xml.flush();
                    return true;
                } catch (XMLStreamException e) {
                    throw new IOException("cannot write the JUnit XML report: " + e.getMessage(), e);
                }
            };
        };
    }

    /** One document being written. */
    private static final class Document {
        private final XMLStreamWriter xml;
        private final OutputBoundary output;

        Document(XMLStreamWriter xml, OutputBoundary output) {
            this.xml = xml;
            this.output = output;
        }

        void write(RunResult run, String version, RenderedUnits units) throws XMLStreamException, IOException {
            StepCounts counts = run.counts();
            long broken = run.notRun();
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "Baton");
            xml.writeAttribute("tests", Long.toString(counts.total() + broken));
            xml.writeAttribute("skipped", Integer.toString(counts.skipped() + counts.notApplicable()));
            xml.writeAttribute("failures", Integer.toString(counts.failed()));
            xml.writeAttribute("errors", Long.toString(counts.errors() + counts.inconclusive() + broken));
            xml.writeAttribute("time", seconds(run.durationMillis()));
            xml.writeAttribute("timestamp", LocalDateTime.ofInstant(run.startedAt(), ZoneOffset.UTC)
                    .truncatedTo(ChronoUnit.SECONDS).toString());
            xml.writeCharacters("\n");
            properties(run, version);
            for (int c = 0; c < run.collections().size(); c++) {
                CollectionResult collection = run.collections().get(c);
                if (collection.error() != null) {
                    containerError(text(collection.name()), text(DisplayPath.of(collection.file())), collection.error());
                }
                List<IterationResult> iterations = collection.iterations();
                for (int i = 0; i < iterations.size(); i++) {
                    RenderedUnits.Rendered rendered = units.find(c, i, 0);
                    if (rendered == null) {
                        unit(collection.name(), iterations.get(i));
                    } else {
                        xml.flush();
                        rendered.copy();
                    }
                }
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
        }

        /** An iteration's test cases, after a test case in error when it could not run. */
        void unit(String collection, IterationResult iteration) throws XMLStreamException {
            String classname = iteration.name() == null ? collection : collection + " " + iteration.name();
            if (iteration.error() != null) {
                containerError(text(classname), iteration.name() == null ? null : text(iteration.name()),
                        iteration.error());
            }
            for (StepResult step : iteration.steps()) {
                testcase(text(classname), step);
                xml.flush();
            }
        }

        private void properties(RunResult run, String version) throws XMLStreamException {
            xml.writeStartElement("properties");
            xml.writeCharacters("\n");
            property("baton.version", version);
            property("baton.environment", text(run.environment()));
            property("baton.status", run.status().name());
            for (CollectionResult collection : run.collections()) {
                property("baton.collection", text(DisplayPath.of(collection.file())));
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }

        /** A property whose value is Baton's own or was masked by the caller. */
        private void property(String name, String value) throws XMLStreamException {
            xml.writeEmptyElement("property");
            xml.writeAttribute("name", name);
            xml.writeAttribute("value", value == null ? "" : value);
            xml.writeCharacters("\n");
        }

        private void testcase(String classname, StepResult step) throws XMLStreamException {
            xml.writeStartElement("testcase");
            xml.writeAttribute("name", text(step.name()));
            xml.writeAttribute("classname", classname);
            xml.writeAttribute("time", seconds(step.durationMillis()));
            if (step.outcome() == Outcome.SKIPPED || step.outcome() == Outcome.NOT_APPLICABLE) {
                xml.writeStartElement("skipped");
                xml.writeAttribute("message", text(step.message()));
                xml.writeCharacters(text(step.message()));
                xml.writeEndElement();
            } else if (step.didNotPass()) {
                xml.writeStartElement(step.outcome() == Outcome.FAILED ? "failure" : "error");
                xml.writeAttribute("message", text(step.message()));
                xml.writeAttribute("type", switch (step.outcome()) {
                    case FAILED -> "failure";
                    case INCONCLUSIVE -> "inconclusive";
                    default -> "error";
                });
                xml.writeCharacters(text(step.problems().isEmpty() ? step.message()
                        : step.problems().stream().map(Diagnostic::render).collect(Collectors.joining("\n\n"))));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }

        /** A collection or iteration that could not run: a test case in error, so that it counts. */
        private void containerError(String classname, String name, String error) throws XMLStreamException {
            xml.writeStartElement("testcase");
            xml.writeAttribute("name", name == null ? classname : name);
            xml.writeAttribute("classname", classname);
            xml.writeAttribute("time", "0");
            xml.writeStartElement("error");
            xml.writeAttribute("message", text(error));
            xml.writeAttribute("type", "error");
            xml.writeCharacters(text(error));
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }

        /** A value of data: masked, and without the characters XML 1.0 cannot hold. */
        private String text(String raw) {
            return XmlText.of(output.text(raw == null ? "" : raw));
        }

        private static String seconds(long millis) {
            return BigDecimal.valueOf(millis, 3).toPlainString();
        }
    }
}
