import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_PASSWORD, startStaffServer, type StaffServer } from './staff-server.js';

const HTML_NAME = '<img src=x onerror=alert(1)>';

let staff: StaffServer;
let oldest: string;
let middle: string;
let newest: string;

beforeAll(async () => {
  staff = await startStaffServer({ secureCookies: true });
  // Stored out of order, so "newest first" is the server's doing.
  middle = staff.addLead({ name: HTML_NAME, phone: '+1 555 0100', reason: 'a disc question' }, 30);
  newest = staff.addLead({ name: 'Nell Newest', email: 'nell@example.com' }, 5);
  oldest = staff.addLead({
    name: '=cmd|\' /C calc\'!A0', phone: '@SUM(1+1)', reason: 'He said "ouch", then sat down.\nTwice.', preferredTime: '-mornings',
  }, 120);
  staff.unanswered.record('Do you treat horses?', 'fallback');
  staff.unanswered.record('do you treat horses', 'fallback');
});

afterAll(async () => {
  await staff?.close();
});

function request(path: string, init: { method?: string; body?: unknown; cookie?: string; origin?: string } = {}) {
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.cookie) headers.cookie = init.cookie;
  if (init.origin) headers.origin = init.origin;
  return fetch(`${staff.url}${path}`, {
    method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

async function signIn(): Promise<string> {
  const response = await request('/staff/api/login', { method: 'POST', body: { password: STAFF_PASSWORD } });
  expect(response.status).toBe(204);
  const [setCookie] = response.headers.getSetCookie();
  return (setCookie ?? '').split(';')[0] as string;
}

async function errorCode(response: Response): Promise<string> {
  return ((await response.json()) as { error: { code: string } }).error.code;
}

describe('staff API', () => {
  const API: [string, string, unknown?][] = [
    ['POST', '/staff/api/logout'],
    ['GET', '/staff/api/leads'],
    ['PATCH', '/staff/api/leads/lead_0000000000000000', { status: 'contacted' }],
    ['GET', '/staff/api/leads.csv'],
    ['GET', '/staff/api/unanswered'],
  ];

  for (const [method, path, body] of API) {
    it(`refuses ${method} ${path} without a session, or with a made-up one`, async () => {
      for (const cookie of [undefined, 'annulus_staff=made-up-token']) {
        const response = await request(path, { method, body, cookie });
        expect(response.status).toBe(401);
        expect(response.headers.get('cache-control')).toBe('no-store');
        expect(await errorCode(response)).toBe('NotSignedIn');
      }
    });
  }

  it('serves the dashboard page without a session, loading only its own script', async () => {
    const response = await request('/staff');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const page = await response.text();
    expect(page).toContain('<script type="module" src="/widget/staff.js"></script>');
    expect(page.match(/<script/g)).toHaveLength(1);
  });

  it('refuses a wrong or missing password', async () => {
    const wrong = await request('/staff/api/login', { method: 'POST', body: { password: 'not-the-password' } });
    expect(wrong.status).toBe(401);
    expect(await errorCode(wrong)).toBe('WrongPassword');
    expect(wrong.headers.getSetCookie()).toEqual([]);
    const missing = await request('/staff/api/login', { method: 'POST', body: {} });
    expect(missing.status).toBe(400);
    expect(await errorCode(missing)).toBe('BadArgument');
  });

  it('signs in with a session cookie that scripts and other sites cannot use', async () => {
    const response = await request('/staff/api/login', { method: 'POST', body: { password: STAFF_PASSWORD } });
    expect(response.status).toBe(204);
    const cookies = response.headers.getSetCookie();
    expect(cookies).toHaveLength(1);
    const [pair, ...flags] = (cookies[0] as string).split(/;\s*/);
    expect(pair).toMatch(/^annulus_staff=[\w-]{43}$/);
    expect(flags).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/staff', 'Secure', 'Max-Age=43200']));
  });

  it('lists leads newest first, with markup in a name returned as plain text', async () => {
    const response = await request('/staff/api/leads', { cookie: await signIn() });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toContain('application/json');
    const leads = (await response.json()) as { id: string; name: string; status: string }[];
    expect(leads.map((l) => l.id)).toEqual([newest, middle, oldest]);
    expect(leads[1]).toMatchObject({ name: HTML_NAME, phone: '+1 555 0100', status: 'new', afterHours: false });
  });

  it('changes a status and a note, and refuses a bad status or an unknown lead', async () => {
    const cookie = await signIn();
    const changed = await request(`/staff/api/leads/${newest}`, { method: 'PATCH', cookie, body: { status: 'contacted', note: 'Left a voicemail.' } });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ id: newest, status: 'contacted', note: 'Left a voicemail.' });
    expect(staff.leads.get(newest)).toMatchObject({ status: 'contacted', note: 'Left a voicemail.' });

    const statusOnly = await request(`/staff/api/leads/${newest}`, { method: 'PATCH', cookie, body: { status: 'closed' } });
    expect(await statusOnly.json()).toMatchObject({ status: 'closed', note: 'Left a voicemail.' });

    for (const body of [{ status: 'done' }, { status: 'new', note: 'x'.repeat(2001) }, {}]) {
      const bad = await request(`/staff/api/leads/${newest}`, { method: 'PATCH', cookie, body });
      expect(bad.status).toBe(400);
      expect(await errorCode(bad)).toBe('BadArgument');
    }
    const unknown = await request('/staff/api/leads/lead_ffffffffffffffff', { method: 'PATCH', cookie, body: { status: 'closed' } });
    expect(unknown.status).toBe(404);
    expect(await errorCode(unknown)).toBe('LeadNotFound');
  });

  it('refuses a change sent from another origin, and accepts one from its own', async () => {
    const cookie = await signIn();
    for (const origin of ['https://evil.example', 'null']) {
      const foreign = await request(`/staff/api/leads/${middle}`, { method: 'PATCH', cookie, origin, body: { status: 'closed' } });
      expect(foreign.status).toBe(403);
      expect(await errorCode(foreign)).toBe('ForeignOrigin');
    }
    const login = await request('/staff/api/login', { method: 'POST', origin: 'https://evil.example', body: { password: STAFF_PASSWORD } });
    expect(login.status).toBe(403);
    expect(staff.leads.get(middle)?.status).toBe('new');
    const own = await request(`/staff/api/leads/${middle}`, { method: 'PATCH', cookie, origin: staff.url, body: { status: 'new' } });
    expect(own.status).toBe(200);
  });

  it('exports CSV with every field quoted and formula cells neutralised', async () => {
    const response = await request('/staff/api/leads.csv', { cookie: await signIn() });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="annulus-leads-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    // Read as bytes: fetch's text() drops the byte-order mark that Excel needs.
    const csv = Buffer.from(await response.arrayBuffer()).toString('utf8');
    expect(csv.startsWith('\uFEFF"id","createdAt","name","phone","email","reason","preferredTime","afterHours","status","note",')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain(`"${oldest}","2026-11-24T13:00:00.000Z","'=cmd|' /C calc'!A0","'@SUM(1+1)","",` +
      `"He said ""ouch"", then sat down.\nTwice.","'-mornings","false","new",""`);
    expect(csv).toContain(`"'+1 555 0100"`);
    expect(csv).toContain(`"${HTML_NAME}"`);
    // Header plus three leads; the newline inside a quoted reason does not start a record.
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(4);
  });

  it('lists unanswered questions grouped and counted', async () => {
    const response = await request('/staff/api/unanswered', { cookie: await signIn() });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([{ question: 'do you treat horses', outcome: 'fallback', count: 2, lastAskedAt: '2026-11-24T15:00:00.000Z' }]);
  });

  it('ends the session on sign-out', async () => {
    const cookie = await signIn();
    const out = await request('/staff/api/logout', { method: 'POST', cookie });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie()[0]).toMatch(/^annulus_staff=;.*Path=\/staff/);
    const after = await request('/staff/api/leads', { cookie });
    expect(after.status).toBe(401);
    expect(await errorCode(after)).toBe('NotSignedIn');
  });

  it('never logs patients\' details, the password or the session', async () => {
    const cookie = await signIn();
    const log = staff.logs.join('');
    expect(log).toContain('staff signed in');
    for (const secret of [STAFF_PASSWORD, cookie.split('=')[1] as string, 'Nell', '555 0100', 'nell@example.com', 'ouch', 'onerror']) {
      expect(log).not.toContain(secret);
    }
  });
});

describe('staff sign-in rate limit', () => {
  let limited: StaffServer;
  beforeAll(async () => { limited = await startStaffServer({ rateLimit: true }); });
  afterAll(async () => { await limited?.close(); });

  it('answers 429 with Retry-After after 10 attempts in 15 minutes', async () => {
    const attempt = () => fetch(`${limited.url}/staff/api/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ password: 'guess' }),
    });
    for (let i = 0; i < 10; i++) expect((await attempt()).status).toBe(401);
    const refused = await attempt();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await errorCode(refused)).toBe('TooManyRequests');
  });
});
