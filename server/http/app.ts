import fastifyStatic from '@fastify/static';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine } from '../answer/decide.js';
import { AnnulusBot } from '../bot/annulus-bot.js';
import { hostForUrl, type Config } from '../config/env.js';
import { loadOrCreateSecrets } from '../config/secrets.js';
import { DirectLineAdapter } from '../directline/adapter.js';
import { ConversationStore } from '../directline/conversation-store.js';
import { DIRECT_LINE_PREFIX, STREAM_ROUTE, directLine } from '../directline/plugin.js';
import { StreamHub } from '../directline/stream-hub.js';
import { TokenIssuer } from '../directline/tokens.js';
import { loadKnowledge } from '../kb/load.js';
import { FlowStateStore } from '../leads/flow-state.js';
import { LeadFlow } from '../leads/lead-flow.js';
import { LeadStore } from '../leads/lead-store.js';
import { noticeSenders } from '../leads/notifiers.js';
import { Outbox } from '../leads/outbox.js';
import { UnansweredQuestions } from '../leads/unanswered.js';
import { loadStaffPassword } from '../staff/password.js';
import { staffRoutes } from '../staff/routes.js';
import { StaffSessions } from '../staff/sessions.js';
import { openDatabase } from '../storage/database.js';
import { WalCheckpointer } from '../storage/wal-checkpointer.js';
import { azureChannel } from './azure-channel.js';
import { limitBodyDepth } from './body-depth.js';
import { installErrorHandling, refuseMalformedUrl, refuseUnreadableRequest } from './errors.js';
import { healthRoutes } from './health.js';
import { createLogger } from './logger.js';
import { CROSS_ORIGIN_ASSET_HEADERS, installSecurityHeaders, securityHeaders } from './security-headers.js';
import { refuseStrayUpgrades } from './stray-upgrades.js';

/**
 * Chunks are named by their content's hash, so they can be kept for a year; the entry keeps its name
 * across releases, so browsers check it again after five minutes and a clinic sees an update that day.
 */
function widgetCacheControl(path: string): string {
  return /-[\w-]{8}\.js$/.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=300';
}

/** A hop count becomes Fastify's hop test: its types take booleans, address lists and functions. */
function trustedProxies(setting: boolean | number | string): boolean | string | ((address: string, hop: number) => boolean) {
  return typeof setting === 'number' ? (_address, hop) => hop < setting : setting;
}

/** The folder holding package.json, whether this file runs from dist/ or from source under vitest. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}
const PACKAGE_ROOT = packageRoot();
const DAY_MS = 24 * 60 * 60 * 1000;
const SHUTDOWN_GRACE_MS = 5_000;
/** A chat message is small; Direct Line allows 256K characters, we need far less. */
const BODY_LIMIT_BYTES = 64 * 1024;

export interface AnnulusServer {
  app: FastifyInstance;
  /** Starts listening; resolves to the public URL. */
  listen(): Promise<string>;
  /** Set only on the start that generated the staff password: `annulus serve` prints it, once. */
  generatedStaffPassword: string | undefined;
  /** Stops accepting, closes sockets with "going away", flushes storage. */
  close(): Promise<void>;
}

export interface ServerOptions {
  logger?: Logger;
  now?: () => Date;
}

export async function createServer(config: Config, options: ServerOptions = {}): Promise<AnnulusServer> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const engine = createEngine(loadKnowledge(config.kbDir));
  const db = openDatabase(config.dataDir);
  const checkpointer = await WalCheckpointer.start(db, (message) => logger.error(message));
  const store = new ConversationStore(db, Date.now,
    (error) => logger.error({ err: { type: error.name, message: error.message } }, 'conversation log write failed'), checkpointer);
  const secret = config.directLineSecret ?? loadOrCreateSecrets(config.dataDir).directLineSecret;
  const hub = new StreamHub();
  const adapter = new DirectLineAdapter(store, hub);
  const now = options.now ?? (() => new Date());
  const leads = new LeadStore(db, () => now().getTime());
  const flows = new FlowStateStore(db, () => now().getTime());
  let publicUrl = config.publicUrl;
  const notices = noticeSenders({ ...config.notices, publicUrl: () => publicUrl as string });
  const outbox = new Outbox(db, notices.senders, { logger, now: () => now().getTime() });
  const leadFlow = new LeadFlow({
    clinic: engine.kb.clinic, leads, states: flows, channels: notices.channels, retentionDays: config.leadRetentionDays,
    onLead: () => outbox.kick(), now,
  });
  const unanswered = new UnansweredQuestions(db, () => now().getTime());
  const bot = new AnnulusBot(engine, leadFlow, unanswered, now);
  const staffPassword = loadStaffPassword(config.dataDir, config.staffPassword);
  const run = bot.run.bind(bot);
  let closing = false;

  // Daily, and at every start: nothing about a patient is kept longer than the clinic configured.
  const expireOldData = () => {
    const expired = store.expireIdle(config.conversationIdleDays);
    flows.expireOlderThan(config.conversationIdleDays * DAY_MS);
    const purged = leads.purgeOlderThan(config.leadRetentionDays);
    unanswered.purgeOlderThan(config.leadRetentionDays);
    if (expired + purged > 0) logger.info({ expired, purged }, 'old conversations and leads deleted');
  };
  expireOldData();
  const expiry = setInterval(expireOldData, DAY_MS).unref();

  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger, bodyLimit: BODY_LIMIT_BYTES, trustProxy: trustedProxies(config.trustProxy),
    frameworkErrors: refuseMalformedUrl, clientErrorHandler: refuseUnreadableRequest,
  });
  installErrorHandling(app);
  limitBodyDepth(app);
  const https = config.publicUrl?.startsWith('https:') ?? false;
  installSecurityHeaders(app, securityHeaders(() => new URL(publicUrl as string).origin, https));
  await app.register(websocket, { options: { maxPayload: 4096 } });
  refuseStrayUpgrades(app, [STREAM_ROUTE]);
  await app.register(healthRoutes, { ready: () => !closing });
  await app.register(azureChannel, { run, anonymous: config.azureBotClientId === undefined });
  await app.register(directLine, {
    prefix: DIRECT_LINE_PREFIX,
    store, hub, adapter, secret,
    tokens: new TokenIssuer(secret),
    bot: { id: 'annulus', name: engine.kb.clinic.name, run },
    publicUrl: () => publicUrl as string,
    allowedOrigins: () => (config.allowedOrigins.length > 0 ? config.allowedOrigins : [new URL(publicUrl as string).origin]),
    rateLimit: config.rateLimit,
  });
  await app.register(staffRoutes, {
    leads, unanswered,
    noticeStatus: (leadId) => outbox.status(leadId),
    password: staffPassword,
    sessions: new StaffSessions(db),
    secureCookies: https,
    rateLimit: config.rateLimit,
    publicOrigin: () => new URL(publicUrl as string).origin,
  });
  await app.register(fastifyStatic, {
    root: join(PACKAGE_ROOT, 'dist/widget'), prefix: '/widget/', index: false,
    setHeaders: (reply, path) => reply.headers({ ...CROSS_ORIGIN_ASSET_HEADERS, 'cache-control': widgetCacheControl(path) }),
  });
  await app.register(fastifyStatic, { root: join(PACKAGE_ROOT, 'server/pages'), prefix: '/', index: 'demo.html', decorateReply: false });

  return {
    app,
    generatedStaffPassword: staffPassword.generated,
    async listen() {
      await app.listen({ port: config.port, host: config.host });
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      publicUrl ??= `http://${hostForUrl(config.host)}:${port}`;
      // Notices left pending by an earlier run go out now.
      outbox.start();
      return publicUrl;
    },
    async close() {
      closing = true;
      hub.closeAll();
      // In-flight turns get a grace period; a client that never finishes reading cannot hold shutdown.
      // Upgraded sockets are no longer the HTTP server's to close, and one whose client never answers
      // the closing handshake would otherwise hold the listener open for ws's own 30 s.
      const force = setTimeout(() => {
        app.server.closeAllConnections();
        for (const socket of app.websocketServer.clients) socket.terminate();
      }, SHUTDOWN_GRACE_MS).unref();
      await app.close();
      clearTimeout(force);
      await outbox.stop();
      clearInterval(expiry);
      store.flush();
      await checkpointer?.stop();
      db.close();
    },
  };
}
