// A PKCE-enforcing OpenID Provider (panva/oidc-provider) for Baton's tests, on 127.0.0.1 only.
//
//   node server.mjs [PORT] [--exit-on-stdin-close]
//
// PORT 0 (the default) picks a free port. When the provider is ready, the issuer URL is printed on stdout as one
// line, and nothing else goes to stdout. With --exit-on-stdin-close the process exits when its standard input
// closes, so that it never outlives the test that started it.
import { createServer } from 'node:http';

console.info = (...args) => console.error(...args);

const { default: Provider } = await import('oidc-provider');

const args = process.argv.slice(2);
const port = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 0);

const PUBLIC_CLIENT_ID = 'baton-public-client';
const CONFIDENTIAL_CLIENT_ID = 'baton-confidential-client';
const CONFIDENTIAL_CLIENT_SECRET = 'baton-confidential-secret-0123456789';
const DEVICE_CLIENT_ID = 'baton-device-client';
const WEB_CLIENT_ID = 'baton-web-client';
const WEB_CLIENT_SECRET = 'baton-web-secret+/%=&-0123456789';
const JWT_CLIENT_ID = 'baton-jwt-client';
// The public half of the test-only P-256 key of environments/local.yaml's jwtClientKey.
const JWT_CLIENT_KEY = {
  kty: 'EC', crv: 'P-256', use: 'sig',
  x: 'otT75RFoWGkO2XDGTcjiEztmX50yQmkaFk3BQk41vO8', y: '-3iqI79JiIs0RdVwEl_YwUJWAfccUevkVNQtOVyJDJ8',
};
const REDIRECT_URI = 'https://baton.test/oauth/callback';
const OTHER_REDIRECT_URI = 'https://baton.test/oauth/other-callback';

function configuration() {
  return {
    clients: [
      {
        client_id: PUBLIC_CLIENT_ID,
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: [REDIRECT_URI, OTHER_REDIRECT_URI],
      },
      {
        client_id: WEB_CLIENT_ID,
        client_secret: WEB_CLIENT_SECRET,
        token_endpoint_auth_method: 'client_secret_basic',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: [REDIRECT_URI],
      },
      {
        client_id: DEVICE_CLIENT_ID,
        token_endpoint_auth_method: 'none',
        grant_types: ['urn:ietf:params:oauth:grant-type:device_code'],
        response_types: [],
        redirect_uris: [],
      },
      {
        client_id: JWT_CLIENT_ID,
        token_endpoint_auth_method: 'private_key_jwt',
        token_endpoint_auth_signing_alg: 'ES256',
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
        scope: 'api:read',
        jwks: { keys: [JWT_CLIENT_KEY] },
      },
      {
        client_id: CONFIDENTIAL_CLIENT_ID,
        client_secret: CONFIDENTIAL_CLIENT_SECRET,
        token_endpoint_auth_method: 'client_secret_basic',
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
        scope: 'api:read',
      },
    ],
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: true },
      clientCredentials: { enabled: true },
      deviceFlow: { enabled: true },
      dPoP: { enabled: true },
    },
    scopes: ['openid', 'offline_access', 'api:read'],
    cookies: { keys: ['baton-test-only-cookie-key-not-a-secret'] },
    async findAccount(_ctx, sub) {
      return { accountId: sub, claims: async () => ({ sub }) };
    },
  };
}

const server = createServer();
server.on('error', (error) => {
  console.error(`cannot listen on 127.0.0.1:${port}: ${error.message}`);
  process.exit(2);
});
server.listen(port, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, configuration());
  server.on('request', provider.callback());
  process.stdout.write(`${issuer}\n`);
});

function stop() {
  server.close();
  process.exit(0);
}

process.on('SIGTERM', stop);
process.on('SIGINT', stop);
if (args.includes('--exit-on-stdin-close')) {
  process.stdin.on('end', stop);
  process.stdin.on('close', stop);
  process.stdin.resume();
}
