import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built `annulus` command as a user would, in its own process. */
export function annulus(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/annulus.js', ...args], { env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}

/** A private copy of the shipped knowledge folder that a test may break. */
export function copyOfKnowledge(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'annulus-kb-')), 'knowledge');
  cpSync('knowledge', dir, { recursive: true });
  return dir;
}
