import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LeadStore, type NewLead, type NoticeChannel } from '../../server/leads/lead-store.js';
import { noticeSenders, type NoticeConfig } from '../../server/leads/notifiers.js';
import { Outbox, type OutboxLogger, type OutboxOptions } from '../../server/leads/outbox.js';
import { openDatabase, type Db } from '../../server/storage/database.js';

const SECRET = 'test-webhook-secret-0123456789';
// Webhook URLs often carry a token in the path; it must never reach logs or stored errors.
const HOOK_PATH = '/hooks/t0ken-in-the-path';
const PUBLIC_URL = 'https://clinic.example';
const FAST: OutboxOptions = { baseDelayMs: 20, maxDelayMs: 100, pollMs: 10 };

const ADA: NewLead = {
  name: 'Ada Testperson',
  phone: '01632 960 000',
  email: 'ada.testperson@example.com',
  reason: 'sciatica down the left leg',
  consentText: 'You may call me back.',
  consentVersion: 'test-1',
  consentAt: new Date(),
  afterHours: true,
  conversationId: 'conv-test',
};
const PRIVATE = ['testperson', '01632', '960 000', 'example.com', 'sciatica'];

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'annulus-outbox-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function database(dir: string): Db {
  const db = openDatabase(dir);
  cleanups.push(() => db.close());
  return db;
}

function startOutbox(db: Db, config: Partial<NoticeConfig>, options: OutboxOptions = FAST) {
  const logs: unknown[] = [];
  const collect = (fields: object, message: string) => logs.push({ ...fields, message });
  const logger: OutboxLogger = { info: collect, warn: collect, error: collect };
  const { senders, channels } = noticeSenders({ publicUrl: () => PUBLIC_URL, includeDetails: false, ...config });
  const outbox = new Outbox(db, senders, { ...options, logger });
  cleanups.push(() => outbox.stop());
  outbox.start();
  return { outbox, channels, logs };
}

interface Hook { headers: IncomingHttpHeaders; body: string; status: number; at: number }

/** A webhook receiver answering each request after `delayMs` with the next status of `statuses`, then 200. */
async function webhookReceiver(statuses: number[] = [], delayMs = 0) {
  const received: Hook[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const status = statuses.shift() ?? 200;
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), status, at: Date.now() });
      setTimeout(() => res.writeHead(status).end(), delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${HOOK_PATH}`, received };
}

interface Mail { from: string | undefined; to: string[]; subject: string | undefined; body: string; raw: string }

async function smtpReceiver() {
  const received: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const split = raw.indexOf('\r\n\r\n');
        const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
        const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(head)?.[1];
        let body = raw.slice(split + 4);
        if (/quoted-printable/i.test(header('Content-Transfer-Encoding') ?? '')) {
          body = body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
        }
        const envelopeFrom = session.envelope.mailFrom;
        received.push({
          from: envelopeFrom ? envelopeFrom.address : undefined,
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: header('Subject'),
          body,
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const { port } = server.server.address() as AddressInfo;
  return { smtpUrl: `smtp://127.0.0.1:${port}`, emailTo: 'frontdesk@clinic.example', emailFrom: 'annulus@clinic.example', received };
}

function signature(body: string): string {
  return `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`;
}

async function untilSettled(outbox: Outbox, leadId: string, status: 'sent' | 'failed' = 'sent') {
  await vi.waitFor(() => {
    const notices = outbox.status(leadId);
    expect(notices.length).toBeGreaterThan(0);
    for (const n of notices) expect(n.status).toBe(status);
  }, { timeout: 10_000, interval: 10 });
}

describe('the lead notice outbox', () => {
  it('posts a signed webhook and sends an e-mail that name the lead without contact or health details', async () => {
    const hook = await webhookReceiver();
    const smtp = await smtpReceiver();
    const db = database(tempDir());
    const { outbox, channels, logs } = startOutbox(db, { webhookUrl: hook.url, webhookSecret: SECRET, ...smtp });
    expect(channels).toEqual(['webhook', 'email']);

    const lead = new LeadStore(db).create(ADA, channels);
    outbox.kick();
    await untilSettled(outbox, lead.id);

    expect(hook.received).toHaveLength(1);
    const [post] = hook.received;
    expect(post?.headers['content-type']).toBe('application/json');
    expect(post?.headers['idempotency-key']).toBe(lead.id);
    expect(post?.headers['x-annulus-signature']).toBe(signature(post?.body ?? ''));
    expect(JSON.parse(post?.body ?? '')).toEqual({
      leadId: lead.id, firstName: 'Ada', createdAt: lead.createdAt, afterHours: true, dashboardUrl: `${PUBLIC_URL}/staff`,
    });

    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail?.from).toBe(smtp.emailFrom);
    expect(mail?.to).toEqual([smtp.emailTo]);
    expect(mail?.subject).toBe(`New call-back request ${lead.id} (after hours)`);
    expect(mail?.body).toContain('First name: Ada');
    expect(mail?.body).toContain(`${PUBLIC_URL}/staff`);

    for (const text of [post?.body, mail?.raw, JSON.stringify(logs)]) {
      for (const secret of PRIVATE) expect(text?.toLowerCase()).not.toContain(secret);
    }
    expect(JSON.stringify(logs)).toContain(lead.id);
    expect(outbox.status(lead.id)).toEqual([
      { channel: 'email', status: 'sent', attempts: 1, lastError: null },
      { channel: 'webhook', status: 'sent', attempts: 1, lastError: null },
    ]);
  });

  it('adds the reason when details are switched on', async () => {
    const hook = await webhookReceiver();
    const smtp = await smtpReceiver();
    const db = database(tempDir());
    const { outbox, channels } = startOutbox(db, { webhookUrl: hook.url, ...smtp, includeDetails: true });

    const lead = new LeadStore(db).create(ADA, channels);
    outbox.kick();
    await untilSettled(outbox, lead.id);

    const [post] = hook.received;
    expect(post?.headers['x-annulus-signature']).toBeUndefined();
    expect(JSON.parse(post?.body ?? '')).toMatchObject({ firstName: 'Ada', reason: ADA.reason });
    expect(smtp.received[0]?.body).toContain(`Reason: ${ADA.reason}`);
    for (const text of [post?.body, smtp.received[0]?.raw]) expect(text).not.toContain('01632');
  });

  it('retries a refusing webhook with backoff until it accepts, and delivers exactly once', async () => {
    const refusals = 3;
    // Slower than the poll, so a delivery still in flight would be picked up again if it were not guarded.
    const hook = await webhookReceiver(Array<number>(refusals).fill(500), 50);
    const db = database(tempDir());
    const { outbox, channels, logs } = startOutbox(db, { webhookUrl: hook.url, webhookSecret: SECRET });

    const lead = new LeadStore(db).create(ADA, channels);
    outbox.kick();
    await untilSettled(outbox, lead.id);
    await new Promise((resolve) => setTimeout(resolve, 100)); // time for any stray repeat to show up

    const accepted = hook.received.filter((h) => h.status === 200 && h.headers['idempotency-key'] === lead.id);
    expect(accepted).toHaveLength(1);
    expect(hook.received).toHaveLength(refusals + 1);
    const gaps = hook.received.slice(1).map((h, i) => h.at - (hook.received[i]?.at ?? 0));
    gaps.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual(Math.min(20 * 2 ** i, 100)));
    expect(outbox.status(lead.id)).toEqual([{ channel: 'webhook', status: 'sent', attempts: refusals + 1, lastError: null }]);
    expect(JSON.stringify(logs)).not.toContain(HOOK_PATH);
  });

  it('delivers notices left pending before a restart', async () => {
    const hook = await webhookReceiver();
    const dir = tempDir();
    const { channels } = noticeSenders({ publicUrl: () => PUBLIC_URL, webhookUrl: hook.url, includeDetails: false });
    const before = openDatabase(dir);
    const lead = new LeadStore(before).create(ADA, channels);
    before.close();

    const { outbox } = startOutbox(database(dir), { webhookUrl: hook.url });
    await untilSettled(outbox, lead.id);
    expect(hook.received.map((h) => h.headers['idempotency-key'])).toEqual([lead.id]);
  });

  it('gives up once the retry window has passed', async () => {
    const hook = await webhookReceiver(Array<number>(1000).fill(503));
    const db = database(tempDir());
    const { outbox, channels } = startOutbox(db, { webhookUrl: hook.url }, { ...FAST, giveUpAfterMs: 150 });

    const lead = new LeadStore(db).create(ADA, channels);
    outbox.kick();
    await untilSettled(outbox, lead.id, 'failed');

    const [notice] = outbox.status(lead.id);
    expect(notice?.attempts).toBeGreaterThan(1);
    expect(notice?.lastError).toBe('webhook answered HTTP 503');
    const attempts = hook.received.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(hook.received).toHaveLength(attempts);
  });

  it('fails notices for a channel that is no longer configured', async () => {
    const db = database(tempDir());
    const lead = new LeadStore(db).create(ADA, ['email'] satisfies NoticeChannel[]);
    const { outbox } = startOutbox(db, {});
    await untilSettled(outbox, lead.id, 'failed');
    expect(outbox.status(lead.id)).toEqual([{ channel: 'email', status: 'failed', attempts: 0, lastError: 'not configured' }]);
  });
});
