import { z } from 'zod';
import type { Db } from '../storage/database.js';

export const FLOW_STEPS = ['name', 'contact', 'reason', 'time', 'consent'] as const;
export type FlowStep = (typeof FLOW_STEPS)[number];

const flowState = z.object({
  step: z.enum(FLOW_STEPS),
  name: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
  reason: z.string().optional(),
  preferredTime: z.string().optional(),
});
export type FlowState = z.infer<typeof flowState>;

/**
 * Where each conversation stands in the call-back flow, in SQLite, so a restart halfway through
 * resumes at the same question. Rows go when the flow ends or the conversation goes idle.
 */
export class FlowStateStore {
  private readonly statements;
  /** Conversations with a row: most messages come from none, and need no query to say so. */
  private readonly inFlow = new Set<string>();

  constructor(db: Db, private readonly now: () => number = Date.now) {
    db.exec(`CREATE TABLE IF NOT EXISTS lead_flows (
      conversation_id TEXT PRIMARY KEY,
      state TEXT NOT NULL,
      updated_at INTEGER NOT NULL
    )`);
    this.statements = {
      get: db.prepare<[string], { state: string }>('SELECT state FROM lead_flows WHERE conversation_id = ?'),
      put: db.prepare(`INSERT INTO lead_flows (conversation_id, state, updated_at) VALUES (?, ?, ?)
        ON CONFLICT (conversation_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`),
      remove: db.prepare('DELETE FROM lead_flows WHERE conversation_id = ?'),
      expire: db.prepare('DELETE FROM lead_flows WHERE updated_at < ?'),
      all: db.prepare<[], { conversation_id: string }>('SELECT conversation_id FROM lead_flows'),
    };
    this.loadInFlow();
  }

  get(conversationId: string): FlowState | undefined {
    if (!this.inFlow.has(conversationId)) return undefined;
    const row = this.statements.get.get(conversationId);
    if (!row) return undefined;
    const parsed = flowState.safeParse(JSON.parse(row.state));
    return parsed.success ? parsed.data : undefined;
  }

  put(conversationId: string, state: FlowState): void {
    this.statements.put.run(conversationId, JSON.stringify(state), this.now());
    this.inFlow.add(conversationId);
  }

  remove(conversationId: string): void {
    this.statements.remove.run(conversationId);
    this.inFlow.delete(conversationId);
  }

  expireOlderThan(ms: number): void {
    if (this.statements.expire.run(this.now() - ms).changes > 0) this.loadInFlow();
  }

  private loadInFlow(): void {
    this.inFlow.clear();
    for (const row of this.statements.all.all()) this.inFlow.add(row.conversation_id);
  }
}
