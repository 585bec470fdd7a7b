import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './helpers/server.js';

/** Stands in for the Bot Framework connector (or the Emulator): it receives the bot's replies. */
function startConnector() {
  const received: Array<{ path: string; body: Record<string, any> }> = [];
  const server = createServer((request: IncomingMessage, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ path: request.url ?? '', body: JSON.parse(body || '{}') });
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `reply-${received.length}` }));
    });
  });
  return new Promise<{ url: string; received: typeof received; close: () => void }>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      received,
      close: () => server.close(),
    })));
}

let running: RunningServer;
let connector: Awaited<ReturnType<typeof startConnector>>;
beforeAll(async () => {
  running = await startServer();
  connector = await startConnector();
});
afterAll(async () => {
  connector.close();
  await running.dispose();
});

const activity = (text: string) => ({
  type: 'message', id: 'incoming-1', text, channelId: 'emulator', serviceUrl: connector.url,
  from: { id: 'emulator-user', role: 'user' }, recipient: { id: 'annulus-bot', role: 'bot' },
  conversation: { id: 'emulator-conversation-1' },
});

describe('POST /api/messages (Azure Bot Service and the Emulator)', () => {
  it('answers through the Agents SDK, anonymously when no clientId is configured, with citations', async () => {
    const response = await fetch(`${running.url}/api/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity('what is disc replacement?')),
    });
    expect(response.status).toBeLessThan(300);
    const answer = connector.received.find((r) => r.body.type === 'message');
    expect(answer?.path).toBe('/v3/conversations/emulator-conversation-1/activities/incoming-1');
    expect(answer?.body.channelData.annulus).toMatchObject({ kind: 'answer', topic: 'artificial-disc-replacement' });
    expect(answer?.body.entities[0].citation.length).toBeGreaterThan(0);
    expect(connector.received.some((r) => r.body.type === 'typing')).toBe(true);
  });

  it('refuses a body that is not an activity with 400, and a malformed token with 401', async () => {
    const notActivity = await fetch(`${running.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[1,2]' });
    expect(notActivity.status).toBe(400);
    const badToken = await fetch(`${running.url}/api/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer forged.token.here' }, body: JSON.stringify(activity('hello')),
    });
    expect(badToken.status).toBe(401);
  });

  it('while anonymous, replies only to a connector on this machine', async () => {
    const before = connector.received.length;
    for (const serviceUrl of ['http://10.20.30.40:8080', 'https://internal.example', 'http://169.254.169.254']) {
      const response = await fetch(`${running.url}/api/messages`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...activity('hello'), serviceUrl }),
      });
      expect(response.status).toBe(400);
      expect((await response.json()).error.message).toMatch(/serviceUrl/);
    }
    expect(connector.received.length).toBe(before);
  });

  it('says the channel could not be reached, not that the server failed, when the reply cannot be delivered', async () => {
    const gone = await startConnector();
    gone.close();
    const response = await fetch(`${running.url}/api/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...activity('hello'), serviceUrl: gone.url }),
    });
    expect(response.status).toBe(502);
    expect((await response.json()).error.code).toBe('ChannelUnreachable');
  });
});
