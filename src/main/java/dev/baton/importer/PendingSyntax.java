package dev.baton.importer;

/**
 * Request keys Baton reads that the importers do not write yet: multipart bodies, bodies from files and digest
 * authentication. Baton finds a body file or a multipart file part when the collection loads, so writing them
 * means copying the files into the output folder, which the importers do not do; until they do, what needs them is
 * left out of the written collection and named in the import report with these reasons.
 */
public final class PendingSyntax {

    /** {@code multipart: {title: Report, file: {file: data/report.pdf, contentType: application/pdf}}}. */
    public static final boolean MULTIPART = false;
    /** {@code body: {file: payload.json}}. */
    public static final boolean FILE_BODY = false;
    /** {@code expect: {jsonSchema: schemas/pet.json}}: written. */
    public static final boolean JSON_SCHEMA = true;
    /** Digest authentication. */
    public static final boolean DIGEST = false;

    /** Why a multipart body is left out. */
    public static final String NOT_WRITTEN_MULTIPART = "the importer does not write multipart bodies yet (their "
            + "file parts would have to be copied beside the collection)";
    /** Why a body read from a file is left out. */
    public static final String NOT_WRITTEN_FILE = "the importer does not copy body files beside the collection yet";

    private PendingSyntax() {
    }
}
