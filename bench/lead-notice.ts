/**
 * Time from a patient's "yes" to consent to the staff webhook's receipt of the lead, through the real
 * server (Direct Line over HTTP, the bot, SQLite, the outbox) and a real receiver on loopback.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readConfig } from '../server/config/env.js';
import { createServer as createAnnulus } from '../server/http/app.js';
import { createLogger } from '../server/http/logger.js';
import { quantile } from './quantile.js';

const LEADS = 200;
const SECRET = 'bench-secret-0123456789abcdefghijklmnop';

export interface LeadNoticeFigures {
  leads: number;
  p50Ms: number;
  p99Ms: number;
  lost: number;
  duplicates: number;
}

export async function leadNoticeBench(): Promise<LeadNoticeFigures> {
  const receivedAt = new Map<string, number[]>();
  const hook = createServer((request, response) => {
    const key = String(request.headers['idempotency-key']);
    request.resume().on('end', () => {
      receivedAt.set(key, [...(receivedAt.get(key) ?? []), performance.now()]);
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
  const dataDir = mkdtempSync(join(tmpdir(), 'annulus-bench-leads-'));
  const config = readConfig({
    PORT: '0', DATA_DIR: dataDir, KB_DIR: 'knowledge', DIRECT_LINE_SECRET: SECRET, RATE_LIMIT: 'off', LOG_LEVEL: 'warn',
    STAFF_PASSWORD: 'bench-staff-password', LEAD_WEBHOOK_URL: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/leads`,
  });
  const server = await createAnnulus(config, { logger: createLogger('warn') });
  const url = await server.listen();
  const post = async (path: string, token: string, body?: unknown) => {
    const response = await fetch(`${url}/v3/directline${path}`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}),
    });
    return (await response.json()) as Record<string, any>;
  };

  const consentedAt = new Map<string, number>();
  try {
    for (let i = 0; i < LEADS; i++) {
      const { conversationId, token } = await post('/conversations', SECRET, { user: { id: `bench-${i}` } });
      const say = (text: string) => post(`/conversations/${conversationId}/activities`, token, { type: 'message', from: { id: `bench-${i}` }, text });
      for (const answer of ['please call me back', 'Bench Patient', '01632 960 999', 'Skip', 'Skip']) await say(answer);
      const started = performance.now();
      await say('yes');
      const log = await fetch(`${url}/v3/directline/conversations/${conversationId}/activities`, { headers: { authorization: `Bearer ${token}` } });
      const { activities } = (await log.json()) as { activities: Array<Record<string, any>> };
      const leadId = activities.find((a) => a.channelData?.annulus?.kind === 'lead-confirmed')?.channelData.annulus.leadId as string;
      consentedAt.set(leadId, started);
    }
    for (let wait = 0; wait < 100 && receivedAt.size < consentedAt.size; wait++) await new Promise((r) => setTimeout(r, 50));
    // A moment more, so a duplicate delivery would have time to show.
    await new Promise((r) => setTimeout(r, 1_500));
  } finally {
    await server.close();
    hook.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const delays = [...consentedAt].flatMap(([id, at]) => (receivedAt.get(id) ?? []).slice(0, 1).map((t) => t - at)).sort((a, b) => a - b);
  return {
    leads: consentedAt.size,
    p50Ms: quantile(delays, 0.5),
    p99Ms: quantile(delays, 0.99),
    lost: [...consentedAt.keys()].filter((id) => !receivedAt.has(id)).length,
    duplicates: [...receivedAt.values()].filter((times) => times.length > 1).length,
  };
}
