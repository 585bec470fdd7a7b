import type { Db } from '../storage/database.js';
import { onceAtEndOfTurn } from './end-of-turn.js';

/** An activity as it travels on the wire: plain JSON, never an SDK object. */
export type WireActivity = Record<string, unknown> & { id: string; type: string; timestamp: string };

export interface Conversation {
  id: string;
  userId: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * How stale `last_active` may get. It only decides expiry after days of silence, so writing it once an
 * hour instead of with every activity saves a write per message on the busiest path.
 */
const TOUCH_EVERY_MS = 60 * 60 * 1000;

interface LogState {
  userId: string;
  lastSeq: number;
  touchedAt: number;
}

/** An appended activity, its place in the log, and its JSON, which the socket frame reuses. */
export interface Appended {
  activity: WireActivity;
  seq: number;
  json: string;
}

type PendingRow = [conversationId: string, seq: number, body: string];

/** What the log asks of a WAL checkpointer (storage/wal-checkpointer.ts): when to write, and that it wrote. */
export interface CheckpointGate {
  whenFree(write: () => void): void;
  wrote(): void;
}

/**
 * The durable half of the Direct Line channel: each conversation's append-only activity log.
 * The watermark a client holds is the sequence number of the last activity it has seen, so after a
 * restart the log alone answers "what did I miss".
 */
export class ConversationStore {
  private readonly statements;
  private readonly writeBatch;
  private lastTimestamp = 0;
  /** Each conversation's owner and last sequence number, read from the database once and then kept here. */
  private readonly logs = new Map<string, LogState>();
  private pendingRows: PendingRow[] = [];
  private readonly pendingTouches = new Map<string, number>();
  private readonly scheduleFlush = onceAtEndOfTurn(() => (this.checkpoints ? this.checkpoints.whenFree(() => this.flush()) : this.flush()));

  /**
   * `onWriteError` hears about a batch that could not be written; its rows stay queued for the next
   * attempt, since the activities in it have already been sent to the client. With `checkpoints`,
   * batches wait while the WAL is being checkpointed, and report each write.
   */
  constructor(db: Db, private readonly now: () => number = Date.now,
    private readonly onWriteError: (error: Error) => void = () => undefined,
    private readonly checkpoints?: CheckpointGate) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS conversations (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        last_active INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS conversations_by_last_active ON conversations (last_active);
    `);
    upgradeActivityTable(db);
    db.exec(ACTIVITY_TABLE);
    this.statements = {
      insertConversation: db.prepare(
        'INSERT INTO conversations (id, user_id, created_at, last_active) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING'),
      getConversation: db.prepare<[string], { id: string; user_id: string }>('SELECT id, user_id FROM conversations WHERE id = ?'),
      touch: db.prepare('UPDATE conversations SET last_active = ? WHERE id = ?'),
      insertActivity: db.prepare('INSERT INTO activities (conversation_id, seq, body) VALUES (?, ?, ?)'),
      activitiesAfter: db.prepare<[string, number, number], { seq: number; body: string }>(
        'SELECT seq, body FROM activities WHERE conversation_id = ? AND seq > ? ORDER BY seq LIMIT ?'),
      lastSeq: db.prepare<[string], { seq: number }>('SELECT COALESCE(MAX(seq), 0) AS seq FROM activities WHERE conversation_id = ?'),
      expire: db.prepare('DELETE FROM conversations WHERE last_active < ?'),
    };
    // Built once: better-sqlite3 wraps the function on every db.transaction() call.
    this.writeBatch = db.transaction((rows: PendingRow[], touches: Map<string, number>) => {
      for (const [conversationId, seq, body] of rows) this.statements.insertActivity.run(conversationId, seq, body);
      for (const [conversationId, at] of touches) this.statements.touch.run(at, conversationId);
    });
  }

  /** Creates the conversation; false when it already existed (Direct Line answers 200 instead of 201). */
  create(conversation: Conversation): boolean {
    const at = this.now();
    const created = this.statements.insertConversation.run(conversation.id, conversation.userId, at, at).changes === 1;
    if (created) this.logs.set(conversation.id, { userId: conversation.userId, lastSeq: 0, touchedAt: at });
    return created;
  }

  get(id: string): Conversation | undefined {
    const log = this.log(id);
    return log && { id, userId: log.userId };
  }

  /**
   * Appends one activity with its id, timestamp and sequence number. Timestamps strictly increase
   * because Web Chat orders by them and a bot reply can land in the same millisecond as the message it
   * answers. One process owns the database, so the sequence is counted here.
   *
   * Rows are written in one transaction per turn of the event loop (group commit): a commit costs
   * about as much as the rows in it, so a busy server writes several conversations' activities for the
   * price of one. A crash can lose only the activities not yet written: those of the last turn, or
   * of the few milliseconds a WAL checkpoint holds the batch; synchronous=NORMAL could lose the last
   * commits on a power cut anyway. `last_active` joins the batch at most once an hour.
   */
  append(conversationId: string, activity: Record<string, unknown> & { type: string }): Appended {
    const log = this.log(conversationId);
    if (!log) throw new Error('append to a conversation that does not exist');
    const seq = log.lastSeq + 1;
    const stored: WireActivity = {
      ...activity,
      id: activityId(conversationId, seq),
      timestamp: new Date(this.nextTimestamp()).toISOString(),
    };
    const json = JSON.stringify(stored);
    this.pendingRows.push([conversationId, seq, json]);
    const at = this.now();
    if (at - log.touchedAt >= TOUCH_EVERY_MS) {
      this.pendingTouches.set(conversationId, at);
      log.touchedAt = at;
    }
    log.lastSeq = seq;
    this.scheduleFlush();
    return { activity: stored, seq, json };
  }

  /** Writes what `append` has queued; reads and shutdown call it so they never miss a row. */
  flush(): void {
    if (this.pendingRows.length === 0 && this.pendingTouches.size === 0) return;
    const rows = this.pendingRows;
    this.pendingRows = [];
    try {
      this.writeBatch(rows, this.pendingTouches);
      this.pendingTouches.clear();
      this.checkpoints?.wrote();
    } catch (error) {
      this.pendingRows = rows.concat(this.pendingRows);
      this.onWriteError(error as Error);
    }
  }

  /** Activities after `watermark` (all when it is 0), at most `limit`, with the watermark to ask from next. */
  after(conversationId: string, watermark: number, limit = 500): { activities: WireActivity[]; watermark: number } {
    this.flush();
    const rows = this.statements.activitiesAfter.all(conversationId, watermark, limit);
    const last = rows.at(-1);
    return {
      activities: rows.map((r) => JSON.parse(r.body) as WireActivity),
      watermark: last ? last.seq : Math.min(watermark, this.lastSeq(conversationId)),
    };
  }

  lastSeq(conversationId: string): number {
    return this.log(conversationId)?.lastSeq ?? 0;
  }

  /** Forgets conversations nobody has written to for `idleDays`, with everything said in them. */
  expireIdle(idleDays: number): number {
    this.flush();
    const expired = this.statements.expire.run(this.now() - idleDays * DAY_MS).changes;
    // Forgotten conversations must not live on here; the rest are read back from the log when next used.
    if (expired > 0) this.logs.clear();
    return expired;
  }

  private log(conversationId: string): LogState | undefined {
    let log = this.logs.get(conversationId);
    if (!log) {
      const row = this.statements.getConversation.get(conversationId);
      if (!row) return undefined;
      // touchedAt 0: the first append after a restart brings last_active up to date.
      log = { userId: row.user_id, lastSeq: this.statements.lastSeq.get(conversationId)?.seq ?? 0, touchedAt: 0 };
      this.logs.set(conversationId, log);
    }
    return log;
  }

  private nextTimestamp(): number {
    this.lastTimestamp = Math.max(this.now(), this.lastTimestamp + 1);
    return this.lastTimestamp;
  }
}

/**
 * A rowid table, although the key is (conversation, seq): SQLite keeps a WITHOUT ROWID table's rows
 * inside its key's b-tree, which suits rows of a few dozen bytes, and an answer with its citations is
 * kilobytes. As a rowid table the same inserts cost about half as much.
 */
const ACTIVITY_TABLE = `CREATE TABLE IF NOT EXISTS activities (
  conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (conversation_id, seq)
)`;

/** Moves a log written by an earlier version, which kept activities WITHOUT ROWID, into the current table. */
function upgradeActivityTable(db: Db): void {
  const existing = db.prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'activities'").get();
  if (!existing?.sql.includes('WITHOUT ROWID')) return;
  db.transaction(() => {
    db.exec('ALTER TABLE activities RENAME TO activities_without_rowid');
    db.exec(ACTIVITY_TABLE);
    db.exec('INSERT INTO activities (conversation_id, seq, body) SELECT conversation_id, seq, body FROM activities_without_rowid');
    db.exec('DROP TABLE activities_without_rowid');
  })();
}

export function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}
