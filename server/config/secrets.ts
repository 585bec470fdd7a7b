import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const storedSecrets = z.object({ directLineSecret: z.string().min(32) }).loose();
type StoredSecrets = z.infer<typeof storedSecrets>;

/**
 * Secrets the clinic did not set are generated once and kept in DATA_DIR, readable only by the
 * server's user, so a restart keeps every issued token valid and never prints them.
 */
export function loadOrCreateSecrets(dataDir: string): StoredSecrets {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) {
    const parsed = storedSecrets.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) return parsed.data;
    throw new Error(`${file} is damaged: delete it to generate new secrets (issued tokens stop working)`);
  }
  const secrets = { directLineSecret: randomBytes(32).toString('base64url') };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600, flag: 'wx' });
  return secrets;
}
