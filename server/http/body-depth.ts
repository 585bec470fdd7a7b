import type { FastifyInstance } from 'fastify';
import { HttpError } from './errors.js';

/**
 * Far deeper than any activity a Bot Framework client or channel sends (Adaptive Card payloads
 * included), and far shallower than where JSON.stringify runs out of stack: a 64 KB body can nest
 * 32,000 levels, which JSON.parse accepts and the conversation log then failed to store with a 500.
 */
export const MAX_BODY_DEPTH = 64;

/** Iterative, so the check itself cannot run out of stack on the bodies it exists to refuse. */
function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<[unknown, number]> = [[value, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [node, depth] = next;
    if (node === null || typeof node !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Object.values(node)) pending.push([child, depth + 1]);
  }
  return false;
}

/** Refuses, before any route sees it, a parsed body nested deeper than anything downstream can take. */
export function limitBodyDepth(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (nestedDeeperThan(request.body, MAX_BODY_DEPTH)) {
      throw new HttpError(400, 'BadArgument', `The request body is nested more than ${MAX_BODY_DEPTH} levels deep.`);
    }
  });
}
