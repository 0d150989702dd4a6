package dev.baton.template;

import dev.baton.model.Body;
import dev.baton.model.Capture;
import dev.baton.model.Condition;
import dev.baton.model.Credentials;
import dev.baton.model.Expectation;
import dev.baton.model.NamedText;
import dev.baton.model.Position;
import dev.baton.model.RequestSpec;
import dev.baton.model.Step;
import dev.baton.model.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The variables a step uses, each with where it is first used. */
public final class References {

    private References() {
    }

    /** Variable name to the position of its first use in the step. */
    public static Map<String, Position> of(Step step) throws TemplateException {
        Map<String, Position> used = new LinkedHashMap<>();
        for (Text text : texts(step)) {
            for (Template.Part part : Template.parse(text).placeholders()) {
                used.putIfAbsent(part.variable(), part.position());
                Functions.variables(part.functions()).forEach(name -> used.putIfAbsent(name, part.position()));
            }
        }
        return used;
    }

    /** Every templated text of a step, in reading order. */
    public static List<Text> texts(Step step) {
        List<Text> texts = new ArrayList<>();
        RequestSpec request = step.request();
        texts.add(request.method());
        texts.add(request.url());
        for (List<NamedText> pairs : List.of(request.query(), request.headers(),
                request.body() instanceof Body.Form form ? form.fields() : List.<NamedText>of())) {
            pairs.forEach(pair -> {
                texts.add(pair.nameText());
                texts.add(pair.value());
            });
        }
        if (request.body() instanceof Body.Json json) {
            texts.addAll(json.templatedKeys());
            jsonTexts(json.tree(), texts);
        } else if (request.body() instanceof Body.Raw raw) {
            texts.add(raw.content());
            texts.add(raw.contentType());
        } else if (request.body() instanceof Body.File file) {
            texts.add(file.contentType());
            if (file.template() != null) {
                texts.add(file.template());
            }
        } else if (request.body() instanceof Body.Multipart multipart) {
            for (Body.Part part : multipart.parts()) {
                texts.add(part.nameText());
                java.util.stream.Stream.of(part.value(), part.filename(), part.contentType())
                        .filter(t -> t != null).forEach(texts::add);
            }
        } else if (request.body() instanceof Body.GraphQl graphql) {
            texts.add(graphql.query());
            if (graphql.variables() != null) {
                texts.addAll(graphql.variables().templatedKeys());
                jsonTexts(graphql.variables().tree(), texts);
            }
            if (graphql.operationName() != null) {
                texts.add(graphql.operationName());
            }
        }
        if (request.auth() instanceof Credentials.Basic basic) {
            texts.add(basic.username());
            texts.add(basic.password());
        } else if (request.auth() instanceof Credentials.Digest digest) {
            texts.add(digest.username());
            texts.add(digest.password());
        } else if (request.auth() instanceof Credentials.Bearer bearer) {
            texts.add(bearer.token());
        }
        if (step.login() != null) {
            step.login().fields().forEach(field -> texts.addAll(field.values()));
            step.login().pages().forEach(page -> {
                page.fields().forEach(field -> texts.addAll(field.values()));
                if (page.title() != null) {
                    texts.add(page.title());
                }
            });
            if (step.login().userAgent() != null) {
                texts.add(step.login().userAgent());
            }
        }
        step.captures().stream().map(Capture::argument).filter(a -> a != null).forEach(texts::add);
        if (step.condition() != null) {
            if (step.condition().skip() != null) {
                texts.add(step.condition().skip());
            }
            step.condition().when().forEach(w -> w.conditions().forEach(c -> conditionTexts(c, texts)));
        }
        List<Expectation> expectations = new ArrayList<>(step.expectations());
        if (step.retry() != null) {
            expectations.addAll(step.retry().until());
        }
        for (Expectation expectation : expectations) {
            if (expectation.argument() != null) {
                texts.add(expectation.argument());
            }
            expectation.conditions().forEach(c -> conditionTexts(c, texts));
        }
        return texts;
    }

    private static void conditionTexts(Condition condition, List<Text> texts) {
        if (condition.expected() != null) {
            texts.add(condition.expected());
        }
        texts.addAll(condition.options());
        condition.nested().forEach(c -> conditionTexts(c, texts));
    }

    private static void jsonTexts(Object node, List<Text> texts) {
        if (node instanceof Text text) {
            texts.add(text);
        } else if (node instanceof Map<?, ?> map) {
            map.values().forEach(v -> jsonTexts(v, texts));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> jsonTexts(v, texts));
        }
    }
}
