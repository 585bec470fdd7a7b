import type { FastifyInstance } from 'fastify';

export interface Readiness {
  /** False once shutdown has begun, so a load balancer stops sending new patients here. */
  ready(): boolean;
}

export async function healthRoutes(app: FastifyInstance, readiness: Readiness): Promise<void> {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) =>
    readiness.ready() ? { status: 'ready' } : reply.code(503).send({ error: { code: 'NotReady', message: 'The server is shutting down.' } }));
}
