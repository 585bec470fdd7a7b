// A clinic runs Annulus behind a TLS proxy: per-address limits must see the patient, not the proxy.
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './helpers/server.js';

const PAGE_ORIGIN = 'https://www.clinic.example';
const servers: RunningServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.dispose();
});

async function mintFrom(base: string, forwardedFor: string): Promise<number> {
  const response = await fetch(`${base}/v3/directline/tokens/generate`, {
    method: 'POST', headers: { origin: PAGE_ORIGIN, 'x-forwarded-for': forwardedFor },
  });
  return response.status;
}

describe('behind a reverse proxy', () => {
  it('with TRUST_PROXY=1, limits each patient by the address the proxy forwards', async () => {
    const s = await startServer({ ALLOWED_ORIGINS: PAGE_ORIGIN, TRUST_PROXY: '1' });
    servers.push(s);
    for (let i = 0; i < 60; i++) expect(await mintFrom(s.url, '203.0.113.7')).toBe(200);
    expect(await mintFrom(s.url, '203.0.113.7')).toBe(429);
    expect(await mintFrom(s.url, '198.51.100.23')).toBe(200);
  });

  it('without it, ignores X-Forwarded-For, which any client can send', async () => {
    const s = await startServer({ ALLOWED_ORIGINS: PAGE_ORIGIN });
    servers.push(s);
    for (let i = 0; i < 60; i++) expect(await mintFrom(s.url, `203.0.113.${i}`)).toBe(200);
    expect(await mintFrom(s.url, '198.51.100.23')).toBe(429);
  });

  it('serves hashed widget chunks for a year and the entry for five minutes', async () => {
    const s = await startServer();
    servers.push(s);
    const entry = await fetch(`${s.url}/widget/annulus-chat.js`);
    expect(entry.headers.get('cache-control')).toBe('public, max-age=300');
    const chunk = (await entry.text()).match(/chat-[\w-]{8}\.js/)?.[0];
    expect(chunk).toBeDefined();
    const chunkResponse = await fetch(`${s.url}/widget/${chunk}`);
    expect(chunkResponse.status).toBe(200);
    expect(chunkResponse.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });
});
