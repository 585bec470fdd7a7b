import { timingSafeEqual } from 'node:crypto';
import { HttpError } from '../http/errors.js';
import type { Conversation, ConversationStore } from './conversation-store.js';
import type { TokenIssuer } from './tokens.js';

/** Who is calling: the clinic's backend with the secret, or one patient's page with a token. */
export type Caller =
  | { kind: 'secret' }
  | { kind: 'token'; token: string; expiresIn: number; conversationId: string; userId: string };

function sameSecret(given: string, secret: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function identify(credential: string, secret: string, tokens: TokenIssuer): Promise<Caller> {
  if (sameSecret(credential, secret)) return { kind: 'secret' };
  const check = await tokens.check(credential);
  if (check.ok) return { kind: 'token', token: credential, expiresIn: check.expiresIn, ...check.claims };
  throw check.reason === 'expired'
    ? new HttpError(403, 'TokenExpired', 'The token has expired: get a new one.')
    : new HttpError(403, 'InvalidToken', 'The token is not valid.');
}

export async function callerFromHeader(header: string | undefined, secret: string, tokens: TokenIssuer): Promise<Caller> {
  if (header === undefined) throw new HttpError(401, 'MissingAuthorization', 'Send "Authorization: Bearer" with a secret or token.');
  const bearer = /^Bearer\s+(\S+)$/i.exec(header);
  if (!bearer) throw new HttpError(401, 'BadAuthorization', 'The Authorization header must be "Bearer <secret or token>".');
  return identify(bearer[1] as string, secret, tokens);
}

/** A token opens only its own conversation; the secret opens any. */
export function openConversation(caller: Caller, conversationId: string, store: ConversationStore): Conversation {
  if (caller.kind === 'token' && caller.conversationId !== conversationId) {
    throw new HttpError(403, 'NotAllowed', 'This token belongs to another conversation.');
  }
  const conversation = store.get(conversationId);
  if (!conversation) throw new HttpError(404, 'NotFound', 'There is no such conversation, or it has expired.');
  return conversation;
}
