import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenIssuer } from '../../server/directline/tokens.js';
import { StreamClient, dl, poll, say, startConversation, upgradeStatus, type Started } from '../helpers/direct-line.js';
import { startServer, TEST_SECRET, type RunningServer } from '../helpers/server.js';

const PAGE_ORIGIN = 'https://clinic-site.example';

let running: RunningServer;
let base: string;
beforeAll(async () => {
  running = await startServer({ ALLOWED_ORIGINS: PAGE_ORIGIN });
  base = running.url;
});
afterAll(async () => {
  await running.dispose();
});

describe('tokens', () => {
  it('are minted for a page of an allowed origin, but not for a stranger without the secret', async () => {
    const fromClinic = await dl(base, 'POST', '/tokens/generate', undefined, undefined, { origin: PAGE_ORIGIN });
    expect(fromClinic.status).toBe(200);
    expect(fromClinic.json).toMatchObject({ conversationId: expect.any(String), token: expect.any(String), expires_in: 1800 });

    const fromStranger = await dl(base, 'POST', '/tokens/generate', undefined, undefined, { origin: 'https://elsewhere.example' });
    expect(fromStranger.status).toBe(403);
    expect(fromStranger.json.error.code).toBe('OriginNotAllowed');
    const withoutOrigin = await dl(base, 'POST', '/tokens/generate');
    expect(withoutOrigin.status).toBe(403);

    const withSecret = await dl(base, 'POST', '/tokens/generate', TEST_SECRET, { user: { id: 'patient-9' } });
    expect(withSecret.status).toBe(200);
    const asToken = await dl(base, 'POST', '/tokens/generate', withSecret.json.token);
    expect(asToken.status).toBe(403);
  });

  it('open only their own conversation: A\'s token on B is refused everywhere', async () => {
    const a = await startConversation(base, 'patient-a');
    const b = await startConversation(base, 'patient-b');
    expect((await dl(base, 'GET', `/conversations/${b.conversationId}/activities`, a.token)).status).toBe(403);
    expect((await dl(base, 'GET', `/conversations/${b.conversationId}`, a.token)).status).toBe(403);
    const post = await dl(base, 'POST', `/conversations/${b.conversationId}/activities`, a.token, { type: 'message', text: 'hello' });
    expect(post.status).toBe(403);
    expect(post.json.error.code).toBe('NotAllowed');
    expect(await upgradeStatus(b.streamUrl.replace(/t=[^&]+/, `t=${a.token}`))).toBe(403);
    // B heard nothing from A.
    expect((await poll(base, b)).activities.every((x) => x.from.role === 'bot')).toBe(true);
  });

  it('refuses an expired token with TokenExpired, over HTTP, on refresh and on the socket', async () => {
    const a = await startConversation(base);
    const lateIssuer = new TokenIssuer(TEST_SECRET, () => Date.now() - 31 * 60 * 1000);
    const { token: expired } = await lateIssuer.issue({ conversationId: a.conversationId, userId: 'patient-1' });
    for (const [method, path] of [['GET', `/conversations/${a.conversationId}/activities`], ['POST', '/tokens/refresh'], ['GET', `/conversations/${a.conversationId}`]] as const) {
      const refused = await dl(base, method, path, expired);
      expect(refused.status).toBe(403);
      expect(refused.json.error.code).toBe('TokenExpired');
    }
    expect(await upgradeStatus(a.streamUrl.replace(/t=[^&]+/, `t=${expired}`))).toBe(403);
  });

  it('refuses forged tokens: another key, no signature, a tampered claim', async () => {
    const a = await startConversation(base);
    const { token: otherKey } = await new TokenIssuer('someone-elses-secret-0123456789-abcdefgh').issue({ conversationId: a.conversationId, userId: 'x' });
    const [header, , signature] = a.token.split('.');
    const tampered = `${header}.${Buffer.from(JSON.stringify({ conv: a.conversationId, user: 'intruder', iss: 'annulus', aud: 'directline', exp: 4102444800 })).toString('base64url')}.${signature}`;
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${a.token.split('.')[1]}.`;
    for (const forged of [otherKey, tampered, unsigned, 'not-a-token']) {
      const refused = await dl(base, 'GET', `/conversations/${a.conversationId}/activities`, forged);
      expect(refused.status).toBe(403);
      expect(refused.json.error.code).toBe('InvalidToken');
      expect(await upgradeStatus(a.streamUrl.replace(/t=[^&]+/, `t=${forged}`))).toBe(403);
    }
    expect((await dl(base, 'GET', `/conversations/${a.conversationId}/activities`)).status).toBe(401);
  });

  it('refresh gives a new token for the same conversation that keeps working', async () => {
    const a = await startConversation(base);
    const refreshed = await dl(base, 'POST', '/tokens/refresh', a.token);
    expect(refreshed.status).toBe(200);
    expect(refreshed.json.conversationId).toBe(a.conversationId);
    const answered = await say(base, { ...a, token: refreshed.json.token }, 'what is a slipped disc');
    expect(answered.status).toBe(200);
  });
});

describe('conversations', () => {
  it('start with 201, and a second start with the same token answers 200 without a second welcome', async () => {
    const minted = await dl(base, 'POST', '/tokens/generate', TEST_SECRET);
    const first = await dl(base, 'POST', '/conversations', minted.json.token);
    expect(first.status).toBe(201);
    expect(first.json.streamUrl).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/v3\/directline\/conversations\/.+\/stream\?t=/);
    const again = await dl(base, 'POST', '/conversations', minted.json.token);
    expect(again.status).toBe(200);
    expect(again.json.conversationId).toBe(first.json.conversationId);
    const log = await poll(base, { conversationId: first.json.conversationId, token: minted.json.token });
    expect(log.activities.filter((a) => a.channelData?.annulus?.kind === 'smalltalk')).toHaveLength(1);
  });

  it('speaks as the token\'s user whatever from.id says, and echoes channelData unchanged', async () => {
    const a = await startConversation(base, 'patient-real');
    const posted = await say(base, a, 'hello', { from: { id: 'somebody-else' }, channelData: { clientActivityID: 'abc-1', extra: { n: 1 } } });
    const { activities } = await poll(base, a);
    const echo = activities.find((x) => x.id === posted.json.id);
    expect(echo?.from.id).toBe('patient-real');
    expect(echo?.channelData).toEqual({ clientActivityID: 'abc-1', extra: { n: 1 } });
  });

  it('pages by watermark: only what came after it', async () => {
    const a = await startConversation(base);
    const first = await poll(base, a);
    await say(base, a, 'do I need an MRI?');
    const next = await poll(base, a, first.watermark);
    expect(next.activities.map((x) => x.from.role)).toEqual(['user', 'bot']);
    expect(Number(next.watermark)).toBeGreaterThan(Number(first.watermark));
    const nothing = await poll(base, a, next.watermark);
    expect(nothing).toEqual({ activities: [], watermark: next.watermark });
  });

  it('reads a follow-up with the answer before it, in that conversation only', async () => {
    const lastReply = async (conversation: Started, text: string) => {
      await say(base, conversation, text);
      return (await poll(base, conversation)).activities.at(-1)?.channelData?.annulus;
    };
    const a = await startConversation(base);
    expect(await lastReply(a, 'what is an epidural steroid injection?')).toMatchObject({ kind: 'answer', topic: 'epidural-injection' });
    expect(await lastReply(a, 'does it hurt?')).toMatchObject({ kind: 'answer', topic: 'epidural-injection' });
    const b = await startConversation(base);
    expect(await lastReply(b, 'does it hurt?')).toMatchObject({ kind: 'fallback' });
  });

  it('answers an unknown conversation with 404 and a bad watermark with 400', async () => {
    expect((await dl(base, 'GET', '/conversations/no-such-thing/activities', TEST_SECRET)).status).toBe(404);
    const a = await startConversation(base);
    const bad = await dl(base, 'GET', `/conversations/${a.conversationId}/activities?watermark=abc`, a.token);
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe('BadArgument');
  });
});

describe('what a client may send', () => {
  it('refuses malformed JSON, wrong shapes and oversized bodies with a 4xx and the error shape', async () => {
    const a = await startConversation(base);
    const path = `/conversations/${a.conversationId}/activities`;
    const cases: Array<[unknown, number, string]> = [
      ['{"type": "message", ', 400, 'MalformedJson'],
      [{ text: 'no type' }, 400, 'BadArgument'],
      [{ type: 42 }, 400, 'BadArgument'],
      [{ type: 'message', text: { nested: true } }, 400, 'BadArgument'],
      [{ type: 'deleteUserData' }, 400, 'NotSupported'],
      [{ type: 'message', text: 'x'.repeat(100_000) }, 413, 'PayloadTooLarge'],
    ];
    for (const [body, status, code] of cases) {
      const refused = await dl(base, 'POST', path, a.token, body);
      expect(refused.status, JSON.stringify(body).slice(0, 40)).toBe(status);
      expect(refused.json.error.code).toBe(code);
    }
  });

  it('gets a clear reply, not an error page, for a message too long to read', async () => {
    const a = await startConversation(base);
    const posted = await say(base, a, 'my back hurts. '.repeat(400));
    expect(posted.status).toBe(200);
    const reply = (await poll(base, a)).activities.at(-1);
    expect(reply?.replyToId).toBe(posted.json.id);
    expect(reply?.text).toMatch(/longer than I can read/);
  });

  it('cannot send files: a scan is not something the assistant reads', async () => {
    const a = await startConversation(base);
    const refused = await dl(base, 'POST', `/conversations/${a.conversationId}/upload?userId=patient-1`, a.token, {});
    expect(refused.status).toBe(400);
    expect(refused.json.error.message).toMatch(/does not accept files/);
  });

  it('lets any page call the bearer-authenticated routes (CORS preflight)', async () => {
    const preflight = await fetch(`${base}/v3/directline/conversations`, {
      method: 'OPTIONS',
      headers: { origin: 'https://any-site.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,x-ms-bot-agent' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://any-site.example');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/x-ms-bot-agent/);
  });
});

describe('the stream', () => {
  it('replays from the watermark, pushes typing live, and lets a newer socket take over', async () => {
    const a = await startConversation(base);
    const { watermark } = await poll(base, a);
    await say(base, a, 'what is sciatica');
    const late = new StreamClient(`${a.streamUrl}&watermark=${watermark}`);
    await late.opened();
    const replayed = await late.waitFor((x) => x.from.role === 'bot' && x.type === 'message');
    expect(late.activities.some((x) => x.channelData?.annulus?.kind === 'smalltalk')).toBe(false);
    expect(replayed.channelData.annulus.kind).toBe('answer');

    const posted = await say(base, a, 'how long does it last');
    await late.waitFor((x) => x.type === 'typing');
    await late.waitFor((x) => x.replyToId === posted.json.id);
    expect(late.activities.findIndex((x) => x.id === posted.json.id)).toBeLessThan(late.activities.findIndex((x) => x.replyToId === posted.json.id));

    const newer = new StreamClient(a.streamUrl);
    await newer.opened();
    expect(await late.closed).toEqual({ code: 4001, reason: 'collision' });
    newer.close();
  });

  it('sends a turn as one frame: the echo, typing, then the answer, with a watermark a poller can resume from', async () => {
    const a = await startConversation(base);
    const stream = new StreamClient(a.streamUrl);
    await stream.opened();
    const posted = await say(base, a, 'what is a disc bulge');
    await stream.waitFor((x) => x.replyToId === posted.json.id);
    const frame = stream.frames.find((f) => f.activities.some((x) => x.replyToId === posted.json.id))!;
    expect(frame.activities.map((x) => `${x.type}:${x.from.role}`)).toEqual(['message:user', 'typing:bot', 'message:bot']);
    expect(frame.activities[0]!.id).toBe(posted.json.id);
    // The watermark is the answer's place in the log: nothing said so far is missed or repeated after it.
    expect((await poll(base, a, frame.watermark)).activities).toEqual([]);
    stream.close();
  });
});

describe('limits', () => {
  it('answers a flood of messages in one conversation with 429 and Retry-After', async () => {
    const a = await startConversation(base);
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 32; i++) {
      const posted = await say(base, a, 'hello');
      statuses.push(posted.status);
      if (posted.status === 429) {
        retryAfter = posted.headers.get('retry-after');
        expect(posted.json.error.code).toBe('TooManyRequests');
      }
    }
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    // Another conversation is not held back by this one.
    expect((await say(base, await startConversation(base), 'hello')).status).toBe(200);
  });
});

describe('token minting limits', () => {
  it('answer 429 with Retry-After after 60 tokens a minute from one address, unless RATE_LIMIT=off', async () => {
    const mint = (url: string) => dl(url, 'POST', '/tokens/generate', undefined, undefined, { origin: PAGE_ORIGIN });
    const limited = await startServer({ ALLOWED_ORIGINS: PAGE_ORIGIN });
    const unlimited = await startServer({ ALLOWED_ORIGINS: PAGE_ORIGIN, RATE_LIMIT: 'off' });
    try {
      const statuses = [];
      for (let i = 0; i < 61; i++) statuses.push((await mint(limited.url)).status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(60);
      const refused = await mint(limited.url);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      for (let i = 0; i < 70; i++) expect((await mint(unlimited.url)).status).toBe(200);
    } finally {
      await limited.dispose();
      await unlimited.dispose();
    }
  });
});

describe('the log', () => {
  it('never holds what patients wrote, nor tokens', async () => {
    const a = await startConversation(base);
    await say(base, a, 'my name is Ophelia Quenby and my sciatica is awful');
    const logged = running.logs.join('');
    expect(logged).toContain('/v3/directline/conversations');
    expect(logged).not.toMatch(/Ophelia|Quenby|sciatica is awful/);
    expect(logged).not.toContain(a.token);
  });
});
