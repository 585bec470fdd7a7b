/** The staff API as the dashboard sees it (contract section 4); the server's shapes, redeclared for the browser. */
export const LEAD_STATUSES = ['new', 'contacted', 'closed'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

export interface Lead {
  id: string;
  createdAt: string;
  name: string;
  phone: string | null;
  email: string | null;
  reason: string | null;
  preferredTime: string | null;
  afterHours: boolean;
  status: LeadStatus;
  note: string | null;
  notices: Array<{ channel: 'webhook' | 'email'; status: 'pending' | 'sent' | 'failed'; attempts: number }>;
}

export interface UnansweredQuestion {
  question: string;
  outcome: 'fallback' | 'clarify';
  count: number;
  lastAskedAt: string;
}

/** The session is missing or has expired: the dashboard goes back to its sign-in form. */
export class NotSignedIn extends Error {}

/** Any other refusal, with the server's own words for it. */
export class ApiError extends Error {}

async function call(path: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(`/staff/api/${path}`, {
    ...init,
    credentials: 'same-origin',
    headers: init.body === undefined ? {} : { 'content-type': 'application/json' },
  });
  if (response.ok) return response;
  const body = (await response.json().catch(() => undefined)) as { error?: { code?: string; message?: string } } | undefined;
  if (body?.error?.code === 'NotSignedIn') throw new NotSignedIn();
  throw new ApiError(body?.error?.message ?? `The server answered ${response.status}.`);
}

export async function signIn(password: string): Promise<void> {
  await call('login', { method: 'POST', body: JSON.stringify({ password }) });
}

export async function signOut(): Promise<void> {
  await call('logout', { method: 'POST' });
}

export async function listLeads(): Promise<Lead[]> {
  return (await call('leads')).json() as Promise<Lead[]>;
}

export async function updateLead(id: string, change: { status: LeadStatus; note?: string }): Promise<Lead> {
  return (await call(`leads/${encodeURIComponent(id)}`, { method: 'PATCH', body: JSON.stringify(change) })).json() as Promise<Lead>;
}

export async function listUnanswered(): Promise<UnansweredQuestion[]> {
  return (await call('unanswered')).json() as Promise<UnansweredQuestion[]>;
}

/** Where the CSV export is; a plain link, so the browser downloads it with the session cookie. */
export const LEADS_CSV_URL = '/staff/api/leads.csv';
