// Targeted attacks the property tests cannot aim at: forged and expired tokens on every route that
// takes one, a socket that must not hear another conversation, staff changes from a foreign origin on
// the real app, path traversal spelt every way, the security headers, and sockets and requests that
// would hold the server open. tests/directline/protocol.test.ts and tests/staff/ cover the basic cases
// (A's token on B, four forgeries on one route, foreign-origin PATCH on the staff plugin alone).
import { hkdfSync } from 'node:crypto';
import { connect } from 'node:net';
import Fastify from 'fastify';
import { SignJWT } from 'jose';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StreamClient, dl, poll, say, startConversation, type Started } from '../helpers/direct-line.js';
import { installErrorHandling } from '../../server/http/errors.js';
import { startServer, TEST_SECRET, type RunningServer } from '../helpers/server.js';
import { HostileClient, expectWellBehaved, type Answer, type HostileRequest } from './hostile-client.js';

const PAGE_ORIGIN = 'https://clinic-site.example';
const STAFF_PASSWORD = 'targeted-suite-staff-password';

let running: RunningServer;
let client: HostileClient;
let a: Started;
let b: Started;

beforeAll(async () => {
  running = await startServer({ RATE_LIMIT: 'off', ALLOWED_ORIGINS: PAGE_ORIGIN, STAFF_PASSWORD });
  client = new HostileClient(running.url);
  a = await startConversation(running.url, 'patient-a');
  b = await startConversation(running.url, 'patient-b');
});

afterAll(async () => {
  console.log(`abuse suite: ${client?.sent ?? 0} hostile requests sent by tests/abuse/targeted.test.ts`);
  client?.close();
  await running?.dispose();
});

async function hostile(request: HostileRequest): Promise<Answer> {
  const answer = await client.send(request);
  expectWellBehaved(answer, request);
  return answer;
}

const errorCode = (answer: Answer) => (JSON.parse(answer.body.toString('utf8')) as { error: { code: string } }).error.code;
const streamPath = (conversation: Started, token: string) => `/v3/directline/conversations/${conversation.conversationId}/stream?t=${encodeURIComponent(token)}`;

describe('Direct Line tokens', () => {
  // The key derivation of server/directline/tokens.ts, so the forgeries below differ from a real
  // token only in what each one tampers with; the first test proves an untampered one is accepted.
  const key = new Uint8Array(hkdfSync('sha256', TEST_SECRET, 'annulus', 'direct-line-token-signing', 32));
  const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

  function claims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    const now = Math.floor(Date.now() / 1000);
    const all: Record<string, unknown> = { conv: a.conversationId, user: 'patient-a', iss: 'annulus', aud: 'directline', iat: now, exp: now + 600, ...overrides };
    return Object.fromEntries(Object.entries(all).filter(([, value]) => value !== undefined));
  }

  const sign = (payload: Record<string, unknown>, alg = 'HS256', signingKey = key) =>
    new SignJWT(payload).setProtectedHeader({ alg, typ: 'JWT' }).sign(signingKey);

  async function forgeries(): Promise<Array<[string, string, 'InvalidToken' | 'TokenExpired']>> {
    const genuine = await sign(claims());
    const [header, payload, signature] = genuine.split('.') as [string, string, string];
    const now = Math.floor(Date.now() / 1000);
    return [
      ['expired an hour ago', await sign(claims({ iat: now - 3_600, exp: now - 1_800 })), 'TokenExpired'],
      ['signed with the secret itself, not the derived key', await sign(claims(), 'HS256', new TextEncoder().encode(TEST_SECRET)), 'InvalidToken'],
      ['from another issuer', await sign(claims({ iss: 'someone-else' })), 'InvalidToken'],
      ['for another audience', await sign(claims({ aud: 'staff' })), 'InvalidToken'],
      ['without an expiry', await sign(claims({ exp: undefined })), 'InvalidToken'],
      ['not valid before next hour', await sign(claims({ nbf: now + 3_600 })), 'InvalidToken'],
      ['with the conversation as a number', await sign(claims({ conv: 42 })), 'InvalidToken'],
      ['signed HS512 with the right key', await sign(claims(), 'HS512'), 'InvalidToken'],
      ['alg none', `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims())}.`, 'InvalidToken'],
      ['a genuine header and signature over tampered claims', `${header}.${base64url(claims({ user: 'intruder', exp: now + 86_400 }))}.${signature}`, 'InvalidToken'],
      ['a genuine token with its signature cut off', `${header}.${payload}.`, 'InvalidToken'],
      ['a genuine token with a byte of its signature changed', `${header}.${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'AB' : 'AA'}`, 'InvalidToken'],
      ['five parts, like an encrypted token', `${genuine}.${payload}.${signature}`, 'InvalidToken'],
    ];
  }

  it('accepts a token built here exactly as the server builds one, so the forgeries below fail only for their tampering', async () => {
    const genuine = await sign(claims());
    expect((await dl(running.url, 'GET', `/conversations/${a.conversationId}/activities`, genuine)).status).toBe(200);
  });

  it('refuses expired and forged tokens on every route that takes one, and on the stream', async () => {
    const before = (await poll(running.url, a)).activities.length;
    const routes: Array<[string, string, unknown?]> = [
      ['POST', '/v3/directline/tokens/refresh'],
      ['POST', '/v3/directline/tokens/generate'],
      ['POST', '/v3/directline/conversations', {}],
      ['GET', `/v3/directline/conversations/${a.conversationId}`],
      ['GET', `/v3/directline/conversations/${a.conversationId}/activities`],
      ['POST', `/v3/directline/conversations/${a.conversationId}/activities`, { type: 'message', text: 'forged hello' }],
    ];
    for (const [forgery, token, code] of await forgeries()) {
      for (const [method, path, body] of routes) {
        const answer = await hostile({
          method, path, headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        expect(answer.status, `${forgery}: ${method} ${path}`).toBe(403);
        expect(errorCode(answer), `${forgery}: ${method} ${path}`).toBe(code);
      }
      expect((await client.upgrade(streamPath(a, token))).status, `${forgery}: stream`).toBe(403);
    }
    // Nothing any of them posted reached the conversation.
    expect((await poll(running.url, a)).activities).toHaveLength(before);
  });

  it('keeps a conversation\'s socket deaf to every other conversation', async () => {
    const socket = new StreamClient(`ws://${new URL(running.url).host}${streamPath(a, a.token)}`);
    await socket.opened();
    await socket.waitFor((x) => x.from.role === 'bot');
    const toB = await say(running.url, b, 'what is sciatica, asked in B');
    expect(toB.status).toBe(200);
    const toA = await say(running.url, a, 'what is sciatica, asked in A');
    // A's own answer arrives after anything B's turn could have leaked, so waiting for it is enough.
    await socket.waitFor((x) => x.replyToId === toA.json.id);
    socket.close();
    expect(socket.activities.length).toBeGreaterThan(0);
    expect(socket.activities.filter((x) => x.conversation?.id !== a.conversationId)).toEqual([]);
    expect(JSON.stringify(socket.frames)).not.toContain('asked in B');
  });

  it('mints a token without the secret only for an exact allowed origin, not a look-alike', async () => {
    const lookAlikes = [
      `${PAGE_ORIGIN}.evil.example`, `${PAGE_ORIGIN}:443`, `${PAGE_ORIGIN}/`, PAGE_ORIGIN.toUpperCase(), PAGE_ORIGIN.replace('https:', 'http:'),
      `https://evil.example/${PAGE_ORIGIN}`, `${PAGE_ORIGIN}, https://evil.example`, 'null', '*', '',
    ];
    for (const origin of lookAlikes) {
      const answer = await hostile({ method: 'POST', path: '/v3/directline/tokens/generate', headers: { origin } });
      expect(answer.status, origin).toBe(403);
      expect(errorCode(answer), origin).toBe('OriginNotAllowed');
    }
    // A page that sends only a Referer (no Origin) proves nothing about where it runs.
    const byReferer = await hostile({ method: 'POST', path: '/v3/directline/tokens/generate', headers: { referer: `${PAGE_ORIGIN}/contact` } });
    expect(byReferer.status).toBe(403);
    const allowed = await hostile({ method: 'POST', path: '/v3/directline/tokens/generate', headers: { origin: PAGE_ORIGIN } });
    expect(allowed.status).toBe(200);
  });
});

describe('the staff dashboard on the real server', () => {
  let cookie: string;
  let leadId: string;

  beforeAll(async () => {
    const caller = await startConversation(running.url, 'patient-lead');
    for (const answer of ['please call me back', 'Bea Fixture', 'bea@example.com', 'Skip', 'Skip', 'yes']) await say(running.url, caller, answer);
    const login = await fetch(`${running.url}/staff/api/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ password: STAFF_PASSWORD }),
    });
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const leads = (await (await fetch(`${running.url}/staff/api/leads`, { headers: { cookie } })).json()) as Array<{ id: string; status: string }>;
    leadId = leads[0]?.id as string;
    expect(leads[0]?.status).toBe('new');
  });

  it('refuses every staff API route without a session', async () => {
    const routes: Array<[string, string, string?]> = [
      ['GET', '/staff/api/leads'], ['GET', '/staff/api/leads.csv'], ['GET', '/staff/api/unanswered'],
      ['POST', '/staff/api/logout'], ['PATCH', `/staff/api/leads/${leadId}`, '{"status":"closed"}'],
    ];
    for (const [method, path, body] of routes) {
      for (const sessionCookie of [undefined, 'annulus_staff=made-up', `annulus_staff=${'A'.repeat(43)}`]) {
        const answer = await hostile({
          method, path, body,
          headers: { ...(sessionCookie ? { cookie: sessionCookie } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
        });
        expect(answer.status, `${method} ${path}`).toBe(401);
        expect(errorCode(answer)).toBe('NotSignedIn');
      }
    }
  });

  it('refuses a change or a sign-out sent with the session from any other origin', async () => {
    const own = new URL(running.url);
    const foreign = [
      'https://evil.example', 'null', `${running.url}.evil.example`, `http://localhost:${own.port}`,
      `https://${own.host}`, `http://${own.hostname}:${Number(own.port) + 1}`, `${running.url}/`,
    ];
    for (const origin of foreign) {
      const patch = await hostile({
        method: 'PATCH', path: `/staff/api/leads/${leadId}`, headers: { cookie, origin, 'content-type': 'application/json' }, body: '{"status":"closed","note":"x"}',
      });
      expect(patch.status, origin).toBe(403);
      expect(errorCode(patch)).toBe('ForeignOrigin');
      const logout = await hostile({ method: 'POST', path: '/staff/api/logout', headers: { cookie, origin } });
      expect(logout.status, origin).toBe(403);
      expect(errorCode(logout)).toBe('ForeignOrigin');
    }
    // Neither the lead nor the session changed; from the dashboard's own origin both work.
    const leads = (await (await fetch(`${running.url}/staff/api/leads`, { headers: { cookie } })).json()) as Array<{ id: string; status: string; note: string | null }>;
    expect(leads.find((lead) => lead.id === leadId)).toMatchObject({ status: 'new' });
    const patch = await fetch(`${running.url}/staff/api/leads/${leadId}`, {
      method: 'PATCH', headers: { cookie, origin: running.url, 'content-type': 'application/json' }, body: '{"status":"contacted"}',
    });
    expect(patch.status).toBe(200);
    expect((await fetch(`${running.url}/staff/api/logout`, { method: 'POST', headers: { cookie, origin: running.url } })).status).toBe(204);
    expect((await fetch(`${running.url}/staff/api/leads`, { headers: { cookie } })).status).toBe(401);
  });
});

describe('static files', () => {
  it('serves the widget and the page, and nothing outside their folders however the path is spelt', async () => {
    expect((await hostile({ method: 'GET', path: '/widget/annulus-chat.js' })).status).toBe(200);
    expect((await hostile({ method: 'GET', path: '/' })).body.toString()).toContain('<annulus-chat');
    const escapes = [
      '/widget/../package.json', '/widget/..%2fpackage.json', '/widget/%2e%2e/package.json', '/widget/%2e%2e%2fpackage.json',
      '/widget/%2E%2E%2Fpackage.json', '/widget/%252e%252e%252fpackage.json', '/widget/..\\package.json', '/widget/..%5cpackage.json',
      '/widget/%2e%2e%5cpackage.json', '/widget/....//package.json', '/widget/..%c0%afpackage.json', '/widget/%c0%ae%c0%ae/package.json',
      '/widget/..%00/package.json', '/widget/../../package.json', '/widget/%2e%2e/%2e%2e/server/config/env.ts',
      '/widget/../../server/config/env.ts', '/widget//etc/passwd', '/widget/%2fetc%2fpasswd', '/widget/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/../package.json', '/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/..\\..\\package.json', '/%2e%2e%5c%2e%2e%5cpackage.json',
      '//etc/passwd', '/%2fetc%2fpasswd', '/demo.html%00.js', '/demo.css/..%2f..%2f..%2fpackage.json', `/..%2f..%2f..%2f..%2f..%2f..%2f${running.dataDir.slice(1)}/annulus.sqlite`,
      `/widget/${'../'.repeat(8)}${running.dataDir.slice(1)}/annulus.sqlite`, `/widget/${'%2e%2e%2f'.repeat(8)}${running.dataDir.slice(1)}/annulus.sqlite`,
    ];
    for (const path of escapes) {
      const answer = await hostile({ method: 'GET', path });
      expect(answer.status, path).toBeGreaterThanOrEqual(400);
      expect(answer.body.toString(), path).not.toMatch(/"name": "annulus"|root:x:0:0|DIRECT_LINE_SECRET|directLineSecret|SQLite format/);
    }
  });
});

describe('security headers', () => {
  function policy(header: string | string[] | undefined): Map<string, string[]> {
    return new Map(String(header ?? '').split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name as string, values]));
  }

  it('are on the page, the dashboard, the widget and the API, and leave cross-origin clients working', async () => {
    const host = new URL(running.url).host;
    const page = await hostile({ method: 'GET', path: '/' });
    const dashboard = await hostile({ method: 'GET', path: '/staff' });
    const widget = await hostile({ method: 'GET', path: '/widget/annulus-chat.js', headers: { origin: 'https://any-clinic.example' } });
    const api = await hostile({ method: 'POST', path: '/v3/directline/tokens/generate', headers: { origin: PAGE_ORIGIN } });
    const health = await hostile({ method: 'GET', path: '/healthz' });
    for (const [what, answer] of Object.entries({ page, dashboard, widget, api, health })) {
      expect(answer.status, what).toBe(200);
      expect(answer.headers['x-content-type-options'], what).toBe('nosniff');
      expect(['no-referrer', 'strict-origin-when-cross-origin'], what).toContain(answer.headers['referrer-policy']);
      // Clinics' pages would have to opt every resource in; COEP is theirs to set, never ours.
      expect(answer.headers['cross-origin-embedder-policy'], what).toBeUndefined();
      // Plain http here: HSTS would only pin a host that never serves https.
      expect(answer.headers['strict-transport-security'], what).toBeUndefined();
    }

    const pagePolicy = policy(page.headers['content-security-policy']);
    expect(pagePolicy.get('script-src')).toEqual(["'self'"]);
    expect(pagePolicy.get('script-src-attr')).toEqual(["'none'"]);
    expect(pagePolicy.get('object-src')).toEqual(["'none'"]);
    expect(pagePolicy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(pagePolicy.get('connect-src')).toEqual(expect.arrayContaining(["'self'", `ws://${host}`]));
    expect([...pagePolicy.values()].flat()).not.toContain("'unsafe-eval'");
    expect(page.headers['x-frame-options']).toBe('DENY');

    const dashboardPolicy = policy(dashboard.headers['content-security-policy']);
    expect(dashboardPolicy.get('default-src')).toEqual(["'none'"]);
    expect(dashboardPolicy.get('script-src')).toEqual(["'self'"]);
    expect(dashboardPolicy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(dashboard.headers['x-frame-options']).toBe('DENY');

    // Every clinic's page loads the widget from here: readable across origins, as a module needs.
    expect(widget.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(widget.headers['access-control-allow-origin']).toBe('*');
    expect(widget.headers['content-type']).toMatch(/javascript/);
    // Direct Line keeps answering pages on any origin.
    expect(api.headers['access-control-allow-origin']).toBe(PAGE_ORIGIN);
    expect(health.headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  it('pin https and upgrade the page\'s requests once PUBLIC_URL is https', async () => {
    const behindTls = await startServer({ PUBLIC_URL: 'https://bot.clinic.example' });
    try {
      const page = await behindTls.server.app.inject({ method: 'GET', url: '/' });
      expect(page.headers['strict-transport-security']).toBe('max-age=31536000');
      const pagePolicy = policy(page.headers['content-security-policy']);
      expect(pagePolicy.get('connect-src')).toEqual(expect.arrayContaining(["'self'", 'https://bot.clinic.example', 'wss://bot.clinic.example']));
      expect(pagePolicy.has('upgrade-insecure-requests')).toBe(true);
    } finally {
      await behindTls.dispose();
    }
  });
});

/** Writes raw bytes to the server and collects what comes back until the server closes, or `waitMs` passes. */
function rawExchange(request: string, waitMs = 3_000): Promise<{ response: string; closedByServer: boolean }> {
  client.sent++;
  const { hostname, port } = new URL(running.url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname, () => socket.write(request));
    let response = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ response, closedByServer: false });
    }, waitMs);
    socket.on('data', (chunk) => (response += chunk.toString('latin1')));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ response, closedByServer: true });
    });
    socket.on('error', () => undefined);
  });
}

function parseRaw(response: string): { status: number; headers: string; body: unknown } {
  const [head = '', body = ''] = response.split('\r\n\r\n');
  return { status: Number(head.split(' ')[1]), headers: head.toLowerCase(), body: body ? JSON.parse(body) : undefined };
}

describe('connections that would hold the server', () => {
  const upgrade = (path: string) =>
    `GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`;

  it('closes the socket of an upgrade refused for a malformed URL, instead of keeping it open for the client', async () => {
    const { response, closedByServer } = await rawExchange(upgrade(`/v3/directline/conversations/%ff/stream?t=${a.token}`));
    expect(parseRaw(response)).toMatchObject({ status: 400, body: { error: { code: 'BadRequest' } } });
    expect(closedByServer).toBe(true);
  });

  it('refuses a WebSocket anywhere but a conversation\'s stream with an HTTP error, not a handshake and a dead socket', async () => {
    const health = await rawExchange(upgrade('/healthz'));
    expect(parseRaw(health.response)).toMatchObject({ status: 400, body: { error: { code: 'NotAStream' } } });
    expect(health.closedByServer).toBe(true);
    const nowhere = await rawExchange(upgrade('/v3/directline/nowhere'));
    expect(parseRaw(nowhere.response)).toMatchObject({ status: 400, body: { error: { code: 'NotAStream' } } });
    expect(nowhere.closedByServer).toBe(true);
    expect((await client.upgrade(streamPath(a, a.token))).delivered).toBe(true);
  });

  it('answers what is not HTTP, or headers over the limit, in the error shape', async () => {
    const garbled = parseRaw((await rawExchange('FOO / HTTP/1.1\r\nHost: x\r\n\r\n')).response);
    expect(garbled).toMatchObject({ status: 400, body: { error: { code: 'BadRequest', message: expect.any(String) } } });
    expect(garbled.headers).toContain('x-content-type-options: nosniff');
    const oversized = parseRaw((await rawExchange(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Padding: ${'a'.repeat(20_000)}\r\n\r\n`)).response);
    expect(oversized).toMatchObject({ status: 431, body: { error: { code: 'HeadersTooLarge' } } });
  });

  it('survives junk and an oversized frame on an open stream', async () => {
    const socket = new WebSocket(`ws://${new URL(running.url).host}${streamPath(a, a.token)}`);
    client.sent++;
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send('{"type":"message","text":"not how messages are sent"}');
    socket.send(Buffer.from([0xff, 0x00, 0xfe]));
    socket.send(Buffer.alloc(10_000, 0x61));
    // 1009: "message too big"; the server drops the socket, not itself.
    expect(await closed).toBe(1009);
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    expect((await client.upgrade(streamPath(a, a.token))).delivered).toBe(true);
  });

  it('shuts down within its grace period even when a client never answers the closing handshake', async () => {
    const own = await startServer();
    try {
      const conversation = await startConversation(own.url);
      const { hostname, port } = new URL(own.url);
      const silent = connect(Number(port), hostname);
      client.sent++;
      const upgraded = new Promise<void>((resolve) => silent.once('data', () => resolve()));
      const dropped = new Promise<void>((resolve) => silent.once('close', () => resolve()));
      silent.on('error', () => undefined);
      silent.write(upgrade(new URL(conversation.streamUrl).pathname + new URL(conversation.streamUrl).search));
      await upgraded;
      const started = Date.now();
      // Without a hard stop, ws waits 30 s for the client's close frame before letting go.
      await own.stop();
      expect(Date.now() - started).toBeLessThan(8_000);
      await dropped;
    } finally {
      await own.dispose();
    }
  });
});

describe('the error shape', () => {
  it('holds for an unexpected error whose code is a number, as the Agents SDK throws them', async () => {
    const app = Fastify();
    installErrorHandling(app);
    app.get('/sdk', async () => {
      throw Object.assign(new Error('[-110005] - Activity Recipient undefined'), { code: -110005 });
    });
    const answer = await app.inject({ method: 'GET', url: '/sdk' });
    // A handler that took every code for a string would throw here, and Fastify would answer in its own shape.
    expect(answer.statusCode).toBe(500);
    expect(answer.json()).toEqual({ error: { code: 'Internal', message: 'Something went wrong on our side.' } });
    await app.close();
  });
});
