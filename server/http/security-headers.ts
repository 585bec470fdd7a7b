import type { FastifyInstance } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';

/** A year, as browsers' HSTS preload rules ask; only ever sent when the clinic serves over https. */
const HSTS_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** `https://bot.example` -> `wss://bot.example`: the stream's origin, named for browsers whose 'self' omits ws(s). */
function socketOrigin(origin: string): string {
  return origin.replace(/^http/, 'ws');
}

/**
 * The headers every response carries (helmet). The policy is written for the demo page at
 * `/`: its own stylesheet, the widget as a module script, and the widget's fetches and stream to this
 * server, and no inline script anywhere. The staff page sends its own, stricter policy, which replaces
 * this one. JSON and script responses carry the policy too, where it is inert.
 *
 * `publicOrigin` is a function because with PORT=0 the origin is known only once the server listens.
 */
export function securityHeaders(publicOrigin: () => string, https: boolean): HelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'script-src-attr': ["'none'"],
        // Lit styles shadow roots with constructed stylesheets, which style-src does not govern, so
        // inline styles stay refused. A browser without them (Safari before 16.4) would show the
        // demo page's widget unstyled; a clinic's own page sets its own policy.
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'"],
        // PUBLIC_URL may name another host than the one the page was opened on (localhost vs 127.0.0.1).
        'connect-src': ["'self'", () => publicOrigin(), () => socketOrigin(publicOrigin())],
        'object-src': ["'none'"],
        'base-uri': ["'none'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        ...(https ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    // Clinics' pages embed the widget's script from here; COEP would make them prove the same of every
    // resource they load, which is their choice to make, not ours.
    crossOriginEmbedderPolicy: false,
    // Same-origin by default (the staff API's CSV and JSON are nobody else's to embed); the widget's
    // files override it, because every clinic's page loads them from another origin.
    crossOriginResourcePolicy: { policy: 'same-origin' },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Over plain http (the loopback demo, a LAN install) HSTS is ignored at best, and it would pin the
    // host to https for a year the moment someone first put a TLS proxy in front for a test. With an
    // https PUBLIC_URL the clinic has committed to TLS. Subdomains are left out: PUBLIC_URL may be the
    // clinic's own domain, whose other hosts are not ours to pin.
    strictTransportSecurity: https ? { maxAge: HSTS_MAX_AGE_SECONDS, includeSubDomains: false } : false,
  };
}

/**
 * Helmet's headers, worked out once. @fastify/helmet built a new middleware for every request, which
 * cost the Direct Line routes about a tenth of their answers per second, and even a middleware built
 * once wrote the policy string anew for each response. Nothing in these options depends on the
 * request, and the public origin is fixed once the server listens, before the first request, so
 * helmet runs once, against a response that only records what it sets. WebSocket upgrades are left
 * out: no browser reads headers on a 101, and the upgrade's reply stays referenced while the socket
 * is open.
 */
export function installSecurityHeaders(app: FastifyInstance, options: HelmetOptions): void {
  let headers: [name: string, value: string][] | undefined;
  app.addHook('onRequest', async (request, reply) => {
    if (request.headers.upgrade !== undefined) return;
    headers ??= helmetHeaders(options);
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
  });
}

function helmetHeaders(options: HelmetOptions): [string, string][] {
  const recorded = new Map<string, string>();
  const response = {
    setHeader: (name: string, value: string | number | readonly string[]) => recorded.set(name.toLowerCase(), String(value)),
    removeHeader: (name: string) => recorded.delete(name.toLowerCase()),
  };
  let failure: unknown;
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => { failure = error; });
  if (failure !== undefined) throw failure;
  return [...recorded];
}

/** For files every clinic's page loads from another origin: the widget's scripts. */
export const CROSS_ORIGIN_ASSET_HEADERS = {
  // A module script is fetched in CORS mode, so without this no other origin could run the widget.
  'access-control-allow-origin': '*',
  'cross-origin-resource-policy': 'cross-origin',
} as const;
