/**
 * One server under test in its own process, so the bench client's CPU and memory never count
 * against it: `node --expose-gc dist/bench/server-process.js annulus|floor`, forked with IPC and
 * DIRECT_LINE_SECRET in its environment. It sends `{url}` once listening, answers 'heap' with
 * `{heapUsed}` after a full collection, 'rss' with `{rss}` as it stands, and exits on 'close'.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../server/config/env.js';
import { createServer } from '../server/http/app.js';
import { startFloorServer, type RunningServer } from './floor-server.js';

async function startAnnulus(): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'annulus-bench-'));
  const server = await createServer(readConfig({
    PORT: '0', DATA_DIR: dataDir, KB_DIR: process.env.KB_DIR ?? 'knowledge', DIRECT_LINE_SECRET: process.env.DIRECT_LINE_SECRET,
    RATE_LIMIT: 'off', LOG_LEVEL: 'warn',
  }));
  return {
    url: await server.listen(),
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

if (process.send) {
  const send = process.send.bind(process);
  const running = process.argv[2] === 'floor' ? await startFloorServer() : await startAnnulus();
  process.on('message', (message) => {
    if (message === 'heap') {
      // Twice: the first pass can leave objects that only a second one frees (weak maps, finalizers).
      gc?.();
      gc?.();
      send({ heapUsed: process.memoryUsage().heapUsed });
    } else if (message === 'rss') {
      send({ rss: process.memoryUsage().rss });
    } else if (message === 'close') {
      void running.close().then(() => process.exit(0));
    }
  });
  send({ url: running.url });
}
