package dev.baton.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.baton.json.Jackson;
import dev.baton.model.Body;
import dev.baton.model.DisplayPath;
import dev.baton.model.Position;
import dev.baton.model.Text;
import dev.baton.template.TemplateException;
import dev.baton.template.Variables;
import org.apache.hc.client5.http.entity.mime.HttpMultipartMode;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bodies that are more than one text: a file (its bytes, or its text with placeholders filled),
 * {@code multipart/form-data} through HttpClient's {@link MultipartEntityBuilder}, and a GraphQL operation as JSON
 * or as query parameters.
 */
final class BodyEncoding {

    /** A body and its content type, boundary included. */
    record Encoded(byte[] bytes, String contentType) {
    }

    private final Variables variables;
    private final RequestRenderer renderer;

    BodyEncoding(Variables variables, RequestRenderer renderer) {
        this.variables = variables;
        this.renderer = renderer;
    }

    byte[] file(Body.File file) throws TemplateException {
        if (file.template() != null) {
            return variables.resolve(file.template()).getBytes(StandardCharsets.UTF_8);
        }
        return read(file.file(), file.written().position());
    }

    Encoded multipart(Body.Multipart multipart) throws TemplateException {
        MultipartEntityBuilder builder = MultipartEntityBuilder.create().setMode(HttpMultipartMode.EXTENDED)
                .setContentType(ContentType.create("multipart/form-data"));
        List<String[]> texts = new ArrayList<>();
        for (Body.Part part : multipart.parts()) {
            String name = renderer.name(part.name(), part.nameText());
            ContentType type = part.contentType() == null ? null : contentType(part.contentType());
            if (part.file() == null) {
                String value = variables.resolve(part.value());
                texts.add(new String[]{name, value});
                builder.addTextBody(name, value, type == null ? ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8)
                        : type);
            } else {
                builder.addBinaryBody(name, read(part.file(), part.namePosition()),
                        type == null ? ContentType.APPLICATION_OCTET_STREAM : type, variables.resolve(part.filename()));
            }
        }
        renderer.registerSecretFields(texts);
        HttpEntity entity = builder.build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            entity.writeTo(out);
        } catch (IOException e) {
            throw new IllegalStateException("a multipart body in memory always writes", e);
        }
        return new Encoded(out.toByteArray(), entity.getContentType());
    }

    /** {@code {"query": ..., "variables": {...}, "operationName": ...}}, as GraphQL over HTTP POSTs it. */
    byte[] graphqlJson(Body.GraphQl graphql) throws TemplateException {
        try {
            return Jackson.mapper().writeValueAsBytes(operation(graphql));
        } catch (JsonProcessingException e) {
            throw new TemplateException(graphql.position(), "cannot write the GraphQL request as JSON: "
                    + e.getOriginalMessage());
        }
    }

    /** {@code query}, {@code variables} (as JSON text) and {@code operationName}, as GraphQL over HTTP GETs it. */
    List<String[]> graphqlParameters(Body.GraphQl graphql) throws TemplateException {
        List<String[]> parameters = new ArrayList<>();
        Map<String, Object> operation = operation(graphql);
        for (var entry : operation.entrySet()) {
            Object value = entry.getValue();
            try {
                parameters.add(new String[]{entry.getKey(), value instanceof String s ? s
                        : Jackson.mapper().writeValueAsString(value)});
            } catch (JsonProcessingException e) {
                throw new TemplateException(graphql.position(), "cannot write the GraphQL variables as JSON: "
                        + e.getOriginalMessage());
            }
        }
        return parameters;
    }

    private Map<String, Object> operation(Body.GraphQl graphql) throws TemplateException {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("query", variables.resolve(graphql.query()));
        if (graphql.variables() != null) {
            operation.put("variables", renderer.resolvedJson(graphql.variables()));
        }
        if (graphql.operationName() != null) {
            operation.put("operationName", variables.resolve(graphql.operationName()));
        }
        return operation;
    }

    private ContentType contentType(Text written) throws TemplateException {
        String type = variables.resolve(written);
        try {
            return ContentType.parse(type);
        } catch (RuntimeException e) {
            throw new TemplateException(written.position(), "'" + type + "' is not a content type");
        }
    }

    private static byte[] read(java.nio.file.Path file, Position writtenAt) throws TemplateException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TemplateException(writtenAt, "cannot read " + DisplayPath.of(file) + " any more: "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
        }
    }
}
