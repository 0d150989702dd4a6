package dev.baton.load;

import dev.baton.check.JwtQuery;
import dev.baton.check.QueryKind;
import dev.baton.model.Capture;
import dev.baton.model.Collection;
import dev.baton.model.Expectation;
import dev.baton.model.JwtPart;
import dev.baton.model.Position;
import dev.baton.model.Query;
import dev.baton.model.Step;
import dev.baton.model.Text;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads {@code jwt} queries: under {@code expect:}, each token (found by a JSONPath, a variable or a header) with
 * conditions on members of its {@code header} and {@code claims} by JSONPath and {@code signature: valid}
 * (against the keys of {@code issuer}, or of the collection's {@code openid-connect} issuer); in a capture, one member
 * of its {@code header} or {@code claims}.
 */
final class JwtReader {

    /** The keys of a token under {@code expect: {jwt: {SOURCE: ...}}}. */
    static final List<String> EXPECT_KEYS = List.of("header", "claims", "signature", "issuer");
    /** The keys of a token in {@code capture: {v: {jwt: {SOURCE: ...}}}}. */
    static final List<String> CAPTURE_KEYS = List.of("header", "claims");

    private static final String OPENID = "openid-connect";

    private final NodeReader reader;
    private final CheckReader checks;

    JwtReader(NodeReader reader, CheckReader checks) {
        this.reader = reader;
        this.checks = checks;
    }

    /** {@code jwt: {$.access_token: {claims: {$.scope: {contains: read}}, signature: valid}}}. */
    List<Expectation> expectations(QueryKind kind, Node node) throws LoadException {
        List<Expectation> expectations = new ArrayList<>();
        for (var token : reader.entries(node, "expect jwt").values()) {
            Text source = source(kind, token, "expect jwt");
            String what = "expect jwt " + token.key();
            var spec = reader.entries(token.value(), what, EXPECT_KEYS);
            if (Stream.of("header", "claims", "signature").noneMatch(spec::containsKey)) {
                throw reader.error(token.value(), what + " needs 'header', 'claims' or 'signature'");
            }
            for (JwtPart.Part part : List.of(JwtPart.Part.HEADER, JwtPart.Part.CLAIMS)) {
                if (spec.containsKey(part.key())) {
                    expectations.addAll(members(kind, source, part, spec.get(part.key()), what));
                }
            }
            if (spec.containsKey("issuer") && !spec.containsKey("signature")) {
                throw reader.error(spec.get("issuer").keyNode(), what + ": 'issuer' names whose keys check "
                        + "'signature: valid'; write that beside it");
            }
            if (spec.containsKey("signature")) {
                expectations.add(signature(kind, source, spec, what));
            }
        }
        return expectations;
    }

    /** {@code jwt: {$.id_token: {claims: $.sub}}}: one member of one token. */
    Query capture(QueryKind kind, NodeReader.Entry entry, String what) throws LoadException {
        if (!(entry.value() instanceof MappingNode)) {
            throw reader.error(entry.value(), what + ": 'jwt' needs the token and the member to read of it, "
                    + "e.g. {$.id_token: {claims: $.sub}}");
        }
        var tokens = reader.entries(entry.value(), what + " jwt");
        if (tokens.size() != 1) {
            throw reader.error(entry.value(), what + ": 'jwt' needs one token and the member to read of it, "
                    + "e.g. {$.id_token: {claims: $.sub}}");
        }
        var token = tokens.values().iterator().next();
        Text source = source(kind, token, what + " jwt");
        String block = what + " jwt " + token.key();
        var spec = reader.entries(token.value(), block, CAPTURE_KEYS);
        if (spec.size() != 1) {
            throw reader.error(token.value(), block + " needs exactly one of 'header' or 'claims': the JSONPath of "
                    + "the member to capture");
        }
        var chosen = spec.values().iterator().next();
        JwtPart.Part part = chosen.key().equals("header") ? JwtPart.Part.HEADER : JwtPart.Part.CLAIMS;
        String path = path(reader.text(chosen.value(), block + " " + chosen.key()), block + " " + chosen.key());
        return new Query(kind.key(), source, null, null, reader.position(entry.keyNode()),
                new JwtPart(part, path, null));
    }

    /**
     * Whether a capture keeps a secret: one that reads a member under a secret-looking name ({@code session_state}) is
     * masked as a capture into a secret-looking variable is.
     */
    static boolean secret(Query query) {
        return query.jwt() != null && query.jwt().path() != null && JwtQuery.namesSecret(query.jwt().path());
    }

    /**
     * Refuses {@code signature: valid} without an issuer: written beside it, or the collection's
     * {@code openid-connect} one.
     */
    static void checkIssuers(Collection collection, SourceFile source) throws LoadException {
        if (collection.auth() != null && OPENID.equals(collection.auth().type())) {
            return;
        }
        for (Step step : collection.steps()) {
            List<Expectation> until = step.retry() == null ? List.of() : step.retry().until();
            for (Expectation expectation : Stream.concat(step.expectations().stream(), until.stream()).toList()) {
                JwtPart part = expectation.query().jwt();
                if (part != null && part.part() == JwtPart.Part.SIGNATURE && part.issuer() == null) {
                    throw source.error(expectation.position(), "expect " + expectation.label() + ": no issuer is "
                            + "known whose keys sign the token; write 'issuer: <<issuer>>' beside 'signature', or "
                            + "give the collection 'auth: {type: " + OPENID + "}'");
                }
            }
        }
    }

    private Text source(QueryKind kind, NodeReader.Entry token, String block) throws LoadException {
        Text source = reader.text(token.keyNode(), "a token in " + block);
        checks.checkArgument(kind, source, block + " " + token.key());
        return source;
    }

    private List<Expectation> members(QueryKind kind, Text source, JwtPart.Part part, NodeReader.Entry block,
                                      String what) throws LoadException {
        String where = what + " " + part.key();
        Map<String, NodeReader.Entry> members = reader.entries(block.value(), where);
        if (members.isEmpty()) {
            throw reader.error(block.value(), where + " needs a JSONPath and its condition, e.g. {$.sub: alice}");
        }
        List<Expectation> expectations = new ArrayList<>();
        for (var member : members.values()) {
            String path = path(reader.text(member.keyNode(), "a key in " + where), where);
            Position at = reader.position(member.keyNode());
            expectations.add(new Expectation(new Query(kind.key(), source, null, null, at,
                    new JwtPart(part, path, null)), checks.conditions(member.value(), where + " " + path), at));
        }
        return expectations;
    }

    private Expectation signature(QueryKind kind, Text source, Map<String, NodeReader.Entry> spec, String what)
            throws LoadException {
        var written = spec.get("signature");
        String value = reader.string(written.value(), what + " signature");
        if (!value.equals("valid")) {
            throw reader.error(written.value(), what + " signature must be 'valid', found '" + value + "'");
        }
        Text issuer = spec.containsKey("issuer") ? reader.text(spec.get("issuer").value(), what + " issuer") : null;
        if (issuer != null && issuer.raw().isBlank()) {
            throw reader.error(spec.get("issuer").value(), what + " issuer must not be empty");
        }
        Position at = reader.position(written.keyNode());
        return new Expectation(new Query(kind.key(), source, null, null, at,
                new JwtPart(JwtPart.Part.SIGNATURE, null, issuer)), List.of(), at);
    }

    private String path(Text written, String what) throws LoadException {
        Optional<String> problem = JwtQuery.pathProblem(written.raw());
        if (problem.isPresent()) {
            throw reader.source().error(written.position(), what + ": " + problem.get());
        }
        return written.raw();
    }
}
