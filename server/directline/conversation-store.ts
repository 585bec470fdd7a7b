import type { Db } from '../storage/database.js';

/** An activity as it travels on the wire: plain JSON, never an SDK object. */
export type WireActivity = Record<string, unknown> & { id: string; type: string; timestamp: string };

export interface Conversation {
  id: string;
  userId: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The durable half of the Direct Line channel: each conversation's append-only activity log.
 * The watermark a client holds is the sequence number of the last activity it has seen, so after a
 * restart the log alone answers "what did I miss".
 */
export class ConversationStore {
  private readonly statements;
  private readonly appendInTransaction;
  private lastTimestamp = 0;

  constructor(private readonly db: Db, private readonly now: () => number = Date.now) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS conversations (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        last_active INTEGER NOT NULL,
        next_seq INTEGER NOT NULL DEFAULT 1
      );
      CREATE INDEX IF NOT EXISTS conversations_by_last_active ON conversations (last_active);
      CREATE TABLE IF NOT EXISTS activities (
        conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        body TEXT NOT NULL,
        PRIMARY KEY (conversation_id, seq)
      ) WITHOUT ROWID;
    `);
    this.statements = {
      insertConversation: db.prepare(
        'INSERT INTO conversations (id, user_id, created_at, last_active) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING'),
      getConversation: db.prepare<[string], { id: string; user_id: string }>('SELECT id, user_id FROM conversations WHERE id = ?'),
      claimSeq: db.prepare<[number, string], { seq: number }>(
        'UPDATE conversations SET next_seq = next_seq + 1, last_active = ? WHERE id = ? RETURNING next_seq - 1 AS seq'),
      insertActivity: db.prepare('INSERT INTO activities (conversation_id, seq, body) VALUES (?, ?, ?)'),
      activitiesAfter: db.prepare<[string, number, number], { seq: number; body: string }>(
        'SELECT seq, body FROM activities WHERE conversation_id = ? AND seq > ? ORDER BY seq LIMIT ?'),
      lastSeq: db.prepare<[string], { seq: number }>('SELECT next_seq - 1 AS seq FROM conversations WHERE id = ?'),
      expire: db.prepare('DELETE FROM conversations WHERE last_active < ?'),
    };
    // Built once: better-sqlite3 wraps the function on every db.transaction() call.
    this.appendInTransaction = db.transaction((conversationId: string, activity: Record<string, unknown> & { type: string }) => {
      const claimed = this.statements.claimSeq.get(this.now(), conversationId);
      if (!claimed) throw new Error('append to a conversation that does not exist');
      const stored: WireActivity = {
        ...activity,
        id: activityId(conversationId, claimed.seq),
        timestamp: new Date(this.nextTimestamp()).toISOString(),
      };
      this.statements.insertActivity.run(conversationId, claimed.seq, JSON.stringify(stored));
      return { activity: stored, seq: claimed.seq };
    });
  }

  /** Creates the conversation; false when it already existed (Direct Line answers 200 instead of 201). */
  create(conversation: Conversation): boolean {
    const at = this.now();
    return this.statements.insertConversation.run(conversation.id, conversation.userId, at, at).changes === 1;
  }

  get(id: string): Conversation | undefined {
    const row = this.statements.getConversation.get(id);
    return row && { id: row.id, userId: row.user_id };
  }

  /**
   * Appends one activity, giving it its id, timestamp and sequence number in the same transaction.
   * Timestamps strictly increase because Web Chat orders by them and a bot reply can land in the same
   * millisecond as the message it answers.
   */
  append(conversationId: string, activity: Record<string, unknown> & { type: string }): { activity: WireActivity; seq: number } {
    return this.appendInTransaction(conversationId, activity);
  }

  /** Activities after `watermark` (all when it is 0), at most `limit`, with the watermark to ask from next. */
  after(conversationId: string, watermark: number, limit = 500): { activities: WireActivity[]; watermark: number } {
    const rows = this.statements.activitiesAfter.all(conversationId, watermark, limit);
    const last = rows.at(-1);
    return {
      activities: rows.map((r) => JSON.parse(r.body) as WireActivity),
      watermark: last ? last.seq : Math.min(watermark, this.lastSeq(conversationId)),
    };
  }

  lastSeq(conversationId: string): number {
    return this.statements.lastSeq.get(conversationId)?.seq ?? 0;
  }

  /** Forgets conversations nobody has written to for `idleDays`, with everything said in them. */
  expireIdle(idleDays: number): number {
    return this.statements.expire.run(this.now() - idleDays * DAY_MS).changes;
  }

  private nextTimestamp(): number {
    this.lastTimestamp = Math.max(this.now(), this.lastTimestamp + 1);
    return this.lastTimestamp;
  }
}

export function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}
