import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseInput } from './errors.js';
import { z } from 'zod';
import { CloudAdapter, authorizeJWT, getAuthConfigWithDefaults, type TurnContext, type WebResponse } from '@microsoft/agents-hosting';

/**
 * The Agents SDK speaks to Express-style responses; this one collects what it says so Fastify can
 * send it, and the error shape stays ours.
 */
class CollectedResponse implements WebResponse {
  statusCode = 200;
  body: unknown;
  readonly headers: Record<string, string> = {};
  headersSent = false;
  writableEnded = false;

  status(code: number): this {
    this.statusCode = code;
    return this;
  }

  setHeader(name: string, value: string): this {
    this.headers[name] = value;
    return this;
  }

  send(body?: unknown): this {
    this.body = body;
    return this;
  }

  end(): this {
    this.writableEnded = true;
    return this;
  }

  deliver(reply: FastifyReply): FastifyReply {
    reply.code(this.statusCode).headers(this.headers);
    return this.body === undefined ? reply.send() : reply.send(this.body);
  }
}

/**
 * `POST /api/messages`: the Bot Framework channel endpoint, so the same bot runs behind Azure Bot
 * Service (Teams and the rest) and in the Bot Framework Emulator. Without `clientId` in the
 * environment the SDK accepts anonymous calls, which is what the local Emulator sends.
 */
export async function azureChannel(app: FastifyInstance, options: { run: (context: TurnContext) => Promise<void> }): Promise<void> {
  const authConfig = getAuthConfigWithDefaults();
  const adapter = new CloudAdapter(authConfig);
  const authorize = authorizeJWT(authConfig);

  const activity = z.object({ type: z.string().min(1), conversation: z.object({ id: z.string().min(1) }).loose() }).loose();

  app.post('/api/messages', async (request: FastifyRequest, reply) => {
    const body = parseInput(activity, request.body, 'The activity');
    const sdkRequest = { body, headers: request.headers, method: request.method, user: undefined };
    const response = new CollectedResponse();
    let authorized = false;
    await authorize(sdkRequest, response, () => {
      authorized = true;
    });
    if (!authorized) return response.status(401).send({ error: { code: 'Unauthorized', message: 'The Bot Framework token is missing or not valid.' } }).deliver(reply);
    await adapter.process(sdkRequest, response, options.run);
    return response.deliver(reply);
  });
}
