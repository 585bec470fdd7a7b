import { randomBytes } from 'node:crypto';
import type { Db } from '../storage/database.js';

export const LEAD_STATUSES = ['new', 'contacted', 'closed'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];
export type NoticeChannel = 'webhook' | 'email';

export interface NewLead {
  name: string;
  phone?: string;
  email?: string;
  reason?: string;
  preferredTime?: string;
  consentText: string;
  consentVersion: string;
  consentAt: Date;
  afterHours: boolean;
  conversationId: string;
}

/** A lead as staff see it (contract section 4, GET /staff/api/leads). */
export interface Lead {
  id: string;
  createdAt: string;
  name: string;
  phone: string | null;
  email: string | null;
  reason: string | null;
  preferredTime: string | null;
  consentAt: string;
  consentText: string;
  consentVersion: string;
  status: LeadStatus;
  note: string | null;
  afterHours: boolean;
  conversationId: string;
}

interface LeadRow {
  id: string; created_at: number; name: string; phone: string | null; email: string | null; reason: string | null;
  preferred_time: string | null; consent_at: number; consent_text: string; consent_version: string; status: LeadStatus;
  note: string | null; after_hours: number; conversation_id: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function toLead(row: LeadRow): Lead {
  return {
    id: row.id, createdAt: new Date(row.created_at).toISOString(), name: row.name, phone: row.phone, email: row.email,
    reason: row.reason, preferredTime: row.preferred_time, consentAt: new Date(row.consent_at).toISOString(),
    consentText: row.consent_text, consentVersion: row.consent_version, status: row.status, note: row.note,
    afterHours: row.after_hours === 1, conversationId: row.conversation_id,
  };
}

/**
 * Leads and their pending notices. A lead and one outbox row per notice channel are written in one
 * transaction, so a notice can never be lost between "stored" and "announced".
 */
export class LeadStore {
  private readonly statements;

  constructor(private readonly db: Db, private readonly now: () => number = Date.now) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS leads (
        id TEXT PRIMARY KEY,
        created_at INTEGER NOT NULL,
        name TEXT NOT NULL,
        phone TEXT,
        email TEXT,
        reason TEXT,
        preferred_time TEXT,
        consent_at INTEGER NOT NULL,
        consent_text TEXT NOT NULL,
        consent_version TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'new',
        note TEXT,
        after_hours INTEGER NOT NULL,
        conversation_id TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS leads_by_created_at ON leads (created_at);
      CREATE TABLE IF NOT EXISTS outbox (
        id INTEGER PRIMARY KEY,
        lead_id TEXT NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
        channel TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        last_error TEXT,
        UNIQUE (lead_id, channel)
      );
      CREATE INDEX IF NOT EXISTS outbox_due ON outbox (status, next_attempt_at);
    `);
    this.statements = {
      insertLead: db.prepare(`INSERT INTO leads (id, created_at, name, phone, email, reason, preferred_time, consent_at,
        consent_text, consent_version, after_hours, conversation_id) VALUES (@id, @createdAt, @name, @phone, @email, @reason,
        @preferredTime, @consentAt, @consentText, @consentVersion, @afterHours, @conversationId)`),
      insertNotice: db.prepare('INSERT INTO outbox (lead_id, channel, next_attempt_at, created_at) VALUES (?, ?, ?, ?)'),
      get: db.prepare<[string], LeadRow>('SELECT * FROM leads WHERE id = ?'),
      list: db.prepare<[], LeadRow>('SELECT * FROM leads ORDER BY created_at DESC, id DESC'),
      update: db.prepare('UPDATE leads SET status = @status, note = COALESCE(@note, note) WHERE id = @id'),
      purge: db.prepare('DELETE FROM leads WHERE created_at < ?'),
    };
  }

  /** Stores the lead with one pending notice per channel; committed when this returns. */
  create(lead: NewLead, channels: readonly NoticeChannel[]): Lead {
    const id = `lead_${randomBytes(8).toString('hex')}`;
    const at = this.now();
    this.db.transaction(() => {
      this.statements.insertLead.run({
        id, createdAt: at, name: lead.name, phone: lead.phone ?? null, email: lead.email ?? null, reason: lead.reason ?? null,
        preferredTime: lead.preferredTime ?? null, consentAt: lead.consentAt.getTime(), consentText: lead.consentText,
        consentVersion: lead.consentVersion, afterHours: lead.afterHours ? 1 : 0, conversationId: lead.conversationId,
      });
      for (const channel of channels) this.statements.insertNotice.run(id, channel, at, at);
    })();
    return this.get(id) as Lead;
  }

  get(id: string): Lead | undefined {
    const row = this.statements.get.get(id);
    return row && toLead(row);
  }

  /** Newest first. */
  list(): Lead[] {
    return this.statements.list.all().map(toLead);
  }

  update(id: string, change: { status: LeadStatus; note?: string }): Lead | undefined {
    const result = this.statements.update.run({ id, status: change.status, note: change.note ?? null });
    return result.changes === 1 ? this.get(id) : undefined;
  }

  /** Deletes leads older than `days`, with their notices. */
  purgeOlderThan(days: number): number {
    return this.statements.purge.run(this.now() - days * DAY_MS).changes;
  }
}
