import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Activity } from '@microsoft/agents-activity';
import { HttpError, parseInput } from './errors.js';
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

/** zod's URL check lets through some strings (`http://`) that `URL` cannot parse: those are not loopback either. */
function isLoopback(url: string): boolean {
  const host = URL.canParse(url) ? new URL(url).hostname : '';
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function encodesAsUri(text: string): boolean {
  try {
    encodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * `POST /api/messages`: the Bot Framework channel endpoint, so the same bot runs behind Azure Bot
 * Service (Teams and the rest) and in the Bot Framework Emulator. Without `clientId` in the
 * environment the SDK accepts anonymous calls, which is what the local Emulator sends.
 */
export async function azureChannel(app: FastifyInstance, options: { run: (context: TurnContext) => Promise<void>; anonymous: boolean }): Promise<void> {
  const authConfig = getAuthConfigWithDefaults();
  const adapter = new CloudAdapter(authConfig);
  const authorize = authorizeJWT(authConfig);
  // The SDK's own handler would tell a Teams user to "fix the source code", through the very
  // connection that may have just failed; the caller gets a 502 in our error shape instead of a 500.
  adapter.onTurnError = async (_context, error) => {
    if (typeof (error.cause as { code?: unknown } | undefined)?.code === 'string') {
      throw new HttpError(502, 'ChannelUnreachable', 'The reply could not be delivered: the channel\'s service did not answer.');
    }
    app.log.error({ err: { type: error.name, stack: error.stack } }, 'bot turn failed');
    throw new HttpError(502, 'BotError', 'The assistant could not answer this message.');
  };

  // What every channel sends and a reply needs: without a recipient, channel or service URL the SDK
  // finds out only once the bot answers, and the caller's mistake surfaces as a 500.
  const account = z.object({ id: z.string().min(1) }).loose();
  // The reply's URL is built from the conversation and activity ids with encodeURIComponent, which
  // throws on a lone surrogate: refused here, that is a 400 rather than a 500 halfway through the turn.
  const urlSafe = z.string().min(1).refine(encodesAsUri, 'must be well-formed Unicode');
  const activity = z.object({
    type: z.string().min(1),
    id: urlSafe.optional(),
    channelId: z.string().min(1),
    // Anonymous calls come from the Emulator on this machine. Without the check, anyone could make the
    // server POST the bot's reply to any address, internal hosts included.
    serviceUrl: z.url({ protocol: /^https?$/ }).refine((url) => !options.anonymous || isLoopback(url), 'must be a loopback address while clientId is unset'),
    conversation: account.extend({ id: urlSafe }),
    from: account,
    recipient: account,
  }).loose();

  app.post('/api/messages', async (request: FastifyRequest, reply) => {
    const body = parseInput(activity, request.body, 'The activity');
    try {
      Activity.fromObject(body);
    } catch {
      throw new HttpError(400, 'BadArgument', 'The activity does not have the shape of a Bot Framework activity.');
    }
    const sdkRequest = { body, headers: request.headers, method: request.method, user: undefined };
    const response = new CollectedResponse();
    let authorized = false;
    await authorize(sdkRequest, response, () => {
      authorized = true;
    });
    if (!authorized) return response.status(401).send({ error: { code: 'Unauthorized', message: 'The Bot Framework token is missing or not valid.' } }).deliver(reply);
    await adapter.process(sdkRequest, response, options.run);
    // The SDK answers an invoke that no handler took with a bodiless 501 (the Bot Framework's "not
    // implemented"): for the caller that is a request this assistant does not support, not our failure.
    if (response.statusCode === 501) throw new HttpError(400, 'NotSupported', 'This assistant does not handle this kind of invoke activity.');
    return response.deliver(reply);
  });
}
