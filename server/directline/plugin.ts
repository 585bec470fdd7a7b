import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { directLineRestRoutes, type DirectLineContext } from './routes.js';
import { STREAM_PATH, directLineStreamRoute } from './stream-route.js';

export const DIRECT_LINE_PREFIX = '/v3/directline';
/** The one route that takes WebSocket upgrades, as Fastify names it. */
export const STREAM_ROUTE = `${DIRECT_LINE_PREFIX}${STREAM_PATH}`;

/**
 * Our own Direct Line 3.0 channel, mounted at /v3/directline: what DirectLineJS, Web Chat and our
 * widget speak, with no Azure in between.
 */
export async function directLine(app: FastifyInstance, dl: DirectLineContext): Promise<void> {
  // Every route here is authenticated by a bearer secret or token, never by a cookie, so any page may call it.
  await app.register(cors, {
    origin: true,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['authorization', 'content-type', 'x-ms-bot-agent', 'x-requested-with'],
    maxAge: 600,
    // Strict mode answers an OPTIONS without Origin or Access-Control-Request-Method with a text/plain
    // 400, outside the contract's error shape; such a request is no preflight and a bare 204 harms nothing.
    strictPreflight: false,
  });
  if (dl.rateLimit) await app.register(rateLimit, { global: false });
  await directLineRestRoutes(app, dl);
  await directLineStreamRoute(app, dl);
}
