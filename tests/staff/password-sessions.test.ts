import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadStaffPassword } from '../../server/staff/password.js';
import { StaffSessions } from '../../server/staff/sessions.js';
import { openDatabase } from '../../server/storage/database.js';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'annulus-staff-')); });
afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

describe('staff password', () => {
  it('is generated once, shown once, and kept only as an scrypt hash readable by the owner', async () => {
    const first = loadStaffPassword(dir);
    expect(first.generated).toMatch(/^[\w-]{20}$/);
    const file = join(dir, 'staff-password.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const stored = readFileSync(file, 'utf8');
    expect(stored).not.toContain(first.generated);
    expect(JSON.parse(stored)).toMatchObject({ algorithm: 'scrypt', N: 32768, r: 8, p: 1, keyLength: 32 });

    const restarted = loadStaffPassword(dir);
    expect(restarted.generated).toBeUndefined();
    expect(await restarted.verify(first.generated as string)).toBe(true);
    expect(await restarted.verify(`${first.generated}x`)).toBe(false);
    expect(await restarted.verify('')).toBe(false);
  });

  it('uses STAFF_PASSWORD without writing anything', async () => {
    const password = loadStaffPassword(dir, 'fixture-password-123');
    expect(password.generated).toBeUndefined();
    expect(existsSync(join(dir, 'staff-password.json'))).toBe(false);
    expect(await password.verify('fixture-password-123')).toBe(true);
    expect(await password.verify('fixture-password-124')).toBe(false);
  });

  it('refuses to start on a damaged hash file rather than let anyone in', () => {
    writeFileSync(join(dir, 'staff-password.json'), '{"algorithm":"plain"}');
    expect(() => loadStaffPassword(dir)).toThrow(/damaged/);
  });
});

describe('staff sessions', () => {
  it('last 12 hours, survive a restart, end on sign-out, and store no token', () => {
    let now = 0;
    const db = openDatabase(dir);
    const sessions = new StaffSessions(db, () => now);
    const token = sessions.create();
    const other = sessions.create();
    expect(sessions.isValid(token)).toBe(true);
    expect(JSON.stringify(db.prepare('SELECT * FROM staff_sessions').all())).not.toContain(token);

    expect(new StaffSessions(db, () => now).isValid(token)).toBe(true);
    sessions.end(token);
    expect(sessions.isValid(token)).toBe(false);
    expect(sessions.isValid(other)).toBe(true);

    now = 12 * 60 * 60 * 1000;
    expect(sessions.isValid(other)).toBe(false);
    db.close();
  });
});
