import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { dl } from '../helpers/direct-line.js';
import { startServer, TEST_SECRET, type RunningServer } from '../helpers/server.js';

// DirectLineJS expects a browser: XMLHttpRequest and a *global* WebSocket (its README's recipe for Node).
const require = createRequire(import.meta.url);
Object.assign(globalThis, { XMLHttpRequest: require('xhr2'), WebSocket });
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs') as typeof import('botframework-directlinejs');

type Activity = Record<string, any>;

let running: RunningServer;
beforeAll(async () => {
  running = await startServer();
});
afterAll(async () => {
  await running.dispose();
});

async function converse(webSocket: boolean) {
  const minted = await dl(running.url, 'POST', '/tokens/generate', TEST_SECRET, { user: { id: 'patient-7' } });
  const client = new DirectLine({ domain: `${running.url}/v3/directline`, token: minted.json.token, webSocket, pollingInterval: 200 });
  const seen: Activity[] = [];
  const statuses: number[] = [];
  const subscription = client.activity$.subscribe((a) => seen.push(a as Activity));
  const statusSubscription = client.connectionStatus$.subscribe((s) => statuses.push(s));
  const waitFor = async (match: (a: Activity) => boolean) => {
    for (let i = 0; i < 500; i++) {
      const found = seen.find(match);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`never arrived; saw ${seen.map((a) => a.type).join(', ')}`);
  };

  const welcome = await waitFor((a) => a.from?.role === 'bot' && a.channelData?.annulus?.kind === 'smalltalk');
  const postedId = await new Promise<string>((resolve, reject) => {
    client.postActivity({
      type: 'message', from: { id: 'patient-7' }, text: 'is an extrusion worse than a protrusion?',
      channelData: { clientActivityID: 'client-1' },
    } as never).subscribe({ next: resolve, error: reject });
  });
  const echo = await waitFor((a) => a.channelData?.clientActivityID === 'client-1');
  const answer = await waitFor((a) => a.replyToId === postedId && a.type === 'message');
  subscription.unsubscribe();
  statusSubscription.unsubscribe();
  client.end();
  return { welcome, postedId, echo, answer, seen, statuses };
}

describe.each([
  ['polling', false],
  ['WebSocket', true],
])('DirectLineJS in %s mode', (_mode, webSocket) => {
  it('is welcomed, sees its own message echoed first, then gets a cited answer', async () => {
    const { welcome, postedId, echo, answer, seen, statuses } = await converse(webSocket);
    expect(statuses).toContain(ConnectionStatus.Online);
    expect(statuses).not.toContain(ConnectionStatus.ExpiredToken);
    expect(welcome.text).toContain('999');
    expect(welcome.text).toMatch(/not medical advice/);

    expect(echo.id).toBe(postedId);
    expect(echo.from.id).toBe('patient-7');
    expect(seen.indexOf(echo)).toBeLessThan(seen.indexOf(answer));

    expect(answer.textFormat).toBe('markdown');
    expect(answer.channelData.annulus).toMatchObject({ kind: 'answer', topic: 'protrusion-vs-extrusion' });
    expect(answer.text).toMatch(/\[1\]: https?:\/\/\S+ "/);
    const [citations] = answer.entities.filter((e: Activity) => e['@type'] === 'Message');
    expect(citations.citation[0]).toMatchObject({ '@type': 'Claim', position: 1, appearance: { '@type': 'DigitalDocument' } });
    expect(citations.citation[0].appearance.url).toMatch(/^https?:\/\//);
    // Typing indicators travel only over the socket; the HTTP log never holds them.
    expect(seen.some((a) => a.type === 'typing')).toBe(webSocket);
  });
});
