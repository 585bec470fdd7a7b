import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { readConfig } from '../../server/config/env.js';
import { createServer, type AnnulusServer } from '../../server/http/app.js';
import { createLogger } from '../../server/http/logger.js';

/** A fixture secret: long enough for the config check, never used outside tests. */
export const TEST_SECRET = 'test-secret-0123456789-abcdefghijklmnopqrstuvwxyz';

export interface RunningServer {
  url: string;
  server: AnnulusServer;
  dataDir: string;
  /** Every line the server logged, for privacy checks. */
  logs: string[];
  stop(): Promise<void>;
  /** Stops and removes the data directory. */
  dispose(): Promise<void>;
}

/**
 * A real server on an ephemeral loopback port with its own data directory. `env` overrides the
 * defaults; pass the `dataDir` of an earlier run to restart on the same storage.
 */
export async function startServer(env: Record<string, string> = {}, dataDir?: string): Promise<RunningServer> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'annulus-test-'));
  const logs: string[] = [];
  const sink = new Writable({ write(chunk, _encoding, done) { logs.push(String(chunk)); done(); } });
  const config = readConfig({ PORT: '0', DATA_DIR: dir, KB_DIR: 'knowledge', DIRECT_LINE_SECRET: TEST_SECRET, LOG_LEVEL: 'info', ...env });
  const server = await createServer(config, { logger: createLogger(config.logLevel, sink) });
  const url = await server.listen();
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await server.close();
  };
  return { url, server, dataDir: dir, logs, stop, dispose: async () => { await stop(); rmSync(dir, { recursive: true, force: true }); } };
}
