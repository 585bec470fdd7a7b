import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';

/** A refusal the caller can act on: contract section 4's `{error: {code, message}}` with a 4xx. */
export class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

export function sendError(reply: FastifyReply, error: HttpError): FastifyReply {
  return reply.code(error.status).headers(error.headers).send({ error: { code: error.code, message: error.message } });
}

/** Every input is read through a zod schema; what does not fit is the caller's mistake, never ours. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  const where = first && first.path.length > 0 ? ` (${first.path.join('.')})` : '';
  throw new HttpError(400, 'BadArgument', `${what} is not valid${where}: ${first?.message ?? 'unexpected value'}`);
}

const FASTIFY_REFUSALS: Record<string, [number, string, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'PayloadTooLarge', 'The request body is too large.'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'MalformedJson', 'The request body is not valid JSON.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'MalformedJson', 'The request body is empty but says it is JSON.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'UnsupportedMediaType', 'Send the body as application/json.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'BadRequest', 'The Content-Length does not match the body.'],
  FST_ERR_BAD_URL: [400, 'BadRequest', 'The URL is malformed.'],
};

/** One shape for every error the server sends, including Fastify's own refusals and unknown routes. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpError) return sendError(reply, error);
    const known = FASTIFY_REFUSALS[error.code];
    if (known) return sendError(reply, new HttpError(...known));
    if (error.statusCode === 429) {
      return sendError(reply, new HttpError(429, 'TooManyRequests', 'Too many requests: wait a moment and try again.'));
    }
    if (error instanceof SyntaxError || error.code?.startsWith('FST_ERR_CTP')) {
      return sendError(reply, new HttpError(400, 'MalformedJson', 'The request body could not be read.'));
    }
    if (error.validation) return sendError(reply, new HttpError(400, 'BadArgument', error.message));
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return sendError(reply, new HttpError(error.statusCode, 'BadRequest', 'The request could not be handled.'));
    }
    request.log.error({ err: { type: error.name, code: error.code, stack: error.stack } }, 'request failed');
    return sendError(reply, new HttpError(500, 'Internal', 'Something went wrong on our side.'));
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(reply, new HttpError(404, 'NotFound', 'There is nothing at this address.')));
}
