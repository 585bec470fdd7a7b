import { once } from 'node:events';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from './database.js';

/** How often, at most, the WAL is copied into the database while writes keep coming. */
const CHECKPOINT_EVERY_MS = 200;
/**
 * The server's own connection still checkpoints once the WAL reaches this many pages (SQLite's
 * default is 1,000): a backstop for writes that never ask for a checkpoint, and for a worker that
 * has stopped.
 */
const BACKSTOP_PAGES = 10_000;
/** A WAL that grew under a burst is cut back to this once it starts over, so disk use settles. */
const WAL_SIZE_LIMIT_BYTES = 16 * 1024 * 1024;

/**
 * Inline rather than a file of its own: the compiled server and the tests, which run the TypeScript
 * sources, both start it, and Node 20 cannot start a worker from a .ts file.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
parentPort.on('message', (message) => {
  if (message === 'stop') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ ok: true });
  } catch (error) {
    parentPort.postMessage({ ok: false, error: error.message });
  }
});
`;

/**
 * Moves SQLite's WAL checkpoints off the server's thread. By default the connection that commits
 * also copies the WAL into the database, and waits for the disk, every thousand pages; under load
 * that was about two fifths of what each write cost the event loop. Here a second connection in a
 * worker thread does it.
 *
 * The WAL can only start over from its beginning when a write finds all of it copied, so a writer
 * that can wait (the conversation log's group commit) holds its rows while a checkpoint runs
 * (`whenFree`): without that, a steady stream of writes would keep the WAL growing for as long as
 * it lasted. Writers that do not wait are still safe; their frames are copied next time.
 */
export class WalCheckpointer {
  private running = false;
  private lastStarted = 0;
  private waiting: (() => void)[] = [];
  private stopping = false;

  private constructor(private readonly worker: Worker, onError: (message: string) => void) {
    worker.on('message', (result: { ok: boolean; error?: string }) => {
      if (!result.ok) onError(`WAL checkpoint failed: ${result.error}`);
      this.finished();
    });
    worker.on('error', (error) => onError(`WAL checkpointer failed: ${error.message}`));
    worker.on('exit', () => {
      if (!this.stopping) onError('WAL checkpointer stopped; the server checkpoints for itself');
      this.stopping = true;
      this.finished();
    });
  }

  /** Starts the worker; without one (it could not start) the connection checkpoints for itself, as SQLite does by default. */
  static async start(db: Db, onError: (message: string) => void): Promise<WalCheckpointer | undefined> {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { driver: createRequire(import.meta.url).resolve('better-sqlite3'), file: db.name },
    });
    const started = await new Promise<boolean>((resolve) => {
      worker.once('online', () => resolve(true));
      worker.once('exit', () => resolve(false));
    });
    if (!started) return undefined;
    // Never what keeps a process alive once started: a server that failed half-way through starting must still exit.
    worker.unref();
    db.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
    db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
    return new WalCheckpointer(worker, onError);
  }

  /** Runs `write` now, or as soon as the checkpoint in progress ends. */
  whenFree(write: () => void): void {
    if (this.running) this.waiting.push(write);
    else write();
  }

  /** Tells the checkpointer the WAL has grown; it copies it at most every CHECKPOINT_EVERY_MS. */
  wrote(): void {
    if (this.running || this.stopping) return;
    const now = Date.now();
    if (now - this.lastStarted < CHECKPOINT_EVERY_MS) return;
    this.lastStarted = now;
    this.running = true;
    this.worker.postMessage('checkpoint');
  }

  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    const exited = once(this.worker, 'exit');
    // Held until it has closed its connection: shutdown awaits this, and an unref'd worker would let the process end first.
    this.worker.ref();
    this.worker.postMessage('stop');
    await exited;
    this.finished();
  }

  private finished(): void {
    this.running = false;
    const waiting = this.waiting;
    this.waiting = [];
    for (const write of waiting) write();
  }
}
