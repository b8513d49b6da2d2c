// A real OpenID Provider for the sign-in tests: npm `oidc-provider` (OpenID Certified), on a free loopback port.
//
//   node oidc_provider.js <node_modules dir>
//
// Configured by the environment: CLIENT_ID, CLIENT_SECRET, REDIRECT_URI (the client Samenspel is), ISSUER_HOST
// (the host name in the issuer; default 127.0.0.1), TOKEN_AUTH (how the client authenticates at the token
// endpoint; default client_secret_basic), CLOCK_OFFSET_SECONDS (the provider's clock runs this far off, so its
// tokens are already expired when they arrive) and TAMPER (iss|aud|sig: the provider hands out an ID token with
// another issuer or audience, signed with its own key, or signed with a key it never published).
// Its own development login page (devInteractions) signs in whoever types an address: the account is that
// address, and its `email` claim too. Prints "listening <issuer>" once it accepts requests.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const modules = resolve(process.argv[2]);
const require = createRequire(join(modules, 'index.js'));
const { default: Provider } = await import(pathToFileURL(require.resolve('oidc-provider')).href);
const jose = await import(pathToFileURL(require.resolve('jose')).href);

const offset = Number(process.env.CLOCK_OFFSET_SECONDS || 0) * 1000;
if (offset) {
  const realNow = Date.now;
  Date.now = () => realNow() + offset;
}
const tamper = process.env.TAMPER || '';

const signing = await jose.generateKeyPair('RS256', { extractable: true });
const jwk = { ...(await jose.exportJWK(signing.privateKey)), kid: 'sleutel-1', alg: 'RS256', use: 'sig' };
const stranger = await jose.generateKeyPair('RS256');

let handler = (_req, res) => { res.statusCode = 503; res.end(); };
const server = createServer((req, res) => handler(req, res));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://${process.env.ISSUER_HOST || '127.0.0.1'}:${server.address().port}`;

const day = 24 * 3600;
const provider = new Provider(issuer, {
  clients: [{
    client_id: process.env.CLIENT_ID,
    client_secret: process.env.CLIENT_SECRET,
    redirect_uris: [process.env.REDIRECT_URI],
    response_types: ['code'],
    grant_types: ['authorization_code'],
    token_endpoint_auth_method: process.env.TOKEN_AUTH || 'client_secret_basic',
  }],
  // TOKEN_AUTH=client_secret_post: a provider that takes the secret only in the form, as Slack's does.
  clientAuthMethods: [process.env.TOKEN_AUTH || 'client_secret_basic'],
  jwks: { keys: [jwk] },
  pkce: { required: () => true },
  // The scopes' claims (email) in the ID token itself, as Entra ID and Slack put them there.
  conformIdTokenClaims: false,
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  // With a clock far off, the login cookies must still outlive the real clock of the browser.
  ttl: { Interaction: day, Session: day, Grant: day, AuthorizationCode: 600, IdToken: 3600, AccessToken: 3600 },
  cookies: { keys: ['testsleutel-voor-de-cookies'] },
  async findAccount(_ctx, id) {
    return { accountId: id, async claims() { return { sub: id, email: id, email_verified: true, name: id }; } };
  },
});

if (tamper) {
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.path !== '/token' || !ctx.body || !ctx.body.id_token) return;
    const claims = jose.decodeJwt(ctx.body.id_token);
    if (tamper === 'iss') claims.iss = 'https://login.elders.example';
    if (tamper === 'aud') claims.aud = 'een-andere-app';
    const key = tamper === 'sig' ? stranger.privateKey : signing.privateKey;
    ctx.body = { ...ctx.body, id_token: await new jose.SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'sleutel-1' }).sign(key) };
  });
}

handler = provider.callback();
process.stdout.write(`listening ${issuer}\n`);
