package dev.baton.auth.types;

import dev.baton.auth.AuthBlock;
import dev.baton.auth.AuthContext;
import dev.baton.auth.AuthSession;
import dev.baton.model.LoginField;
import dev.baton.model.LoginPage;
import dev.baton.model.LoginSpec;
import dev.baton.model.Position;
import dev.baton.model.Text;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The block of {@code auth: {type: device-code}}.
 *
 * @param issuer       the issuer whose metadata names the endpoints, or {@code null} for the {@code issuer}
 *                     variable (unless the endpoints are written)
 * @param deviceUrl    the device authorization endpoint, or {@code null} to take it from the metadata
 * @param tokenUrl     the token endpoint, written with {@code deviceUrl}, else {@code null}
 * @param clientId     the client
 * @param clientSecret the secret of a confidential client (sent with HTTP Basic), or {@code null}
 * @param scope        the scope asked for, or {@code null}
 * @param login        what the sign-in driver types at the verification URI
 * @param timeout      how long the grant may take, sign-in and polling together (the codes' own lifetime, if
 *                     shorter, ends it sooner)
 * @param position     where the block is written
 */
public record DeviceCodeAuth(Text issuer, Text deviceUrl, Text tokenUrl, Text clientId, Text clientSecret,
                             Text scope, LoginSpec login, Duration timeout, Position position) implements AuthBlock {

    static final String USER_CODE = "device.user_code";
    static final String VERIFICATION_URI = "device.verification_uri";
    static final String REFRESH_TOKEN = "auth.refresh_token";
    static final String NO_ENDPOINTS = "a device-code block needs the issuer (write 'issuer:', or set the 'issuer' "
            + "variable in the environment), or deviceUrl and tokenUrl";

    @Override
    public String type() {
        return DeviceCodeType.NAME;
    }

    @Override
    public List<Text> texts() {
        List<Text> texts = new ArrayList<>(Stream.of(issuer, deviceUrl, tokenUrl, clientId, clientSecret, scope)
                .filter(Objects::nonNull).toList());
        login.fields().stream().map(LoginField::values).forEach(texts::addAll);
        for (LoginPage page : login.pages()) {
            page.fields().stream().map(LoginField::values).forEach(texts::addAll);
        }
        return texts;
    }

    @Override
    public List<String> defines() {
        return List.of(TokenHelper.ACCESS_TOKEN, REFRESH_TOKEN, USER_CODE, VERIFICATION_URI);
    }

    @Override
    public Optional<String> unmet(Predicate<String> defined) {
        return issuer == null && deviceUrl == null && !defined.test("issuer") ? Optional.of(NO_ENDPOINTS)
                : Optional.empty();
    }

    @Override
    public AuthSession start(AuthContext context) {
        return new DeviceCodeSession(this, context);
    }
}
