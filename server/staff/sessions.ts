import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../storage/database.js';

export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

/** Only a token's hash is stored, so a copy of the database cannot be used to sign in. */
function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Staff sign-ins, in SQLite so a restart does not sign everyone out. */
export class StaffSessions {
  private readonly statements;

  constructor(db: Db, private readonly now: () => number = Date.now) {
    db.exec(`CREATE TABLE IF NOT EXISTS staff_sessions (
      token_hash TEXT PRIMARY KEY,
      expires_at INTEGER NOT NULL
    )`);
    this.statements = {
      insert: db.prepare('INSERT INTO staff_sessions (token_hash, expires_at) VALUES (?, ?)'),
      find: db.prepare<[string, number], { one: number }>('SELECT 1 AS one FROM staff_sessions WHERE token_hash = ? AND expires_at > ?'),
      remove: db.prepare('DELETE FROM staff_sessions WHERE token_hash = ?'),
      expire: db.prepare('DELETE FROM staff_sessions WHERE expires_at <= ?'),
    };
  }

  /** Starts a session; the token is returned once, for the cookie. */
  create(): string {
    const token = randomBytes(32).toString('base64url');
    const at = this.now();
    // Sign-ins are rare, so this is a cheap moment to forget the sessions nobody ended.
    this.statements.expire.run(at);
    this.statements.insert.run(digest(token), at + SESSION_LIFETIME_MS);
    return token;
  }

  isValid(token: string): boolean {
    return this.statements.find.get(digest(token), this.now()) !== undefined;
  }

  end(token: string): void {
    this.statements.remove.run(digest(token));
  }
}
