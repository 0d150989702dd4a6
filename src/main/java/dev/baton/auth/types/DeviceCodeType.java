package dev.baton.auth.types;

import dev.baton.auth.AuthBlock;
import dev.baton.auth.AuthType;
import dev.baton.model.Durations;
import dev.baton.model.FormatException;
import dev.baton.model.LoginSpec;
import dev.baton.model.SignInEngine;
import dev.baton.model.Tree;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code auth: {type: device-code}}: the device authorization grant (RFC 8628) completed headlessly: the codes
 * asked for, the verification page signed in to by the sign-in driver with the block's {@code login:}, the token
 * endpoint polled, and the access token sent on every step as {@code oauth2-pkce}'s token helpers send theirs.
 */
public final class DeviceCodeType implements AuthType {

    static final String NAME = "device-code";
    static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> keys() {
        return List.of("issuer", "deviceUrl", "tokenUrl", "clientId", "clientSecret", "scope", "login", "timeout");
    }

    @Override
    public AuthBlock read(Tree.Mapping block) throws FormatException {
        return read(block, null);
    }

    @Override
    public AuthBlock read(Tree.Mapping block, LoginSpec login) throws FormatException {
        String what = "auth of type " + NAME;
        block.required("clientId", what);
        block.required("login", what + " (the fields the sign-in driver types at the verification URI)");
        if (login.engine() != null && login.engine() != SignInEngine.HTML) {
            throw new FormatException(block.keyPosition("login"), "the device grant signs in with the HTML driver: "
                    + "leave 'browser' out of its login");
        }
        if (block.has("deviceUrl") != block.has("tokenUrl")) {
            String missing = block.has("deviceUrl") ? "tokenUrl" : "deviceUrl";
            throw new FormatException(block.keyPosition(block.has("deviceUrl") ? "deviceUrl" : "tokenUrl"),
                    "deviceUrl and tokenUrl go together: add '" + missing + "', or leave both out to take them "
                    + "from the issuer's metadata");
        }
        if (block.has("issuer") && block.has("deviceUrl")) {
            throw new FormatException(block.keyPosition("issuer"), "write the issuer or deviceUrl and tokenUrl, "
                    + "not both: the endpoints come from the issuer's metadata");
        }
        Optional<Tree> timeout = block.get("timeout");
        Duration limit = DEFAULT_TIMEOUT;
        if (timeout.isPresent()) {
            String written = timeout.get().string("timeout");
            limit = Durations.parse(written).orElseThrow(() -> new FormatException(timeout.get().position(),
                    "timeout must be " + Durations.EXAMPLES + ", found '" + written + "'"));
        }
        return new DeviceCodeAuth(block.textOf("issuer").orElse(null), block.textOf("deviceUrl").orElse(null),
                block.textOf("tokenUrl").orElse(null), block.textOf("clientId").orElseThrow(),
                block.textOf("clientSecret").orElse(null), block.textOf("scope").orElse(null), login, limit,
                block.position());
    }
}
