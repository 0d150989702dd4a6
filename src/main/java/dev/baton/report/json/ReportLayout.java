package dev.baton.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.baton.report.Bodies;

import java.io.IOException;

/**
 * How the JSON report is laid out: indented, a line a field, down to the values of a step's lists; each of those
 * (an exchange, an assertion, a problem, a try's duration) is written on a line of its own without white space, as
 * {@code jq -c} writes a value. A report of many requests is then mostly its data rather than indentation (half the
 * bytes of one indented all the way, at 100,000 requests), and still reads a value a line.
 */
final class ReportLayout extends DefaultPrettyPrinter {

    /**
     * How deep a step's lists hold their values, each object and list counting one: the document, its collections, a
     * collection, its iterations, an iteration, its steps, a step, one of its lists.
     */
    private static final int STEP_LIST_DEPTH = 8;

    /** The layout of values written from {@code depth} on: 0 for the document, deeper for a part of it. */
    ReportLayout(int depth) {
        super(Bodies.prettyPrinter());
        _nesting = depth;
        _rootSeparator = null;
    }

    private boolean flat() {
        return _nesting > STEP_LIST_DEPTH;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        if (!flat()) {
            super.beforeObjectEntries(g);
        }
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        if (flat()) {
            g.writeRaw(':');
        } else {
            super.writeObjectFieldValueSeparator(g);
        }
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        if (flat()) {
            g.writeRaw(',');
        } else {
            super.writeObjectEntrySeparator(g);
        }
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        if (flat()) {
            _nesting--;
            g.writeRaw('}');
        } else {
            super.writeEndObject(g, entries);
        }
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        if (!flat()) {
            super.beforeArrayValues(g);
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        if (flat()) {
            g.writeRaw(',');
        } else {
            super.writeArrayValueSeparator(g);
        }
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        if (flat()) {
            _nesting--;
            g.writeRaw(']');
        } else {
            super.writeEndArray(g, values);
        }
    }
}
