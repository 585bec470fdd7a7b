import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/storage/database.js';
import { WalCheckpointer } from '../../server/storage/wal-checkpointer.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const MB = 1024 * 1024;
const ROW = 'x'.repeat(3000);

describe('the WAL checkpointer', () => {
  it('lets the server append without end while the WAL stays small and the database receives every row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'annulus-wal-'));
    dirs.push(dir);
    const db = openDatabase(dir);
    const errors: string[] = [];
    const checkpointer = await WalCheckpointer.start(db, (message) => errors.push(message));
    if (!checkpointer) throw new Error('the checkpointer did not start');
    db.exec('CREATE TABLE notes (body TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO notes (body) VALUES (?)');
    const batch = db.transaction(() => {
      for (let i = 0; i < 5; i++) insert.run(ROW);
    });
    // About 30 MB at a busy server's pace, some 10 MB a second, the writes never pausing for long.
    let written = 0;
    let largestWal = 0;
    while (written < 2_000) {
      await new Promise<void>((resolve) => checkpointer.whenFree(() => {
        batch();
        checkpointer.wrote();
        resolve();
      }));
      written += 1;
      largestWal = Math.max(largestWal, statSync(join(dir, 'annulus.sqlite-wal')).size);
      await sleep(1);
    }
    // Had the WAL never started over, it would hold all 30 MB.
    expect(largestWal).toBeLessThan(12 * MB);
    await checkpointer.stop();
    expect(statSync(join(dir, 'annulus.sqlite')).size).toBeGreaterThan(25 * MB);
    db.close();
    expect(errors).toEqual([]);
    const reopened = openDatabase(dir);
    expect(reopened.prepare('SELECT COUNT(*) AS n FROM notes').get()).toEqual({ n: 10_000 });
    reopened.close();
  });
});
