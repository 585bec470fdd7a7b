import type { FastifyInstance } from 'fastify';
import { HttpError } from './errors.js';

/**
 * @fastify/websocket completes a WebSocket handshake on any route, then closes the socket at once:
 * a client that opened the wrong URL saw "101 Switching Protocols" and a dead socket instead of
 * being told. Only the routes named here take upgrades; every other one refuses with an HTTP error.
 * Register it after @fastify/websocket, whose own hook marks real upgrades (`request.ws`); a plain
 * request that merely carries an `Upgrade: h2c` header is not one.
 */
export function refuseStrayUpgrades(app: FastifyInstance, streamRoutes: readonly string[]): void {
  app.addHook('onRequest', async (request) => {
    if (!request.ws || streamRoutes.includes(request.routeOptions.url ?? '')) return;
    throw new HttpError(400, 'NotAStream', 'Only a conversation\'s stream (/v3/directline/conversations/{id}/stream) takes a WebSocket.');
  });
}
