import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConversationStore } from '../../server/directline/conversation-store.js';
import { openDatabase, type Db } from '../../server/storage/database.js';

const DAY = 24 * 60 * 60 * 1000;
const dirs: string[] = [];
const dbs: Db[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function storage() {
  const dir = mkdtempSync(join(tmpdir(), 'annulus-log-'));
  dirs.push(dir);
  let now = Date.UTC(2026, 0, 5, 9);
  const open = () => {
    const db = openDatabase(dir);
    dbs.push(db);
    return new ConversationStore(db, () => now);
  };
  return { open, advance: (ms: number) => (now += ms) };
}

describe('the conversation log', () => {
  it('keeps a conversation that is still being written to, and forgets it after the idle days', () => {
    const { open, advance } = storage();
    const store = open();
    store.create({ id: 'c1', userId: 'u1' });
    store.append('c1', { type: 'message', text: 'first' });
    advance(6 * DAY);
    store.append('c1', { type: 'message', text: 'six days later' });
    advance(2 * DAY);
    expect(store.expireIdle(7)).toBe(0);
    expect(store.after('c1', 0).activities).toHaveLength(2);
    advance(6 * DAY);
    expect(store.expireIdle(7)).toBe(1);
    expect(store.get('c1')).toBeUndefined();
    expect(() => store.append('c1', { type: 'message' })).toThrow(/does not exist/);
  });

  it('goes on numbering after a restart, so watermarks stay valid', () => {
    const { open } = storage();
    const before = open();
    before.create({ id: 'c1', userId: 'u1' });
    for (const text of ['one', 'two', 'three']) before.append('c1', { type: 'message', text });
    before.flush(); // what the server's shutdown does
    const after = open();
    expect(after.lastSeq('c1')).toBe(3);
    const { seq, activity } = after.append('c1', { type: 'message', text: 'four' });
    expect(seq).toBe(4);
    expect(activity.id).toBe('c1|0000004');
    expect(after.after('c1', 3).activities.map((a) => a.text)).toEqual(['four']);
  });

  it("writes a turn's activities by the next turn of the event loop, without being asked", async () => {
    const { open } = storage();
    const writer = open();
    writer.create({ id: 'c1', userId: 'u1' });
    writer.append('c1', { type: 'message', text: 'asked' });
    writer.append('c1', { type: 'message', text: 'answered' });
    await new Promise((resolve) => setImmediate(resolve));
    // A second connection sees only what is committed, as a restarted server would.
    const reader = open();
    expect(reader.after('c1', 0).activities.map((a) => a.text)).toEqual(['asked', 'answered']);
  });

  it('keeps the conversations of a log written by an earlier version, and goes on with them', () => {
    const { open } = storage();
    const dir = dirs.at(-1)!;
    const old = openDatabase(dir);
    old.exec(`
      CREATE TABLE conversations (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, created_at INTEGER NOT NULL, last_active INTEGER NOT NULL);
      CREATE TABLE activities (conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY (conversation_id, seq)) WITHOUT ROWID;
      INSERT INTO conversations VALUES ('c1', 'u1', 0, 0);
      INSERT INTO activities VALUES ('c1', 1, '{"id":"c1|0000001","type":"message","text":"before the upgrade","timestamp":"2026-01-05T09:00:00.000Z"}');
    `);
    old.close();
    const store = open();
    expect(store.get('c1')).toEqual({ id: 'c1', userId: 'u1' });
    expect(store.append('c1', { type: 'message', text: 'after it' }).seq).toBe(2);
    expect(store.after('c1', 0).activities.map((a) => a.text)).toEqual(['before the upgrade', 'after it']);
  });
});
