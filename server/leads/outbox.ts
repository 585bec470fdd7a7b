import type { Db } from '../storage/database.js';
import { LeadStore, type Lead, type NoticeChannel } from './lead-store.js';

export type NoticeSender = (lead: Lead) => Promise<void>;
export type NoticeSenders = Partial<Record<NoticeChannel, NoticeSender>>;

export interface NoticeStatus {
  channel: NoticeChannel;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  lastError: string | null;
}

/** Satisfied by a pino logger. */
export interface OutboxLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export interface OutboxOptions {
  now?: () => number;
  logger?: OutboxLogger;
  /** First retry delay; each further retry waits twice as long, up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A notice still failing this long after its lead was stored is marked 'failed'. */
  giveUpAfterMs?: number;
  /** How often due retries are looked for. */
  pollMs?: number;
}

interface OutboxRow {
  id: number;
  lead_id: string;
  channel: NoticeChannel;
  attempts: number;
  created_at: number;
}

// Enough to keep one slow receiver from holding up the rest, few enough not to flood it after an outage.
const MAX_IN_FLIGHT = 8;
const MAX_ERROR_CHARS = 500;
const quiet: OutboxLogger = { info() {}, warn() {}, error() {} };

/**
 * Delivers the notices LeadStore.create queued, at least once each: a notice is marked sent only after
 * its receiver accepted it, so a crash in between repeats it (the webhook's Idempotency-Key lets
 * receivers drop the repeat). Logs name leads by id only, never by anything the patient typed.
 */
export class Outbox {
  private readonly statements;
  private readonly leads: LeadStore;
  private readonly now: () => number;
  private readonly logger: OutboxLogger;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly giveUpAfterMs: number;
  private readonly pollMs: number;
  private readonly inFlight = new Map<number, Promise<void>>();
  private timer: NodeJS.Timeout | undefined;

  constructor(db: Db, private readonly senders: NoticeSenders, options: OutboxOptions = {}) {
    this.now = options.now ?? Date.now;
    this.logger = options.logger ?? quiet;
    this.baseDelayMs = options.baseDelayMs ?? 1000;
    this.maxDelayMs = options.maxDelayMs ?? 5 * 60 * 1000;
    this.giveUpAfterMs = options.giveUpAfterMs ?? 48 * 60 * 60 * 1000;
    this.pollMs = options.pollMs ?? 1000;
    // Also creates the outbox table, so an Outbox may be started before any lead exists.
    this.leads = new LeadStore(db, this.now);
    this.statements = {
      due: db.prepare<[number, number], OutboxRow>(`SELECT id, lead_id, channel, attempts, created_at FROM outbox
        WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?`),
      settle: db.prepare(`UPDATE outbox SET status = @status, attempts = @attempts, next_attempt_at = @nextAttemptAt,
        last_error = @lastError WHERE id = @id`),
      status: db.prepare<[string], { channel: NoticeChannel; status: NoticeStatus['status']; attempts: number; last_error: string | null }>(
        'SELECT channel, status, attempts, last_error FROM outbox WHERE lead_id = ? ORDER BY channel'),
    };
  }

  /** Delivers whatever is due, including notices left pending by an earlier run, then keeps polling. */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.kick(), this.pollMs).unref();
    this.kick();
  }

  /** Delivers due notices now rather than at the next poll; call it right after storing a lead. No-op unless started. */
  kick(): void {
    if (!this.timer) return;
    // Rows in flight are still pending, so ask for enough to find new ones behind them.
    for (const row of this.statements.due.all(this.now(), MAX_IN_FLIGHT + this.inFlight.size)) {
      if (this.inFlight.size >= MAX_IN_FLIGHT) break;
      if (this.inFlight.has(row.id)) continue;
      const delivery = this.deliver(row)
        .catch((error: unknown) => this.logger.error({ leadId: row.lead_id, channel: row.channel, err: error }, 'lead notice bookkeeping failed'))
        .finally(() => this.inFlight.delete(row.id));
      this.inFlight.set(row.id, delivery);
    }
  }

  /** Stops polling and waits for deliveries under way, so the database can be closed afterwards. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await Promise.all(this.inFlight.values());
  }

  status(leadId: string): NoticeStatus[] {
    return this.statements.status.all(leadId).map((r) => ({ channel: r.channel, status: r.status, attempts: r.attempts, lastError: r.last_error }));
  }

  private async deliver(row: OutboxRow): Promise<void> {
    const log = { leadId: row.lead_id, channel: row.channel };
    const sender = this.senders[row.channel];
    if (!sender) {
      // Its configuration was removed since the lead was stored; waiting would not bring it back.
      this.settle(row, { status: 'failed', attempts: row.attempts, nextAttemptAt: this.now(), lastError: 'not configured' });
      this.logger.warn(log, 'lead notice channel not configured');
      return;
    }
    const lead = this.leads.get(row.lead_id);
    if (!lead) return; // purged meanwhile, and its notices with it
    const attempts = row.attempts + 1;
    try {
      await sender(lead);
    } catch (error) {
      const at = this.now();
      const lastError = (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR_CHARS);
      if (at - row.created_at >= this.giveUpAfterMs) {
        this.settle(row, { status: 'failed', attempts, nextAttemptAt: at, lastError });
        this.logger.error({ ...log, attempts }, 'lead notice given up');
      } else {
        const delay = Math.min(this.baseDelayMs * 2 ** (attempts - 1), this.maxDelayMs);
        this.settle(row, { status: 'pending', attempts, nextAttemptAt: at + delay, lastError });
        this.logger.warn({ ...log, attempts }, 'lead notice failed, will retry');
      }
      return;
    }
    this.settle(row, { status: 'sent', attempts, nextAttemptAt: this.now(), lastError: null });
    this.logger.info({ ...log, attempts }, 'lead notice sent');
  }

  private settle(row: OutboxRow, change: { status: NoticeStatus['status']; attempts: number; nextAttemptAt: number; lastError: string | null }): void {
    this.statements.settle.run({ id: row.id, ...change });
  }
}
