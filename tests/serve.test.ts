import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { annulus } from './helpers/cli.js';

const dataDir = mkdtempSync(join(tmpdir(), 'annulus-serve-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('annulus serve', () => {
  it('refuses a bad setting with a message that names it, before starting', async () => {
    const run = await annulus(['serve'], { PORT: 'eighty', ALLOWED_ORIGINS: 'not a url', DATA_DIR: dataDir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/PORT/);
    expect(run.stderr).toMatch(/"not a url" is not an http\(s\) origin/);
  });

  it('prints the demo URL, keeps a generated secret private, and on SIGTERM closes sockets with "going away"', async () => {
    const child = spawn(process.execPath, ['bin/annulus.js', 'serve'], { env: { ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn' } });
    let stdout = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
        const match = /Demo page: (http:\/\/\S+?)\/\n/.exec(stdout);
        if (match) resolve(match[1] as string);
      });
      child.once('exit', () => reject(new Error(`exited early: ${stdout}`)));
    });
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<annulus-chat');

    const secretFile = join(dataDir, 'secrets.json');
    expect(statSync(secretFile).mode & 0o077).toBe(0);
    const { directLineSecret } = JSON.parse(readFileSync(secretFile, 'utf8'));
    expect(stdout).not.toContain(directLineSecret);
    const started = (await (await fetch(`${url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${directLineSecret}` } })).json()) as { streamUrl: string };
    const socket = new WebSocket(started.streamUrl);
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = new Promise<number>((resolve) => socket.once('close', resolve));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await closed).toBe(1001);
    expect(await exited).toBe(0);
  });
});
