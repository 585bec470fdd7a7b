import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest, RouteShorthandOptions } from 'fastify';
import { z } from 'zod';
import { Activity } from '@microsoft/agents-activity';
import type { TurnContext } from '@microsoft/agents-hosting';
import { HttpError, parseInput } from '../http/errors.js';
import { CHANNEL_ID, DIRECT_LINE_SERVICE_URL, type DirectLineAdapter } from './adapter.js';
import { callerFromHeader, openConversation, type Caller } from './auth.js';
import type { ConversationStore } from './conversation-store.js';
import type { StreamHub } from './stream-hub.js';
import type { TokenIssuer } from './tokens.js';
import { TurnQueue } from './turn-queue.js';

export interface DirectLineContext {
  store: ConversationStore;
  hub: StreamHub;
  adapter: DirectLineAdapter;
  tokens: TokenIssuer;
  secret: string;
  bot: { id: string; name: string; run: (context: TurnContext) => Promise<void> };
  /** Read per request: with PORT=0 the public address is known only once the server listens. */
  publicUrl: () => string;
  allowedOrigins: () => readonly string[];
  rateLimit: boolean;
}

const userId = z.string().min(1).max(64).regex(/^[\w.:@|-]+$/, 'may hold letters, digits and . : @ | - _ only');
const tokenParameters = z.object({ user: z.object({ id: userId.optional(), name: z.string().max(100).optional() }).loose().optional() })
  .loose().nullish();
const watermarkQuery = z.object({ watermark: z.union([z.literal(''), z.string().regex(/^\d{1,15}$/)]).optional() }).loose();
const conversationParams = z.object({ id: z.string().min(1).max(64) });
/**
 * Every field a Direct Line client sends and the bot reads, checked here once: the turn then gets an
 * Activity without the SDK's own schema pass, which cost a tenth of the server's time per message.
 * Other fields pass through to the log and the echo untouched, as on Azure.
 */
const postedActivity = z.object({
  type: z.string().min(1).max(64),
  text: z.string().optional(),
  textFormat: z.string().min(1).max(32).optional(),
  locale: z.string().min(1).max(35).optional(),
  name: z.string().min(1).max(256).optional(),
  from: z.object({ id: z.string().max(64).optional(), name: z.string().max(100).optional() }).loose().optional(),
  channelData: z.unknown().optional(),
  value: z.unknown().optional(),
  entities: z.array(z.object({ type: z.string().min(1) }).loose()).optional(),
  attachments: z.array(z.object({ contentType: z.string().min(1) }).loose()).optional(),
}).loose();

/** Activity types a patient's client may post; Direct Line clients have no use for the others. */
const ACCEPTED_TYPES = new Set(['message', 'event', 'typing']);

const newConversationId = () => randomBytes(16).toString('base64url');
const newUserId = () => `dl_${randomBytes(12).toString('base64url')}`;
const readWatermark = (request: FastifyRequest) => Number(parseInput(watermarkQuery, request.query, 'The watermark').watermark || 0);

/** The Direct Line 3.0 REST routes (reference/direct-line-3.md section 1), under /v3/directline. */
export async function directLineRestRoutes(app: FastifyInstance, dl: DirectLineContext): Promise<void> {
  const turns = new TurnQueue();
  const caller = (request: FastifyRequest) => callerFromHeader(request.headers.authorization, dl.secret, dl.tokens);
  // Per address: minting a token or a conversation costs us storage. Per conversation: a message costs a turn.
  const minting: RouteShorthandOptions = dl.rateLimit ? { config: { rateLimit: { max: 60, timeWindow: '1 minute' } } } : {};
  const messaging: RouteShorthandOptions = dl.rateLimit
    ? { config: { rateLimit: { max: 30, timeWindow: '1 minute', keyGenerator: (r) => `conversation:${(r.params as { id?: string }).id}` } } }
    : {};

  function streamUrl(conversationId: string, token: string, watermark?: number): string {
    const url = new URL(`/v3/directline/conversations/${encodeURIComponent(conversationId)}/stream`, dl.publicUrl());
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    if (watermark !== undefined) url.searchParams.set('watermark', String(watermark));
    url.searchParams.set('t', token);
    return url.href;
  }

  /** A caller that came with a token keeps it (DirectLineJS adopts whatever token we answer with). */
  const credentialFor = async (who: Caller, conversationId: string, userId: string) =>
    who.kind === 'token' ? { token: who.token, expires_in: who.expiresIn } : dl.tokens.issue({ conversationId, userId });

  app.post('/tokens/generate', minting, async (request) => {
    if (request.headers.authorization !== undefined) {
      const who = await caller(request);
      if (who.kind !== 'secret') throw new HttpError(403, 'NotAllowed', 'Only the secret can generate tokens.');
    } else if (!dl.allowedOrigins().includes(request.headers.origin ?? '')) {
      throw new HttpError(403, 'OriginNotAllowed', 'Pages from this origin need the clinic\'s own token endpoint.');
    }
    const body = parseInput(tokenParameters, request.body, 'The token request');
    const conversationId = newConversationId();
    const user = body?.user?.id ?? newUserId();
    return { conversationId, ...(await dl.tokens.issue({ conversationId, userId: user })) };
  });

  app.post('/tokens/refresh', async (request) => {
    const who = await caller(request);
    if (who.kind !== 'token') throw new HttpError(403, 'NotAllowed', 'Only a token can be refreshed.');
    return { conversationId: who.conversationId, ...(await dl.tokens.issue({ conversationId: who.conversationId, userId: who.userId })) };
  });

  app.post('/conversations', minting, async (request, reply) => {
    const who = await caller(request);
    const body = parseInput(tokenParameters, request.body, 'The conversation request');
    const conversationId = who.kind === 'token' ? who.conversationId : newConversationId();
    const user = who.kind === 'token' ? who.userId : body?.user?.id ?? newUserId();
    const created = dl.store.create({ id: conversationId, userId: user });
    if (created) await turns.run(conversationId, () => greet(conversationId, user));
    const credential = await credentialFor(who, conversationId, user);
    return reply.code(created ? 201 : 200).send({ conversationId, ...credential, streamUrl: streamUrl(conversationId, credential.token) });
  });

  app.get('/conversations/:id', async (request) => {
    const who = await caller(request);
    const { id } = parseInput(conversationParams, request.params, 'The conversation id');
    const conversation = openConversation(who, id, dl.store);
    const watermark = (request.query as { watermark?: string }).watermark === undefined ? undefined : readWatermark(request);
    const credential = await credentialFor(who, conversation.id, conversation.userId);
    return { conversationId: conversation.id, ...credential, streamUrl: streamUrl(conversation.id, credential.token, watermark) };
  });

  app.get('/conversations/:id/activities', async (request) => {
    const who = await caller(request);
    const { id } = parseInput(conversationParams, request.params, 'The conversation id');
    openConversation(who, id, dl.store);
    const watermark = readWatermark(request);
    try {
      const page = dl.store.after(id, watermark);
      return { activities: page.activities, watermark: String(page.watermark) };
    } catch (error) {
      // One failed poll stops DirectLineJS polling for good, so a passing fault reads as "nothing new".
      request.log.error({ err: { type: (error as Error).name, message: (error as Error).message } }, 'poll failed');
      return { activities: [], watermark: String(watermark) };
    }
  });

  app.post('/conversations/:id/activities', messaging, async (request) => {
    const who = await caller(request);
    const { id } = parseInput(conversationParams, request.params, 'The conversation id');
    const conversation = openConversation(who, id, dl.store);
    const posted = parseInput(postedActivity, request.body, 'The activity');
    if (!ACCEPTED_TYPES.has(posted.type)) throw new HttpError(400, 'NotSupported', `Activities of type "${posted.type}" are not accepted here.`);
    if (who.kind === 'secret' && !posted.from?.id) throw new HttpError(400, 'MissingProperty', 'The activity needs from.id.');
    // The token decides who speaks, whatever the body claims (as on Azure).
    const from = { ...posted.from, id: who.kind === 'token' ? who.userId : (posted.from?.id as string), role: 'user' };
    const { id: _clientId, timestamp: _clientTime, replyToId: _reply, ...rest } = posted as typeof posted & Record<string, unknown>;
    const incoming = {
      ...rest, from, channelId: CHANNEL_ID, serviceUrl: DIRECT_LINE_SERVICE_URL,
      conversation: { id: conversation.id }, recipient: { id: dl.bot.id, name: dl.bot.name, role: 'bot' },
    };
    if (posted.type === 'typing') return { id: '' };
    const turnActivity = Object.assign(new Activity(posted.type), incoming);
    return turns.run(conversation.id, async () => {
      const { activity, seq, json } = dl.store.append(conversation.id, incoming);
      dl.hub.push(conversation.id, json, seq);
      // The bot sees the id and time the client was given, so its reply's replyToId matches the echo.
      turnActivity.id = activity.id;
      turnActivity.timestamp = activity.timestamp;
      try {
        await dl.adapter.process(turnActivity, dl.bot.run);
      } catch (error) {
        request.log.error({ err: { type: (error as Error).name, stack: (error as Error).stack } }, 'bot turn failed');
        throw new HttpError(502, 'BotError', 'The assistant could not answer this message.');
      }
      return { id: activity.id };
    });
  });

  app.post('/conversations/:id/upload', async () => {
    throw new HttpError(400, 'NotSupported', 'This assistant does not accept files. Please do not send scans or letters here.');
  });

  /** The conversationUpdate Direct Line sends the bot when a conversation starts: both members joined. */
  async function greet(conversationId: string, user: string): Promise<void> {
    const members = [{ id: dl.bot.id, name: dl.bot.name, role: 'bot' }, { id: user, role: 'user' }];
    await dl.adapter.process({
      type: 'conversationUpdate', id: `${conversationId}|start`, timestamp: new Date().toISOString(),
      channelId: CHANNEL_ID, serviceUrl: DIRECT_LINE_SERVICE_URL, conversation: { id: conversationId },
      from: { id: user, role: 'user' }, recipient: members[0], membersAdded: members,
    }, dl.bot.run);
  }
}
