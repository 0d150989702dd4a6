package dev.baton.importer;

/**
 * Request keys the importers can write once Baton reads them (issue 14: multipart bodies, bodies from files, digest
 * authentication, JSON Schema expectations). Until then what needs them is left out of the written collection and
 * named in the import report.
 */
public final class PendingSyntax {

    /** {@code multipart: {title: Report, file: {file: data/report.pdf, contentType: application/pdf}}}. */
    public static final boolean MULTIPART = false;
    /** {@code body: {file: payload.json}}. */
    public static final boolean FILE_BODY = false;
    /** {@code expect: {jsonSchema: schemas/pet.json}}: Baton reads it (issue 14 landed). */
    public static final boolean JSON_SCHEMA = true;
    /** Digest authentication. */
    public static final boolean DIGEST = false;

    private PendingSyntax() {
    }
}
