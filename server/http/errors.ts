import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { z } from 'zod';

/** A refusal the caller can act on: contract section 4's `{error: {code, message}}` with a 4xx. */
export class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

export function sendError(reply: FastifyReply, error: HttpError): FastifyReply {
  // Set here as well as by helmet: some refusals come from places helmet's hooks never see (an
  // unroutable URL, the stream's upgrade route).
  return reply.code(error.status).headers({ ...error.headers, 'x-content-type-options': 'nosniff' })
    .send({ error: { code: error.code, message: error.message } });
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
  FST_ERR_MAX_PARAM_LENGTH: [414, 'UriTooLong', 'A part of the URL is too long.'],
};

/**
 * Fastify's `frameworkErrors` option: a URL it cannot decode or route never reaches the error
 * handler, and would otherwise be answered in Fastify's own shape.
 */
export function refuseMalformedUrl(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const [status, code, message] = FASTIFY_REFUSALS[error.code] ?? [400, 'BadRequest', 'The request could not be handled.'];
  // A refused WebSocket upgrade's socket has already left Node's HTTP server, and no route's hooks
  // will close it: without this it stays open, and holds shutdown, for as long as the client likes.
  if (request.headers.upgrade !== undefined) reply.raw.once('finish', () => request.raw.socket.end());
  sendError(reply, new HttpError(status, code, message));
}

const UNREADABLE: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'HeadersTooLarge', 'The request\'s URL or headers are too large.'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'RequestTimeout', 'The request took too long to arrive.'],
};

/**
 * Fastify's `clientErrorHandler`: a request Node cannot parse (headers over 16 KB, a malformed request
 * line) never becomes a request, so this writes the answer to the socket itself, in our shape.
 */
export function refuseUnreadableRequest(error: Error & { code?: string }, socket: Socket): void {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, message] = UNREADABLE[error.code ?? ''] ?? [400, 'BadRequest', 'The request is not valid HTTP.'];
  const body = JSON.stringify({ error: { code, message } });
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy(error);
}

/** One shape for every error the server sends, including Fastify's own refusals and unknown routes. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpError) return sendError(reply, error);
    const known = FASTIFY_REFUSALS[error.code];
    if (known) return sendError(reply, new HttpError(...known));
    if (error.statusCode === 429) {
      return sendError(reply, new HttpError(429, 'TooManyRequests', 'Too many requests: wait a moment and try again.'));
    }
    if (error instanceof SyntaxError || (typeof error.code === 'string' && error.code.startsWith('FST_ERR_CTP'))) {
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
