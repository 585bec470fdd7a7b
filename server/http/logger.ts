import pino, { type Logger } from 'pino';

/**
 * The server's log. Requests are logged by path, never with the query string, because a stream URL
 * carries a token; message text and patients' details are never logged at all.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({
    level,
    base: undefined,
    serializers: {
      req: (req: { method?: string; url?: string }) => ({ method: req.method, path: req.url?.split('?')[0] }),
      res: (res: { statusCode?: number }) => ({ status: res.statusCode }),
    },
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.token', '*.password'], censor: '[redacted]' },
  }, destination);
}
