import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poll, say, startConversation } from '../helpers/direct-line.js';
import { startServer, type RunningServer } from '../helpers/server.js';

let running: RunningServer;
beforeAll(async () => {
  running = await startServer({ STAFF_PASSWORD: 'fixture-staff-password' });
});
afterAll(async () => {
  await running.dispose();
});

describe('the staff dashboard on the real server', () => {
  it('shows the lead a patient just left and the question the bot could not answer', async () => {
    const c = await startConversation(running.url);
    await say(running.url, c, 'do you validate parking tickets for the zoo');
    for (const answer of ['please call me back', 'Bea Fixture', 'bea@example.com', 'Skip', 'Skip', 'yes']) await say(running.url, c, answer);
    const confirmed = (await poll(running.url, c)).activities.find((a) => a.channelData?.annulus?.kind === 'lead-confirmed');

    expect((await fetch(`${running.url}/staff/api/leads`)).status).toBe(401);
    const login = await fetch(`${running.url}/staff/api/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ password: 'fixture-staff-password' }),
    });
    expect(login.status).toBe(204);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const leads = (await (await fetch(`${running.url}/staff/api/leads`, { headers: { cookie } })).json()) as Array<Record<string, unknown>>;
    expect(leads[0]).toMatchObject({ id: confirmed?.channelData.annulus.leadId, name: 'Bea Fixture', email: 'bea@example.com', status: 'new' });
    const unanswered = (await (await fetch(`${running.url}/staff/api/unanswered`, { headers: { cookie } })).json()) as Array<Record<string, unknown>>;
    expect(unanswered).toContainEqual(expect.objectContaining({ question: 'do you validate parking tickets for the zoo', count: 1 }));
    const page = await fetch(`${running.url}/staff`);
    expect(await page.text()).toContain('/widget/staff.js');
    const script = await fetch(`${running.url}/widget/staff.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    await script.arrayBuffer();
  });
});
