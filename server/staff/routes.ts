import cookie, { type CookieSerializeOptions } from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, RouteShorthandOptions } from 'fastify';
import { z } from 'zod';
import { HttpError, parseInput } from '../http/errors.js';
import { LEAD_STATUSES, type Lead, type LeadStore } from '../leads/lead-store.js';
import type { NoticeStatus } from '../leads/outbox.js';
import type { UnansweredQuestions } from '../leads/unanswered.js';
import { leadsToCsv } from './csv.js';
import { DASHBOARD_HEADERS, DASHBOARD_HTML } from './page.js';
import type { StaffPassword } from './password.js';
import { SESSION_LIFETIME_MS, type StaffSessions } from './sessions.js';

export interface StaffContext {
  leads: LeadStore;
  unanswered: UnansweredQuestions;
  /** How each lead's notices fared, so staff can tell an unannounced lead from an announced one. */
  noticeStatus: (leadId: string) => NoticeStatus[];
  password: StaffPassword;
  sessions: StaffSessions;
  /** True when the public URL is https: the browser then never sends the session in clear. */
  secureCookies: boolean;
  rateLimit: boolean;
  /** The server's own origin, the only one whose pages may change anything here. */
  publicOrigin: () => string;
}

const COOKIE = 'annulus_staff';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const loginBody = z.object({ password: z.string().min(1).max(1024) });
const leadParams = z.object({ id: z.string().min(1).max(100) });
const leadChange = z.object({ status: z.enum(LEAD_STATUSES), note: z.string().max(2000).optional() });

/** The staff dashboard (contract section 4): its page at /staff and its API under /staff/api. */
export async function staffRoutes(app: FastifyInstance, staff: StaffContext): Promise<void> {
  await app.register(cookie);
  if (staff.rateLimit) await app.register(rateLimit, { global: false });
  const withNotices = (lead: Lead) => ({ ...lead, notices: staff.noticeStatus(lead.id) });
  const cookieOptions: CookieSerializeOptions = { httpOnly: true, sameSite: 'strict', path: '/staff', secure: staff.secureCookies };

  // A second line against cross-site requests, for browsers that do not honour SameSite.
  app.addHook('onRequest', async (request) => {
    const origin = request.headers.origin;
    if (SAFE_METHODS.has(request.method) || origin === undefined) return;
    if (origin !== new URL(staff.publicOrigin()).origin) {
      throw new HttpError(403, 'ForeignOrigin', 'Changes are accepted only from the dashboard on this server.');
    }
  });
  // Patients' details must not stay in a browser's or a proxy's cache.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  app.get('/staff', (_request, reply) => reply.headers(DASHBOARD_HEADERS).send(DASHBOARD_HTML));

  const loginLimit: RouteShorthandOptions = staff.rateLimit ? { config: { rateLimit: { max: 10, timeWindow: '15 minutes' } } } : {};
  app.post('/staff/api/login', loginLimit, async (request, reply) => {
    const { password } = parseInput(loginBody, request.body, 'The sign-in');
    if (!(await staff.password.verify(password))) {
      request.log.warn('staff sign-in refused');
      throw new HttpError(401, 'WrongPassword', 'That password is not right.');
    }
    reply.setCookie(COOKIE, staff.sessions.create(), { ...cookieOptions, maxAge: SESSION_LIFETIME_MS / 1000 });
    request.log.info('staff signed in');
    return reply.code(204).send();
  });

  await app.register(async (api) => {
    api.addHook('onRequest', async (request) => {
      const token = request.cookies[COOKIE];
      if (token === undefined || !staff.sessions.isValid(token)) {
        throw new HttpError(401, 'NotSignedIn', 'Sign in to the staff dashboard first.');
      }
    });

    api.post('/staff/api/logout', async (request, reply) => {
      staff.sessions.end(request.cookies[COOKIE] as string);
      return reply.clearCookie(COOKIE, cookieOptions).code(204).send();
    });

    api.get('/staff/api/leads', async () => staff.leads.list().map(withNotices));

    api.patch('/staff/api/leads/:id', async (request) => {
      const { id } = parseInput(leadParams, request.params, 'The lead id');
      const lead = staff.leads.update(id, parseInput(leadChange, request.body, 'The change'));
      if (!lead) throw new HttpError(404, 'LeadNotFound', 'There is no such lead; it may have been deleted after the retention period.');
      return withNotices(lead);
    });

    api.get('/staff/api/leads.csv', async (_request, reply) => {
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="annulus-leads-${day}.csv"`)
        .send(leadsToCsv(staff.leads.list()));
    });

    api.get('/staff/api/unanswered', async () => staff.unanswered.list());
  });
}
