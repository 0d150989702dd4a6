package dev.baton.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** Everything one sandbox remembers: pending authorizations, codes and tokens, with their lifetimes. */
final class SandboxState {
    static final Duration PENDING_TTL = Duration.ofMinutes(10);
    static final Duration REFRESH_TOKEN_TTL = Duration.ofDays(90);
    static final Duration DEVICE_CODE_TTL = Duration.ofMinutes(10);
    static final Duration PUSHED_REQUEST_TTL = Duration.ofSeconds(60);
    private static final Duration RETENTION = Duration.ofMinutes(10);

    private final Clock clock;
    private final Duration codeTtl;
    private final Duration accessTokenTtl;
    private final TimedStore<PendingAuthorization> pending;
    private final TimedStore<AuthorizationCode> codes;
    private final TimedStore<IssuedToken> accessTokens;
    private final TimedStore<IssuedToken> refreshTokens;
    private final TimedStore<DeviceAuthorization> devices;
    private final TimedStore<PushedRequest> pushed;
    private final Duration deviceInterval;
    private final String dpopNonce = Randoms.token();
    private final java.util.Map<String, String> dpopBindings = new java.util.concurrent.ConcurrentHashMap<>();
    private final Set<SandboxSwitch> switches;
    private final IdTokens idTokens = new IdTokens(this);
    private volatile String issuer;

    SandboxState(Clock clock, Duration codeTtl, Duration accessTokenTtl, Duration deviceInterval,
                 Set<SandboxSwitch> switches) {
        this.deviceInterval = deviceInterval;
        this.devices = new TimedStore<>(clock, RETENTION);
        this.pushed = new TimedStore<>(clock, Duration.ZERO);
        this.switches = Set.copyOf(switches);
        this.clock = clock;
        this.codeTtl = codeTtl;
        this.accessTokenTtl = accessTokenTtl;
        this.pending = new TimedStore<>(clock, Duration.ZERO);
        this.codes = new TimedStore<>(clock, RETENTION);
        this.accessTokens = new TimedStore<>(clock, RETENTION);
        this.refreshTokens = new TimedStore<>(clock, Duration.ZERO);
    }

    /** Whether the sandbox runs with this switch on. */
    boolean has(SandboxSwitch behaviour) {
        return switches.contains(behaviour);
    }

    /** The issuer identifier: the sandbox's base URL, known once it listens. */
    String issuer() {
        return issuer;
    }

    void issuer(String baseUrl) {
        this.issuer = baseUrl;
    }

    /** The ID tokens and the keys that sign them. */
    IdTokens idTokens() {
        return idTokens;
    }

    Instant now() {
        return clock.instant();
    }

    Duration accessTokenTtl() {
        return accessTokenTtl;
    }

    PendingAuthorization startAuthorization(AuthorizationRequest request, boolean formPost) {
        PendingAuthorization authorization = new PendingAuthorization(request, now().plus(PENDING_TTL), formPost);
        pending.put(authorization.id(), authorization);
        return authorization;
    }

    /** The pending authorization {@code id} names, or {@code null} when unknown or expired. */
    PendingAuthorization pending(String id) {
        PendingAuthorization authorization = pending.get(id);
        return authorization == null || authorization.isExpiredAt(now()) ? null : authorization;
    }

    /** Ends a pending authorization; true for the one caller that ended it. */
    boolean finish(PendingAuthorization authorization) {
        return pending.remove(authorization.id(), authorization);
    }

    /** Keeps pushed parameters under a new request URI (RFC 9126 §2.2). */
    PushedRequest push(RegisteredClient client, Params params) {
        PushedRequest request = new PushedRequest(PushedRequest.PREFIX + Randoms.token(), client.id(), params,
                now().plus(PUSHED_REQUEST_TTL));
        pushed.put(request.requestUri(), request);
        return request;
    }

    /**
     * Takes the pushed request of a request URI out of use, or {@code null} when it is unknown, used or expired: a
     * request URI is good for one authorization request.
     */
    PushedRequest takePushed(String requestUri) {
        PushedRequest request = pushed.get(requestUri);
        if (request == null || !pushed.remove(requestUri, request) || request.isExpiredAt(now())) {
            return null;
        }
        return request;
    }

    /** A new device authorization (RFC 8628 §3.2), polled at the sandbox's interval. */
    DeviceAuthorization startDeviceAuthorization(RegisteredClient client, java.util.List<String> scopes) {
        DeviceAuthorization device = new DeviceAuthorization(client, scopes, now().plus(DEVICE_CODE_TTL),
                deviceInterval);
        devices.put(device.deviceCode(), device);
        return device;
    }

    /** The device authorization of a device code, expired or not, or {@code null}. */
    DeviceAuthorization deviceAuthorization(String deviceCode) {
        return devices.get(deviceCode);
    }

    /** The unexpired device authorization whose user code this is, as a person may type it, or {@code null}. */
    DeviceAuthorization deviceAuthorizationByUserCode(String typed) {
        String wanted = UserCodes.normalized(typed);
        return wanted.isEmpty() ? null : devices.find(d -> UserCodes.normalized(d.userCode()).equals(wanted)
                && !d.isExpiredAt(now()));
    }

    String issueCode(AuthorizationRequest request) {
        String code = Randoms.token();
        codes.put(code, new AuthorizationCode(request, Randoms.token(), now().plus(codeTtl)));
        return code;
    }

    AuthorizationCode code(String value) {
        return codes.get(value);
    }

    TokenPair issueTokens(String clientId, String grantId) {
        Instant now = now();
        IssuedToken access = new IssuedToken(Randoms.token(), clientId, grantId, now.plus(accessTokenTtl));
        IssuedToken refresh = new IssuedToken(Randoms.token(), clientId, grantId, now.plus(REFRESH_TOKEN_TTL));
        accessTokens.put(access.value(), access);
        refreshTokens.put(refresh.value(), refresh);
        return new TokenPair(access, refresh);
    }

    /** An access token alone, for a grant with no refresh token; it descends from a grant of its own. */
    IssuedToken issueAccessToken(String clientId) {
        return issueAccessToken(clientId, Randoms.token());
    }

    /** An access token alone, descending from {@code grantId}. */
    IssuedToken issueAccessToken(String clientId, String grantId) {
        IssuedToken access = new IssuedToken(Randoms.token(), clientId, grantId, now().plus(accessTokenTtl));
        accessTokens.put(access.value(), access);
        return access;
    }

    IssuedToken accessToken(String value) {
        return accessTokens.get(value);
    }

    IssuedToken refreshToken(String value) {
        return refreshTokens.get(value);
    }

    /** Takes a refresh token out of use; true for the one caller that did. */
    boolean retireRefreshToken(IssuedToken token) {
        return refreshTokens.remove(token.value(), token);
    }

    /** The nonce DPoP proofs must carry with {@code dpop-nonce}. */
    String dpopNonce() {
        return dpopNonce;
    }

    /** Binds an access token to the key of the DPoP proof of its token request (RFC 9449 §6). */
    void bindDpop(String accessToken, String jkt) {
        dpopBindings.put(accessToken, jkt);
    }

    /** The thumbprint of the key an access token is bound to, or {@code null} for a bearer token. */
    String dpopKey(String accessToken) {
        return dpopBindings.get(accessToken);
    }

    /** Takes one access token out of use (RFC 7009). */
    void revokeAccessToken(IssuedToken token) {
        accessTokens.remove(token.value(), token);
    }

    /** Revokes every access and refresh token descending from one authorization code. */
    void revokeGrant(String grantId) {
        accessTokens.removeIf(token -> token.grantId().equals(grantId));
        refreshTokens.removeIf(token -> token.grantId().equals(grantId));
    }
}
