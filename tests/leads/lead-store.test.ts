import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LeadStore } from '../../server/leads/lead-store.js';
import { openDatabase } from '../../server/storage/database.js';

const dir = mkdtempSync(join(tmpdir(), 'annulus-leads-'));
const db = openDatabase(dir);
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const DAY = 24 * 60 * 60 * 1000;

describe('lead retention', () => {
  it('deletes leads older than the retention period, with their notices, and keeps newer ones', () => {
    let now = Date.UTC(2026, 0, 1);
    const store = new LeadStore(db, () => now);
    const lead = (name: string) => store.create({
      name, phone: '01632 960 010', consentText: 'fixture consent', consentVersion: 'v', consentAt: new Date(now),
      afterHours: false, conversationId: 'c',
    }, ['webhook']);
    const old = lead('Old Fixture');
    now += 60 * DAY;
    const recent = lead('Recent Fixture');
    now += 31 * DAY;
    expect(store.purgeOlderThan(90)).toBe(1);
    expect(store.list().map((l) => l.id)).toEqual([recent.id]);
    expect(store.get(old.id)).toBeUndefined();
    expect(db.prepare('SELECT COUNT(*) AS n FROM outbox WHERE lead_id = ?').get(old.id)).toEqual({ n: 0 });
  });
});
