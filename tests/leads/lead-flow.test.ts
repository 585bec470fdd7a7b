import { spawn } from 'node:child_process';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openingState } from '../../server/clinic/opening-hours.js';
import { loadKnowledge } from '../../server/kb/load.js';
import { LeadStore } from '../../server/leads/lead-store.js';
import { openDatabase } from '../../server/storage/database.js';
import { poll, say, startConversation, type Started } from '../helpers/direct-line.js';
import { startServer, TEST_SECRET, type RunningServer } from '../helpers/server.js';

const servers: RunningServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.dispose();
});

/** Sends one message and returns the bot's messages that answer it. */
async function turn(base: string, conversation: Started, text: string) {
  const posted = await say(base, conversation, text);
  expect(posted.status).toBe(200);
  return (await poll(base, conversation)).activities.filter((a) => a.replyToId === posted.json.id && a.type === 'message');
}

const expects = (replies: Array<Record<string, any>>) => replies.map((r) => r.channelData.annulus.expect ?? r.channelData.annulus.kind);

function storedLeads(dataDir: string) {
  const db = openDatabase(dataDir);
  try {
    return new LeadStore(db).list();
  } finally {
    db.close();
  }
}

describe('the call-back request', () => {
  it('asks name, contact, reason, time and consent, re-prompts a bad contact, and stores the lead on yes', async () => {
    const s = await startServer();
    servers.push(s);
    const c = await startConversation(s.url);
    expect(expects(await turn(s.url, c, 'Ask for a call back'))).toEqual(['handoff', 'name']);
    expect(expects(await turn(s.url, c, '<b>Ada</b> Testperson'))).toEqual(['contact']);
    const bad = await turn(s.url, c, 'call me maybe');
    expect(expects(bad)).toEqual(['contact']);
    expect(bad[0]?.text).toMatch(/doesn't look like a phone number or an e-mail address/);
    expect(expects(await turn(s.url, c, '01632 960 000'))).toEqual(['reason']);
    expect(expects(await turn(s.url, c, 'Skip'))).toEqual(['time']);
    const consent = await turn(s.url, c, 'weekday mornings');
    expect(expects(consent)).toEqual(['consent']);
    expect(consent[0]?.text).toContain('Northgate Spine Clinic');
    expect(consent[0]?.suggestedActions.actions.map((a: { title: string }) => a.title)).toEqual(['Yes, I agree', 'No, thank you']);

    const [confirmed] = await turn(s.url, c, 'Yes, I agree');
    const opening = openingState(loadKnowledge('knowledge').clinic, new Date());
    expect(confirmed?.channelData.annulus).toMatchObject({ kind: 'lead-confirmed', leadId: expect.stringMatching(/^lead_/), afterHours: !opening.open });
    if (!opening.open) expect(confirmed?.channelData.annulus.nextOpen).toBe(opening.nextOpen?.toISOString());
    expect(confirmed?.text).toContain(confirmed?.channelData.annulus.leadId);

    const [lead] = storedLeads(s.dataDir);
    expect(lead).toMatchObject({
      id: confirmed?.channelData.annulus.leadId, name: '<b>Ada</b> Testperson', phone: '01632 960 000', email: null,
      reason: null, preferredTime: 'weekday mornings', status: 'new', afterHours: !opening.open, conversationId: c.conversationId,
    });
    expect(lead?.consentText).toBe(consent[0]?.text.split('\n\n')[0]);
    expect(lead?.consentVersion).toMatch(/^[0-9a-f]{12}$/);
  });

  it('refuses an overlong name with a clear re-prompt and keeps asking for it', async () => {
    const s = await startServer();
    servers.push(s);
    const c = await startConversation(s.url);
    await turn(s.url, c, 'call me back');
    const [tooLong] = await turn(s.url, c, 'A'.repeat(5_000));
    expect(tooLong?.text).toMatch(/longer than I can read/);
    const [shorter] = await turn(s.url, c, 'B'.repeat(300));
    expect(shorter?.channelData.annulus.expect).toBe('name');
    expect(shorter?.text).toMatch(/under 200 characters/);
    expect(expects(await turn(s.url, c, 'Ada'))).toEqual(['contact']);
  });

  it('forgets everything on "cancel", and on a no to consent', async () => {
    const s = await startServer();
    servers.push(s);
    const c = await startConversation(s.url);
    await turn(s.url, c, 'can someone call me back');
    await turn(s.url, c, 'Ada');
    expect(expects(await turn(s.url, c, 'cancel'))).toEqual(['smalltalk']);
    expect(expects(await turn(s.url, c, 'what is sciatica'))).toEqual(['answer']);

    await turn(s.url, c, 'I want to talk to someone');
    for (const answer of ['Ada', 'ada@example.com', 'my back', 'Skip']) await turn(s.url, c, answer);
    const [declined] = await turn(s.url, c, 'No, thank you');
    expect(declined?.text).toMatch(/haven't kept your details/);
    expect(storedLeads(s.dataDir)).toEqual([]);
  });

  it('answers a red flag first even halfway through, then asks the same question again', async () => {
    const s = await startServer();
    servers.push(s);
    const c = await startConversation(s.url);
    for (const answer of ['please call me back', 'Ada', '01632 960 001']) await turn(s.url, c, answer);
    const replies = await turn(s.url, c, "I can't feel my bottom and I've wet myself");
    expect(expects(replies)).toEqual(['urgent', 'reason']);
    expect(replies[0]?.text).toMatch(/999/);
  });

  it('resumes at the same question after a server restart', async () => {
    const first = await startServer();
    const c = await startConversation(first.url);
    await turn(first.url, c, 'call me back please');
    await turn(first.url, c, 'Ada');
    await first.stop();
    const second = await startServer({}, first.dataDir);
    servers.push(second);
    expect(expects(await turn(second.url, c, 'ada@example.com'))).toEqual(['reason']);
  });

  it('keeps a lead whose confirmation was sent even if the server is killed at once (SIGKILL)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'annulus-kill-'));
    const child = spawn(process.execPath, ['bin/annulus.js', 'serve'], {
      env: { ...process.env, PORT: '0', DATA_DIR: dataDir, DIRECT_LINE_SECRET: TEST_SECRET, LOG_LEVEL: 'warn' },
    });
    try {
      const url = await new Promise<string>((resolve) => {
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
          const match = /Demo page: (http:\/\/\S+?)\/\n/.exec(out);
          if (match) resolve(match[1] as string);
        });
      });
      const c = await startConversation(url);
      for (const answer of ['call me back', 'Ada Killtest', '01632 960 002', 'Skip', 'Skip']) await turn(url, c, answer);
      const [confirmed] = await turn(url, c, 'yes');
      expect(confirmed?.channelData.annulus.kind).toBe('lead-confirmed');
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      expect(storedLeads(dataDir).map((l) => l.id)).toEqual([confirmed?.channelData.annulus.leadId]);
    } finally {
      child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('announces the lead to the staff webhook once, with its id as the idempotency key and no health details', async () => {
    const received: Array<{ key: string | undefined; body: Record<string, any> }> = [];
    const hook = createHttpServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push({ key: request.headers['idempotency-key'] as string | undefined, body: JSON.parse(body) });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    try {
      const s = await startServer({ LEAD_WEBHOOK_URL: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/leads`, LEAD_WEBHOOK_SECRET: 'fixture-webhook-secret', STAFF_PASSWORD: 'fixture-staff-password' });
      servers.push(s);
      const c = await startConversation(s.url);
      for (const answer of ['call me back', 'Ada Hooktest', '01632 960 003', 'my sciatica after lifting', 'Skip']) await turn(s.url, c, answer);
      const [confirmed] = await turn(s.url, c, 'yes');
      const leadId = confirmed?.channelData.annulus.leadId;
      for (let i = 0; i < 100 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 200));
      expect(received).toHaveLength(1);
      expect(received[0]?.key).toBe(leadId);
      expect(received[0]?.body).toMatchObject({ leadId, firstName: 'Ada' });
      expect(JSON.stringify(received[0]?.body)).not.toMatch(/Hooktest|01632|sciatica/);

      const login = await fetch(`${s.url}/staff/api/login`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ password: 'fixture-staff-password' }),
      });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
      const [lead] = (await (await fetch(`${s.url}/staff/api/leads`, { headers: { cookie } })).json()) as Array<Record<string, any>>;
      expect(lead?.notices).toEqual([{ channel: 'webhook', status: 'sent', attempts: 1, lastError: null }]);
    } finally {
      hook.close();
    }
  });
});
