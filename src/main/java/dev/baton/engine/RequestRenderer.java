package dev.baton.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.baton.auth.ClientSecretBasic;
import dev.baton.auth.RequestAdditions;
import dev.baton.http.Header;
import dev.baton.http.HeaderNames;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.UrlCheck;
import dev.baton.http.Urls;
import dev.baton.json.Jackson;
import dev.baton.model.Body;
import dev.baton.model.Credentials;
import dev.baton.model.NamedText;
import dev.baton.model.OAuthRole;
import dev.baton.model.RequestSpec;
import dev.baton.model.Step;
import dev.baton.model.Text;
import dev.baton.secret.Redactor;
import dev.baton.secret.SecretNames;
import dev.baton.template.Functions;
import dev.baton.template.Template;
import dev.baton.template.TemplateException;
import dev.baton.template.Variables;
import org.apache.hc.core5.http.message.BasicNameValuePair;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns a step's request, plus what its auth block adds, into a resolved {@link OutgoingRequest}. */
final class RequestRenderer {

    private static final Pattern AUTH_SCHEME = Pattern.compile("^\\S+\\s+");

    private final Variables variables;
    private final Redactor redactor;
    private final BodyEncoding bodies;

    RequestRenderer(Variables variables, Redactor redactor) {
        this.variables = variables;
        this.redactor = redactor;
        this.bodies = new BodyEncoding(variables, this);
    }

    OutgoingRequest render(Step step, RequestAdditions additions) throws TemplateException {
        RequestSpec spec = step.request();
        String method = variables.resolve(spec.method()).trim().toUpperCase();
        List<String[]> query = pairs(spec.query());
        addMissing(query, additions.query());
        registerSecretFields(query);
        URI uri = uri(spec.url(), query);
        List<Header> headers = headers(spec.headers());
        credentials(spec.auth(), step.oauth()).ifPresent(headers::add);
        additions.headers().forEach((name, value) -> {
            if (headers.stream().noneMatch(h -> h.name().equalsIgnoreCase(name))) {
                headers.add(new Header(name, value));
            }
        });
        headers.stream().filter(h -> h.name().equalsIgnoreCase("Authorization"))
                .forEach(h -> redactor.add(AUTH_SCHEME.matcher(h.value()).replaceFirst("")));
        byte[] body = null;
        String contentType = null;
        Body requestBody = spec.body();
        if (requestBody == null && !additions.form().isEmpty()) {
            requestBody = new Body.Form(List.of());
        }
        if (requestBody instanceof Body.Form form) {
            List<String[]> fields = pairs(form.fields());
            addMissing(fields, additions.formFor(fields.stream().filter(f -> f[0].equals("grant_type"))
                    .map(f -> f[1]).findFirst().orElse(null)));
            registerSecretFields(fields);
            body = encode(fields).getBytes(StandardCharsets.UTF_8);
            contentType = "application/x-www-form-urlencoded; charset=UTF-8";
        } else if (requestBody instanceof Body.Json json) {
            body = json(json, step);
            contentType = "application/json";
        } else if (requestBody instanceof Body.Raw raw) {
            body = variables.resolve(raw.content()).getBytes(StandardCharsets.UTF_8);
            contentType = variables.resolve(raw.contentType());
        } else if (requestBody instanceof Body.File file) {
            body = bodies.file(file);
            contentType = variables.resolve(file.contentType());
        } else if (requestBody instanceof Body.Multipart multipart) {
            BodyEncoding.Encoded encoded = bodies.multipart(multipart);
            body = encoded.bytes();
            contentType = encoded.contentType();
        } else if (requestBody instanceof Body.GraphQl graphql) {
            if (method.equals("GET")) {
                query = new ArrayList<>(query);
                query.addAll(bodies.graphqlParameters(graphql));
                uri = uri(spec.url(), query);
            } else {
                body = bodies.graphqlJson(graphql);
                contentType = "application/json";
            }
            if (headers.stream().noneMatch(h -> h.name().equalsIgnoreCase("Accept"))) {
                headers.add(new Header("Accept", "application/graphql-response+json, application/json"));
            }
        }
        boolean typeWritten = headers.stream().anyMatch(h -> h.name().equalsIgnoreCase("Content-Type"));
        return new OutgoingRequest(method, uri, headers, body, typeWritten ? null : contentType, step.timeout());
    }

    private URI uri(Text urlText, List<String[]> query) throws TemplateException {
        String url = withQuery(variables.resolve(urlText).trim(), query);
        var problem = UrlCheck.problem(url);
        if (problem.isPresent()) {
            throw new TemplateException(urlText.position(), problem.get());
        }
        return Urls.parse(url).orElseThrow();
    }

    void registerSecretFields(List<String[]> pairs) {
        pairs.stream().filter(p -> SecretNames.isSecret(p[0])).forEach(p -> redactor.add(p[1]));
    }

    private static String withQuery(String url, List<String[]> query) {
        if (query.isEmpty()) {
            return url;
        }
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : url.substring(hash);
        String base = hash < 0 ? url : url.substring(0, hash);
        return base + (base.contains("?") ? "&" : "?") + encode(query) + fragment;
    }

    /**
     * The {@code Authorization} header of the step's credentials. On a step that authenticates the client
     * ({@code oauth: token}, {@code revoke}, {@code introspect}), {@code basicAuth:} is client authentication, so
     * its id and secret are form-encoded first (RFC 6749 §2.3.1).
     */
    private java.util.Optional<Header> credentials(Credentials credentials, OAuthRole role) throws TemplateException {
        if (credentials instanceof Credentials.Basic basic) {
            String username = variables.resolve(basic.username());
            String password = variables.resolve(basic.password());
            String pair = role.authenticatesClient() ? ClientSecretBasic.credentials(username, password)
                    : username + ":" + password;
            redactor.add(pair);
            String encoded = Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
            return java.util.Optional.of(new Header("Authorization", "Basic " + encoded));
        }
        if (credentials instanceof Credentials.Bearer bearer) {
            return java.util.Optional.of(new Header("Authorization", "Bearer " + variables.resolve(bearer.token())));
        }
        return java.util.Optional.empty();
    }

    /** The written headers, resolved; a name from a variable must still be an RFC 9110 token. */
    private List<Header> headers(List<NamedText> written) throws TemplateException {
        List<Header> headers = new ArrayList<>();
        for (NamedText header : written) {
            String name = name(header);
            var problem = HeaderNames.problem(name);
            if (problem.isPresent()) {
                throw new TemplateException(header.namePosition(), problem.get());
            }
            String value = variables.resolve(header.value());
            var valueProblem = HeaderNames.valueProblem(name, value);
            if (valueProblem.isPresent()) {
                throw new TemplateException(header.value().position(), valueProblem.get());
            }
            headers.add(new Header(name, value));
        }
        return headers;
    }

    private String name(NamedText pair) throws TemplateException {
        return name(pair.name(), pair.nameText());
    }

    /** A name as written, its placeholders filled when it has any. */
    String name(String written, Text templated) throws TemplateException {
        return written.contains("<<") ? variables.resolve(templated) : written;
    }

    private List<String[]> pairs(List<NamedText> written) throws TemplateException {
        List<String[]> pairs = new ArrayList<>();
        for (NamedText pair : written) {
            pairs.add(new String[]{name(pair), variables.resolve(pair.value())});
        }
        return pairs;
    }

    private static void addMissing(List<String[]> pairs, Map<String, String> additions) {
        additions.forEach((name, value) -> {
            if (pairs.stream().noneMatch(p -> p[0].equals(name))) {
                pairs.add(new String[]{name, value});
            }
        });
    }

    private static String encode(List<String[]> pairs) {
        return Urls.formEncode(pairs.stream().map(p -> new BasicNameValuePair(p[0], p[1])).toList());
    }

    /** A JSON document with its strings and member names resolved, values of one placeholder keeping their type. */
    Object resolvedJson(Body.Json json) throws TemplateException {
        return resolveJson(json.tree(), json);
    }

    private byte[] json(Body.Json json, Step step) throws TemplateException {
        try {
            return Jackson.mapper().writeValueAsBytes(resolveJson(json.tree(), json));
        } catch (JsonProcessingException e) {
            throw new TemplateException(step.position(), "cannot write the JSON body: " + e.getOriginalMessage());
        }
    }

    private Object resolveJson(Object node, Body.Json json) throws TemplateException {
        if (node instanceof Text text) {
            var single = Template.parse(text).single();
            if (single.isPresent()) {
                Template.Part part = single.get();
                return Functions.json(variables.typedValueOf(part.variable(), part.position()), part.functions(),
                        part.variable(), part.position(), variables.lookup());
            }
            return variables.resolve(text);
        }
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> resolved = new LinkedHashMap<>();
            for (var entry : map.entrySet()) {
                String key = (String) entry.getKey();
                String name = key.contains("<<") ? variables.resolve(json.key(key)) : key;
                Object value = resolveJson(entry.getValue(), json);
                if (value instanceof String secret && SecretNames.isSecret(name)) {
                    redactor.add(secret);
                }
                resolved.put(name, value);
            }
            return resolved;
        }
        if (node instanceof List<?> list) {
            List<Object> resolved = new ArrayList<>();
            for (Object item : list) {
                resolved.add(resolveJson(item, json));
            }
            return resolved;
        }
        return node;
    }
}
