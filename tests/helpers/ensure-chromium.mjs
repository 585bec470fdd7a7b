// Browser tests need Debian's Chromium. Installs it with apt when it is missing and we are root;
// otherwise stops with the command that would. Nothing can download a browser of its own here.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  if (process.getuid?.() !== 0) {
    console.error(`Chromium is missing (${chromium}). Install it with: sudo apt-get install -y chromium`);
    process.exit(1);
  }
  console.log('Chromium is missing: installing it with apt-get (about half a minute).');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}
