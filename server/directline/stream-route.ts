import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { HttpError, parseInput } from '../http/errors.js';
import { identify, openConversation } from './auth.js';
import type { DirectLineContext } from './routes.js';

const streamQuery = z.object({
  t: z.string().min(1).max(4096),
  watermark: z.union([z.literal(''), z.string().regex(/^\d{1,15}$/)]).optional(),
}).loose();

/**
 * The WebSocket stream. Browsers cannot set headers on an upgrade, so the token comes in `?t=`;
 * it is checked before the upgrade, so a bad one gets an HTTP refusal rather than a socket.
 */
export async function directLineStreamRoute(app: FastifyInstance, dl: DirectLineContext): Promise<void> {
  app.route<{ Params: { id: string } }>({
    method: 'GET',
    url: '/conversations/:id/stream',
    preValidation: async (request) => {
      const query = request.query as Record<string, unknown>;
      if (typeof query.t !== 'string') throw new HttpError(401, 'MissingAuthorization', 'The stream needs ?t=<token>.');
      const { t } = parseInput(streamQuery, query, 'The stream request');
      const who = await identify(t, dl.secret, dl.tokens);
      openConversation(who, request.params.id, dl.store);
    },
    // A plain GET would otherwise get @fastify/websocket's bodiless 404, outside the contract's error shape.
    handler: async () => {
      throw new HttpError(426, 'UpgradeRequired', 'The stream is a WebSocket: open it with a WebSocket client.', { upgrade: 'websocket' });
    },
    wsHandler: (socket, request) => {
      const conversationId = request.params.id;
      const { watermark } = streamQuery.parse(request.query);
      // Register and replay in one synchronous step, so no activity can fall between the two.
      dl.hub.attach(conversationId, socket);
      const missed = dl.store.after(conversationId, Number(watermark || 0));
      if (missed.activities.length > 0) dl.hub.push(conversationId, missed.activities, missed.watermark);
      // Clients only ever send empty keep-alive frames on a Direct Line 3.0 stream.
      socket.on('message', () => undefined);
    },
  });
}
