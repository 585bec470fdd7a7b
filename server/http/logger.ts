import pino, { type Logger } from 'pino';

/**
 * The server's log. Requests are logged by route pattern, never by URL, because a stream URL carries
 * a token; message text and patients' details are never logged at all.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({
    level,
    base: undefined,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.token', '*.password'], censor: '[redacted]' },
  }, destination);
}
