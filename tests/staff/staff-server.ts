import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { installErrorHandling } from '../../server/http/errors.js';
import { LeadStore, type NewLead } from '../../server/leads/lead-store.js';
import { UnansweredQuestions } from '../../server/leads/unanswered.js';
import { loadStaffPassword } from '../../server/staff/password.js';
import { staffRoutes } from '../../server/staff/routes.js';
import { StaffSessions } from '../../server/staff/sessions.js';
import { openDatabase } from '../../server/storage/database.js';

export const STAFF_PASSWORD = 'fixture-password-123';

export interface StaffServer {
  url: string;
  leads: LeadStore;
  unanswered: UnansweredQuestions;
  /** Every line the server logged, for privacy checks. */
  logs: string[];
  /** Stores a lead `minutesAgo` before the fixed test clock, so list order is known. */
  addLead(lead: Partial<NewLead> & { name: string }, minutesAgo: number): string;
  close(): Promise<void>;
}

const NOW = Date.parse('2026-11-24T15:00:00Z');

/**
 * The staff plugin alone on a real loopback port over its own SQLite file, with dist/widget served
 * as the app serves it, so these tests need nothing of the app's wiring.
 */
export async function startStaffServer(options: { rateLimit?: boolean; secureCookies?: boolean } = {}): Promise<StaffServer> {
  const dir = mkdtempSync(join(tmpdir(), 'annulus-staff-'));
  const db = openDatabase(dir);
  let clock = NOW;
  const leads = new LeadStore(db, () => clock);
  const unanswered = new UnansweredQuestions(db, () => NOW);
  const logs: string[] = [];
  const app = Fastify({ logger: { level: 'info', stream: { write: (line: string) => void logs.push(line) } } });
  installErrorHandling(app);
  let url = '';
  await app.register(staffRoutes, {
    leads, unanswered, noticeStatus: () => [],
    password: loadStaffPassword(dir, STAFF_PASSWORD),
    sessions: new StaffSessions(db),
    secureCookies: options.secureCookies ?? false,
    rateLimit: options.rateLimit ?? false,
    publicOrigin: () => url,
  });
  await app.register(fastifyStatic, { root: resolve('dist/widget'), prefix: '/widget/', index: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  return {
    url, leads, unanswered, logs,
    addLead(lead, minutesAgo) {
      clock = NOW - minutesAgo * 60_000;
      return leads.create({
        consentText: 'You may call me back about my question.', consentVersion: 'v1', consentAt: new Date(clock),
        afterHours: false, conversationId: `conv-${minutesAgo}`, ...lead,
      }, []).id;
    },
    async close() {
      await app.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
