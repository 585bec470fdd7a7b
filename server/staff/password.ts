import { randomBytes, scrypt, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export interface StaffPassword {
  verify(password: string): Promise<boolean>;
  /** Set only on the start that generated the password: the one chance to show it to the clinic. */
  generated?: string;
}

const storedHash = z.object({
  algorithm: z.literal('scrypt'),
  N: z.number().int().positive(),
  r: z.number().int().positive(),
  p: z.number().int().positive(),
  keyLength: z.number().int().min(16),
  salt: z.string().min(16),
  hash: z.string().min(16),
});
type StoredHash = z.infer<typeof storedHash>;

// N = 2^15 costs tens of milliseconds per attempt; 128 * N * r bytes is exactly Node's default maxmem, so raise it.
const PARAMS = { N: 2 ** 15, r: 8, p: 1, keyLength: 32 };
const MAX_MEMORY = 64 * 1024 * 1024;

function options(h: Pick<StoredHash, 'N' | 'r' | 'p'>): ScryptOptions {
  return { N: h.N, r: h.r, p: h.p, maxmem: MAX_MEMORY };
}

function hashPassword(password: string): StoredHash {
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, PARAMS.keyLength, options(PARAMS));
  return { algorithm: 'scrypt', ...PARAMS, salt: salt.toString('base64url'), hash: hash.toString('base64url') };
}

function verifier(stored: StoredHash): StaffPassword['verify'] {
  const expected = Buffer.from(stored.hash, 'base64url');
  const salt = Buffer.from(stored.salt, 'base64url');
  return (password) => new Promise((resolve, reject) => {
    // Async so a sign-in attempt never blocks the chat on the event loop.
    scrypt(password, salt, stored.keyLength, options(stored), (error, actual) => {
      if (error) reject(error);
      else resolve(actual.length === expected.length && timingSafeEqual(actual, expected));
    });
  });
}

/**
 * The staff dashboard's password: STAFF_PASSWORD when the clinic set one (hashed in memory only),
 * otherwise generated at first start and returned once; only its scrypt hash is kept, in
 * DATA_DIR/staff-password.json. Deleting that file makes the next start generate a new password.
 */
export function loadStaffPassword(dataDir: string, envPassword?: string): StaffPassword {
  // An empty STAFF_PASSWORD= line in an env file means "not set", never "no password".
  if (envPassword) return { verify: verifier(hashPassword(envPassword)) };
  const file = join(dataDir, 'staff-password.json');
  if (existsSync(file)) {
    const parsed = storedHash.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) return { verify: verifier(parsed.data) };
    throw new Error(`${file} is damaged: delete it to generate a new staff password`);
  }
  const generated = randomBytes(15).toString('base64url');
  const stored = hashPassword(generated);
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600, flag: 'wx' });
  return { verify: verifier(stored), generated };
}
