// Property-based hostile requests against every public route of the real server (contract section 4):
// malformed and mistyped JSON, bodies over the limit and nested thousands deep, odd Unicode, keys that
// reach for Object.prototype, hostile URLs and headers. Whatever comes in, the answer is never a 5xx,
// a refusal is always `{"error": {"code", "message"}}`, and the server keeps serving.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TokenIssuer } from '../../server/directline/tokens.js';
import { poll, say, startConversation, type Started } from '../helpers/direct-line.js';
import { startServer, TEST_SECRET, type RunningServer } from '../helpers/server.js';
import {
  BODY_LIMIT_BYTES, activityShape, contentType, headerText, hostileBody, mostly, oddJson, oddText, percentEncode, someOddText, urlPart,
} from './arbitraries.js';
import { HostileClient, POLLUTION_MARK, expectWellBehaved, type Answer, type HostileRequest } from './hostile-client.js';

const PAGE_ORIGIN = 'https://clinic-site.example';
const STAFF_PASSWORD = 'abuse-suite-staff-password';
/** Fixed, so a failure found once is found again; fast-check prints the seed and path to replay one case. */
const SEED = 20261124;

let running: RunningServer;
let client: HostileClient;
let connector: Server;
let connectorUrl: string;
let a: Started;
let b: Started;
let expiredToken: string;
let otherKeyToken: string;
let staffCookie: string;
let leadId: string;

/** Stands in for the Bot Framework connector, so well-formed /api/messages turns can reply somewhere. */
async function startConnector(): Promise<void> {
  connector = createServer((request, response) => {
    request.resume();
    request.on('end', () => response.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"reply"}'));
  });
  await new Promise<void>((resolve) => connector.listen(0, '127.0.0.1', resolve));
  connectorUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}`;
}

async function signIn(): Promise<string> {
  const login = await fetch(`${running.url}/staff/api/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ password: STAFF_PASSWORD }),
  });
  expect(login.status).toBe(204);
  return (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
}

beforeAll(async () => {
  running = await startServer({ RATE_LIMIT: 'off', ALLOWED_ORIGINS: PAGE_ORIGIN, STAFF_PASSWORD });
  client = new HostileClient(running.url);
  await startConnector();
  a = await startConversation(running.url, 'patient-a');
  b = await startConversation(running.url, 'patient-b');
  expiredToken = (await new TokenIssuer(TEST_SECRET, () => Date.now() - 31 * 60_000).issue({ conversationId: a.conversationId, userId: 'patient-a' })).token;
  otherKeyToken = (await new TokenIssuer('another-clinics-secret-0123456789-abcdefgh').issue({ conversationId: a.conversationId, userId: 'patient-a' })).token;
  // A real lead, so hostile changes land on a stored row and the list and CSV must still render it.
  const caller = await startConversation(running.url, 'patient-lead');
  for (const answer of ['please call me back', 'Bea Fixture', 'bea@example.com', 'Skip', 'Skip', 'yes']) await say(running.url, caller, answer);
  staffCookie = await signIn();
  const leads = (await (await fetch(`${running.url}/staff/api/leads`, { headers: { cookie: staffCookie } })).json()) as Array<{ id: string }>;
  leadId = leads[0]?.id as string;
  expect(leadId).toBeTruthy();
});

afterEach(async () => {
  expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
});

afterAll(async () => {
  console.log(`abuse suite: ${client?.sent ?? 0} hostile requests sent by tests/abuse/hostile-requests.test.ts`);
  client?.close();
  connector?.close();
  await running?.dispose();
});

/** Credentials by name, so a failing case reads "tokenB on A" rather than two JWTs. */
type Credential = 'none' | 'secret' | 'tokenA' | 'tokenB' | 'expired' | 'otherKey' | { raw: string };

function authorization(credential: Credential): Record<string, string> {
  const bearer: Record<Exclude<Credential, 'none' | { raw: string }>, string> = {
    secret: TEST_SECRET, tokenA: a.token, tokenB: b.token, expired: expiredToken, otherKey: otherKeyToken,
  };
  if (credential === 'none') return {};
  if (typeof credential === 'object') return { authorization: credential.raw };
  return { authorization: `Bearer ${bearer[credential]}` };
}

const credential: fc.Arbitrary<Credential> = fc.oneof(
  { arbitrary: fc.constantFrom<Credential>('none', 'secret', 'tokenA', 'tokenB', 'expired', 'otherKey'), weight: 4 },
  { arbitrary: headerText.map((raw): Credential => ({ raw })), weight: 1 },
  { arbitrary: fc.constantFrom('Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', 'Bearer a.b.c', `Bearer ${'x'.repeat(8_000)}`).map((raw): Credential => ({ raw })), weight: 1 },
);

/** Which conversation a path names, symbolically for the same reason. */
type ConversationRef = 'A' | 'B' | 'unknown' | { raw: string };
const conversationRef: fc.Arbitrary<ConversationRef> = fc.oneof(
  { arbitrary: fc.constantFrom<ConversationRef>('A', 'B', 'unknown'), weight: 3 },
  { arbitrary: urlPart.map((raw): ConversationRef => ({ raw })), weight: 2 },
);

function conversationSegment(ref: ConversationRef): string {
  if (ref === 'A') return a.conversationId;
  if (ref === 'B') return b.conversationId;
  return ref === 'unknown' ? 'no-such-conversation' : ref.raw;
}

/** Only the secret, or a token for the very conversation named, may open it. */
function mayOpen(who: Credential, ref: ConversationRef): boolean {
  return (who === 'secret' && (ref === 'A' || ref === 'B')) || (who === 'tokenA' && ref === 'A') || (who === 'tokenB' && ref === 'B');
}

const withContentType = (type: string | undefined): Record<string, string> => (type === undefined ? {} : { 'content-type': type });

async function sendAndCheck(hostile: HostileRequest): Promise<Answer> {
  const answer = await client.send(hostile);
  expectWellBehaved(answer, hostile);
  return answer;
}

/** Stops at the first failure unshrunk: shrinking would replay hundreds of requests, and one case reads well enough. */
async function check<T>(arbitrary: fc.Arbitrary<T>, numRuns: number, property: (value: T) => Promise<void>): Promise<void> {
  await fc.assert(fc.asyncProperty(arbitrary, property), { numRuns, seed: SEED, endOnFailure: true });
}

describe('Direct Line', () => {
  it('mints tokens and conversations only for the secret or an allowed page, whatever the body', async () => {
    const tokenParameters = fc.record({ user: fc.oneof(fc.record({ id: fc.oneof(oddText, oddJson), name: fc.oneof(oddText, oddJson) }, { requiredKeys: [] }), oddJson) }, { requiredKeys: [] });
    const requests = fc.record({
      route: fc.constantFrom('tokens/generate', 'tokens/refresh', 'conversations'),
      who: credential,
      origin: fc.option(fc.oneof(fc.constantFrom(PAGE_ORIGIN, 'https://elsewhere.example', 'null', `${PAGE_ORIGIN}.evil.example`, PAGE_ORIGIN.toUpperCase(), `${PAGE_ORIGIN}/`), headerText), { nil: undefined }),
      type: contentType,
      body: fc.option(hostileBody(tokenParameters), { nil: undefined }),
    });
    await check(requests, 600, async ({ route, who, origin, type, body }) => {
      const answer = await sendAndCheck({
        method: 'POST', path: `/v3/directline/${route}`,
        headers: { ...authorization(who), ...(origin === undefined ? {} : { origin }), ...withContentType(type) }, body,
      });
      if (route === 'tokens/generate' && answer.status === 200) expect(who === 'secret' || (who === 'none' && origin === PAGE_ORIGIN)).toBe(true);
      if (route === 'tokens/refresh' && answer.status === 200) expect(['tokenA', 'tokenB']).toContain(who);
      if (route === 'conversations' && answer.status < 300) expect(['secret', 'tokenA', 'tokenB']).toContain(who);
    });
  });

  it('lets only the right credential read a conversation, whatever the id and watermark', async () => {
    const requests = fc.record({
      route: fc.constantFrom('', '/activities'),
      conversation: conversationRef,
      who: credential,
      watermark: fc.option(fc.oneof(urlPart, fc.constantFrom('', '0', '-1', '1e3', '9'.repeat(30), '1&watermark=2', '0x10')), { nil: undefined }),
    });
    await check(requests, 600, async ({ route, conversation, who, watermark }) => {
      const query = watermark === undefined ? '' : `?watermark=${watermark}`;
      const answer = await sendAndCheck({
        method: 'GET', path: `/v3/directline/conversations/${conversationSegment(conversation)}${route}${query}`, headers: authorization(who),
      });
      if (answer.status === 200) expect(mayOpen(who, conversation)).toBe(true);
    });
  });

  it('takes any activity a client posts without a 5xx, and only into the conversation its token names', async () => {
    const requests = fc.record({
      conversation: fc.oneof({ arbitrary: fc.constant<ConversationRef>('A'), weight: 4 }, { arbitrary: conversationRef, weight: 1 }),
      who: fc.oneof({ arbitrary: fc.constant<Credential>('tokenA'), weight: 4 }, { arbitrary: credential, weight: 1 }),
      route: fc.constantFrom('activities', 'activities', 'activities', 'upload'),
      type: contentType,
      body: hostileBody(activityShape),
    });
    await check(requests, 1200, async ({ conversation, who, route, type, body }) => {
      const answer = await sendAndCheck({
        method: 'POST', path: `/v3/directline/conversations/${conversationSegment(conversation)}/${route}`,
        headers: { ...authorization(who), ...withContentType(type) }, body,
      });
      if (answer.status === 200) expect(mayOpen(who, conversation)).toBe(true);
      if (Buffer.byteLength(body) > BODY_LIMIT_BYTES && type === 'application/json' && typeof conversation === 'string') expect(answer.status).toBe(413);
    });
    // Everything that was accepted can be read back, over HTTP and replayed on a fresh socket.
    const log = await poll(running.url, a);
    expect(log.activities.length).toBeGreaterThan(1);
    expect(await client.upgrade(new URL(a.streamUrl).pathname + new URL(a.streamUrl).search)).toEqual({ status: 101, delivered: true });
  });

  it('opens a stream only for its own conversation\'s token, whatever the URL says', async () => {
    const requests = fc.record({
      conversation: conversationRef,
      t: fc.option(fc.oneof(
        fc.constantFrom<Credential>('secret', 'tokenA', 'tokenB', 'expired', 'otherKey'),
        urlPart.map((raw): Credential => ({ raw })),
      ), { nil: undefined }),
      watermark: fc.option(urlPart, { nil: undefined }),
      upgrade: fc.boolean(),
    });
    await check(requests, 250, async ({ conversation, t, watermark, upgrade }) => {
      const token = t === undefined ? undefined : typeof t === 'object' ? t.raw : (authorization(t).authorization as string).slice('Bearer '.length);
      const query = [token === undefined ? '' : `t=${token}`, watermark === undefined ? '' : `watermark=${watermark}`].filter(Boolean).join('&');
      const path = `/v3/directline/conversations/${conversationSegment(conversation)}/stream${query ? `?${query}` : ''}`;
      if (!upgrade) {
        await sendAndCheck({ method: 'GET', path });
        return;
      }
      const { status, delivered } = await client.upgrade(path);
      expect(status).toBeLessThan(500);
      // @fastify/websocket completes an upgrade to any route and closes it at once when the route has
      // no socket handler ("/conversations/./stream" is "/conversations/stream", the conversation GET),
      // so a 101 alone proves nothing: what counts is that no conversation reaches the wrong socket.
      if (delivered) expect(t !== undefined && typeof t !== 'object' && mayOpen(t, conversation)).toBe(true);
    });
  });
});

describe('POST /api/messages', () => {
  it('refuses whatever is not a Bot Framework activity with a 4xx, never a 5xx', async () => {
    const account = fc.record({ id: someOddText, name: oddText }, { requiredKeys: ['id'] });
    // A plausible activity with up to two fields broken, or none. serviceUrl is where the bot's reply is
    // POSTed: only the stub connector or values that are not URLs, so nothing leaves this machine.
    const azureActivity = fc.tuple(
      fc.record({
        type: fc.constantFrom('message', 'message', 'conversationUpdate', 'invoke', 'event', 'typing'),
        text: oddText,
        channelId: fc.constantFrom('emulator', 'msteams', 'directline', 'webchat'),
        serviceUrl: mostly(fc.constant<unknown>(connectorUrl), fc.constantFrom('not a url', 'ftp://example.invalid', 'javascript:alert(1)', 'http://', 42, null)),
        conversation: fc.record({ id: someOddText }),
        from: account,
        recipient: account,
        id: someOddText,
        deliveryMode: fc.constantFrom('normal', 'expectReplies'),
        membersAdded: fc.array(account, { maxLength: 3 }),
      }, { requiredKeys: ['type', 'channelId', 'serviceUrl', 'conversation', 'from', 'recipient'] }),
      fc.option(fc.dictionary(
        fc.constantFrom('type', 'text', 'channelId', 'conversation', 'from', 'recipient', 'id', 'deliveryMode', 'membersAdded', 'channelData', 'relatesTo', 'entities', 'attachments', 'value', 'locale'),
        oddJson, { minKeys: 1, maxKeys: 2 },
      ), { nil: {}, freq: 2 }),
    ).map(([activity, broken]) => ({ ...activity, ...broken }));
    const requests = fc.record({
      authorization: fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: fc.oneof(fc.constant('Bearer forged.token.here'), headerText), weight: 1 }),
      type: contentType,
      body: hostileBody(azureActivity),
    });
    await check(requests, 600, async ({ authorization: auth, type, body }) => {
      await sendAndCheck({
        method: 'POST', path: '/api/messages', headers: { ...(auth === undefined ? {} : { authorization: auth }), ...withContentType(type) }, body,
      });
    });
  });
});

describe('the staff dashboard', () => {
  it('changes nothing without a session or from another origin, and takes no body as a password', async () => {
    const leadChange = fc.record({ status: mostly(fc.constantFrom('new', 'contacted', 'closed'), oddJson), note: mostly(oddText, oddJson) }, { requiredKeys: ['status'] });
    const requests = fc.record({
      route: fc.oneof(
        { arbitrary: fc.constantFrom('POST /staff/api/login'), weight: 1 },
        { arbitrary: fc.constantFrom('POST /staff/api/logout', 'GET /staff/api/leads', 'GET /staff/api/leads.csv', 'GET /staff/api/unanswered', 'GET /staff'), weight: 2 },
        { arbitrary: fc.constantFrom('PATCH lead', 'PATCH lead', 'PATCH other'), weight: 4 },
      ),
      otherLead: urlPart,
      cookie: mostly(fc.constant<string>('session'), fc.oneof(fc.constantFrom('none', 'made-up', 'session twice'), headerText.map((raw) => `raw:${raw}`))),
      origin: fc.option(fc.oneof(fc.constantFrom('own', 'https://evil.example', 'null', 'own.evil.example'), headerText), { nil: undefined, freq: 2 }),
      type: contentType,
      body: hostileBody(fc.oneof(leadChange, fc.record({ password: mostly(oddText, oddJson) }))),
    });
    await check(requests, 500, async ({ route, otherLead, cookie, origin, type, body }) => {
      const [method, path] = route === 'PATCH lead' ? ['PATCH', `/staff/api/leads/${leadId}`]
        : route === 'PATCH other' ? ['PATCH', `/staff/api/leads/${otherLead}`]
          : (route.split(' ') as [string, string]);
      const cookieHeader = cookie === 'session' ? staffCookie
        : cookie === 'session twice' ? `${staffCookie}; annulus_staff=made-up`
          : cookie === 'made-up' ? 'annulus_staff=made-up' : cookie === 'none' ? undefined : cookie.slice('raw:'.length);
      const originHeader = origin === 'own' ? running.url : origin === 'own.evil.example' ? `${running.url}.evil.example` : origin;
      const answer = await sendAndCheck({
        method, path, body: method === 'GET' ? undefined : body,
        headers: { ...(cookieHeader === undefined ? {} : { cookie: cookieHeader }), ...(originHeader === undefined ? {} : { origin: originHeader }), ...withContentType(type) },
      });
      const changed = method !== 'GET' && answer.status < 300;
      if (answer.status < 300 && path.startsWith('/staff/api/')) expect(cookie === 'session' || cookie === 'session twice').toBe(true);
      if (changed) expect(originHeader === undefined || originHeader === running.url).toBe(true);
      // Signing out ended the suite's own session: the next cases need one again.
      if (route === 'POST /staff/api/logout' && answer.status === 204) staffCookie = await signIn();
    });
    // Whatever notes and statuses got through, the list and the CSV still render.
    for (const path of ['/staff/api/leads', '/staff/api/leads.csv', '/staff/api/unanswered']) {
      const answer = await client.send({ method: 'GET', path, headers: { cookie: staffCookie } });
      expect(answer.status, path).toBe(200);
    }
  });
});

describe('everything else', () => {
  it('answers any method on any path, health checks included, with a 4xx at worst', async () => {
    const requests = fc.record({
      method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'SEARCH'),
      path: fc.oneof(
        fc.constantFrom('/healthz', '/readyz', '/', '/staff', '/api/messages', '/v3/directline', '/v3/directline/', '/widget/'),
        fc.array(urlPart, { minLength: 1, maxLength: 4 }).map((parts) => `/${parts.join('/')}`),
        fc.tuple(fc.constantFrom('/healthz', '/readyz', '/v3/directline/conversations', '/staff/api/leads'), urlPart).map(([route, query]) => `${route}?${query}=${query}&__proto__[${POLLUTION_MARK}]=1&constructor[prototype][${POLLUTION_MARK}]=1`),
      ),
      headers: fc.dictionary(
        fc.constantFrom('origin', 'host', 'accept', 'accept-encoding', 'x-forwarded-for', 'x-forwarded-proto', 'cookie', 'range', 'if-none-match', '__proto__', 'x-http-method-override'),
        headerText, { maxKeys: 4 },
      ),
      body: fc.option(hostileBody(oddJson), { nil: undefined }),
      type: contentType,
    });
    await check(requests, 700, async ({ method, path, headers, body, type }) => {
      await sendAndCheck({ method, path, headers: { ...headers, ...(body === undefined ? {} : withContentType(type)) }, body });
    });
  });

  it('serves nothing from outside the widget and page folders, however the path is spelt', async () => {
    const roots = ['dist/widget', 'server/pages'];
    const servable = roots.flatMap((root) => readdirSync(root).map((name) => readFileSync(join(root, name))));
    const segment = fc.constantFrom(
      '..', '.', '...', '%2e%2e', '%2E%2E', '%252e%252e', '.%2e', '%2e.', '..%2f', '..%5c', '..\\', '%c0%ae%c0%ae', '%e0%80%ae', '..;',
      '', '%00', '~', 'widget', 'package.json', 'server', 'pages', 'config', 'env.ts', 'demo.html', 'demo.css', 'annulus-chat.js',
      'staff.js', 'node_modules', 'dist', 'data', 'secrets.json', 'etc', 'passwd', 'tsconfig.json', percentEncode('../package.json'),
    );
    const requests = fc.record({
      prefix: fc.constantFrom('/', '/widget/', '/widget', '//', '/./widget/', '/widget//', '\\widget\\'),
      segments: fc.array(segment, { minLength: 1, maxLength: 7 }),
      separator: fc.constantFrom('/', '\\', '%2f', '%5c', '%252f', '//'),
    });
    await check(requests, 800, async ({ prefix, segments, separator }) => {
      const path = prefix.startsWith('/') ? `${prefix}${segments.join(separator)}` : `/${prefix}${segments.join(separator)}`;
      const answer = await sendAndCheck({ method: 'GET', path });
      expect(answer.status < 300 || answer.status >= 400, `${path} redirected`).toBe(true);
      if (answer.status === 200) expect(servable.some((file) => file.equals(answer.body)), `${path} served a file from outside the roots`).toBe(true);
    });
  });
});
