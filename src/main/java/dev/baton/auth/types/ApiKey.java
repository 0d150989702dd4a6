package dev.baton.auth.types;

import dev.baton.auth.AuthBlock;
import dev.baton.auth.AuthContext;
import dev.baton.auth.AuthFailure;
import dev.baton.auth.AuthSession;
import dev.baton.http.Header;
import dev.baton.http.HttpSender;
import dev.baton.http.OutgoingRequest;
import dev.baton.http.Urls;
import dev.baton.model.Position;
import dev.baton.model.Text;
import dev.baton.template.TemplateException;
import org.apache.hc.core5.http.message.BasicNameValuePair;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The block of an API key: where it goes, under which name, and its value (a secret: masked wherever Baton writes).
 *
 * @param place    a header or a query parameter
 * @param name     the header or parameter name
 * @param value    the key
 * @param position where the block is written
 */
record ApiKey(Place place, String name, Text value, Position position) implements AuthBlock {

    /** Where the key goes. */
    enum Place {
        HEADER, QUERY
    }

    @Override
    public String type() {
        return ApiKeyType.NAME;
    }

    @Override
    public List<Text> texts() {
        return List.of(value);
    }

    @Override
    public AuthSession start(AuthContext context) {
        return new AuthSession() {
            private String key;

            @Override
            public void beforeStep() {
                try {
                    key = context.variables().resolve(value);
                } catch (TemplateException e) {
                    throw new AuthFailure(e.getMessage(), e.position());
                }
                context.secrets().add(key);
            }

            @Override
            public HttpSender around(HttpSender next) {
                return request -> next.send(key == null ? request : with(request, key));
            }
        };
    }

    private OutgoingRequest with(OutgoingRequest request, String key) {
        if (place == Place.HEADER) {
            if (request.headers().stream().anyMatch(h -> h.name().equalsIgnoreCase(name))) {
                return request;
            }
            List<Header> headers = new ArrayList<>(request.headers());
            headers.add(new Header(name, key));
            return request.withHeaders(headers);
        }
        URI uri = request.uri();
        if (Urls.parameters(uri.getRawQuery()).containsKey(name)) {
            return request;
        }
        String pair = Urls.formEncode(List.of(new BasicNameValuePair(name, key)));
        String query = uri.getRawQuery() == null || uri.getRawQuery().isEmpty() ? pair : uri.getRawQuery() + "&" + pair;
        return new OutgoingRequest(request.method(), Urls.withQuery(uri, query), request.headers(), request.body(),
                request.contentType(), request.timeout(), request.navigation());
    }
}
