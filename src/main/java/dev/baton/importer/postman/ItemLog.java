package dev.baton.importer.postman;

import dev.baton.importer.ImportReport;

/** What the mapping of one item tells the report: the parts it left out, and remarks. */
final class ItemLog {

    private final ImportReport report;
    private final String item;

    ItemLog(ImportReport report, String item) {
        this.report = report;
        this.item = item;
    }

    /** The item's name as the report shows it, with its folder path. */
    String item() {
        return item;
    }

    void leftOut(String what, String reason) {
        report.leftOut(item, what, reason);
    }

    void note(String text) {
        report.note(text);
    }
}
