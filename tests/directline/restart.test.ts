import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { StreamClient, dl, poll, say, startConversation } from '../helpers/direct-line.js';
import { startServer, type RunningServer } from '../helpers/server.js';

const require = createRequire(import.meta.url);
Object.assign(globalThis, { XMLHttpRequest: require('xhr2'), WebSocket });
const { DirectLine } = require('botframework-directlinejs') as typeof import('botframework-directlinejs');

const servers: RunningServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.dispose();
});

describe('a server restart', () => {
  it('closes sockets with "going away", then a client that reconnects with its watermark gets what it missed', async () => {
    const first = await startServer();
    const a = await startConversation(first.url);
    const stream = new StreamClient(a.streamUrl);
    await stream.opened();
    const { watermark } = await poll(first.url, a);
    const unread = await say(first.url, a, 'what is a bulging disc');
    const port = new URL(first.url).port;
    await first.stop();
    expect((await stream.closed).code).toBe(1001);

    const second = await startServer({ PORT: port }, first.dataDir);
    servers.push(second);
    const reconnected = await dl(second.url, 'GET', `/conversations/${a.conversationId}?watermark=${watermark}`, a.token);
    expect(reconnected.status).toBe(200);
    const resumed = new StreamClient(reconnected.json.streamUrl);
    await resumed.opened();
    const missed = await resumed.waitFor((x) => x.replyToId === unread.json.id);
    expect(missed.channelData.annulus.kind).toBe('answer');
    expect(resumed.activities[0]?.id).toBe(unread.json.id);

    const next = await say(second.url, a, 'how long does it take to heal');
    expect(next.status).toBe(200);
    await resumed.waitFor((x) => x.replyToId === next.json.id);
    resumed.close();
  });

  it('DirectLineJS resumes a conversation by id and watermark on a restarted server', async () => {
    const first = await startServer();
    const a = await startConversation(first.url, 'patient-r');
    const { watermark } = await poll(first.url, a);
    const unread = await say(first.url, a, 'do I need an MRI?');
    await first.stop();
    const second = await startServer({}, first.dataDir);
    servers.push(second);

    const client = new DirectLine({ domain: `${second.url}/v3/directline`, token: a.token, conversationId: a.conversationId, watermark, webSocket: true });
    const seen: Array<Record<string, any>> = [];
    const subscription = client.activity$.subscribe((x) => seen.push(x as Record<string, any>));
    for (let i = 0; i < 250 && !seen.some((x) => x.replyToId === unread.json.id); i++) await new Promise((r) => setTimeout(r, 20));
    subscription.unsubscribe();
    client.end();
    expect(seen.find((x) => x.replyToId === unread.json.id)?.channelData.annulus.topic).toBe('mri');
    expect(seen.some((x) => x.channelData?.annulus?.kind === 'smalltalk')).toBe(false);
  });
});

describe('idle conversations', () => {
  it('are forgotten after CONVERSATION_IDLE_DAYS, with everything said in them', async () => {
    const first = await startServer();
    const a = await startConversation(first.url);
    await say(first.url, a, 'what is a slipped disc');
    await first.stop();
    // A tiny idle period stands in for days: the conversation above is already older than it.
    await new Promise((r) => setTimeout(r, 50));
    const second = await startServer({ CONVERSATION_IDLE_DAYS: String(10 / 86_400_000) }, first.dataDir);
    servers.push(second);
    const gone = await dl(second.url, 'GET', `/conversations/${a.conversationId}/activities`, a.token);
    expect(gone.status).toBe(404);
  });
});

describe('health', () => {
  it('reports live and ready', async () => {
    const s = await startServer();
    servers.push(s);
    expect(await (await fetch(`${s.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect((await fetch(`${s.url}/readyz`)).status).toBe(200);
  });
});
