package dev.baton.auth.types;

import dev.baton.auth.AuthBlock;
import dev.baton.auth.AuthType;
import dev.baton.http.HeaderNames;
import dev.baton.model.FormatException;
import dev.baton.model.Tree;

import java.util.List;
import java.util.Optional;

/**
 * {@code auth: {type: api-key, in: header|query, name: X-API-Key, value: <<apiKey>>}}: an API key sent on every
 * step, as a header (the default) or a query parameter, unless the step sends that header or parameter itself — as
 * Postman's and Bruno's collection-level API key auth does.
 */
public final class ApiKeyType implements AuthType {

    static final String NAME = "api-key";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> keys() {
        return List.of("in", "name", "value");
    }

    @Override
    public AuthBlock read(Tree.Mapping block) throws FormatException {
        String what = "auth of type " + NAME;
        boolean query = false;
        Optional<Tree> in = block.get("in");
        if (in.isPresent()) {
            String written = in.get().string("auth in");
            query = switch (written) {
                case "header" -> false;
                case "query" -> true;
                default -> throw new FormatException(in.get().position(), "auth in must be 'header' or 'query', "
                        + "found '" + written + "'");
            };
        }
        Tree nameNode = block.required("name", what);
        String name = nameNode.nonEmpty("auth name");
        Optional<String> problem = query ? Optional.empty() : HeaderNames.problem(name);
        if (problem.isPresent()) {
            throw new FormatException(nameNode.position(), problem.get());
        }
        return new ApiKey(query ? ApiKey.Place.QUERY : ApiKey.Place.HEADER, name,
                block.required("value", what).text("auth value"), block.position());
    }
}
