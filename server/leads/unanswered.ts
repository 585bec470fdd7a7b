import type { Db } from '../storage/database.js';

export interface UnansweredQuestion {
  question: string;
  outcome: 'fallback' | 'clarify';
  count: number;
  lastAskedAt: string;
}

const MAX_QUESTION_CHARS = 300;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Questions the bot could not answer with confidence, grouped by their wording and counted, so
 * content authors see which entries to write next.
 */
export class UnansweredQuestions {
  private readonly statements;

  constructor(db: Db, private readonly now: () => number = Date.now) {
    db.exec(`CREATE TABLE IF NOT EXISTS unanswered_questions (
      question TEXT NOT NULL,
      outcome TEXT NOT NULL,
      count INTEGER NOT NULL,
      last_asked_at INTEGER NOT NULL,
      PRIMARY KEY (question, outcome)
    )`);
    this.statements = {
      record: db.prepare(`INSERT INTO unanswered_questions (question, outcome, count, last_asked_at) VALUES (?, ?, 1, ?)
        ON CONFLICT (question, outcome) DO UPDATE SET count = count + 1, last_asked_at = excluded.last_asked_at`),
      list: db.prepare<[], { question: string; outcome: 'fallback' | 'clarify'; count: number; last_asked_at: number }>(
        'SELECT question, outcome, count, last_asked_at FROM unanswered_questions ORDER BY count DESC, last_asked_at DESC LIMIT 500'),
      purge: db.prepare('DELETE FROM unanswered_questions WHERE last_asked_at < ?'),
    };
  }

  record(question: string, outcome: 'fallback' | 'clarify'): void {
    const grouped = question.toLowerCase().replace(/[\p{Cc}\p{Cf}]+/gu, ' ').replace(/[?!.\s]+$/u, '').replace(/\s+/g, ' ').trim();
    if (grouped === '') return;
    this.statements.record.run([...grouped].slice(0, MAX_QUESTION_CHARS).join(''), outcome, this.now());
  }

  /** Most asked first. */
  list(): UnansweredQuestion[] {
    return this.statements.list.all().map((r) => ({
      question: r.question, outcome: r.outcome, count: r.count, lastAskedAt: new Date(r.last_asked_at).toISOString(),
    }));
  }

  purgeOlderThan(days: number): void {
    this.statements.purge.run(this.now() - days * DAY_MS);
  }
}
