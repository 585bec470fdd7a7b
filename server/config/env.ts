import { resolve } from 'node:path';
import { z } from 'zod';

const flag = (fallback: boolean) =>
  z.enum(['true', 'false', '1', '0', 'on', 'off', 'yes', 'no']).optional()
    .transform((v) => (v === undefined ? fallback : ['true', '1', 'on', 'yes'].includes(v)));

const origin = z.url({ protocol: /^https?$/ }).transform((u) => new URL(u).origin);

/** Contract section 2: every setting comes from the environment and is checked before anything starts. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3978),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: origin.optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  KB_DIR: z.string().min(1).default('./knowledge'),
  DIRECT_LINE_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ALLOWED_ORIGINS: z.string().optional()
    .transform((v, ctx) => {
      const list = (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);
      const origins: string[] = [];
      for (const item of list) {
        const parsed = origin.safeParse(item);
        if (parsed.success) origins.push(parsed.data);
        else ctx.addIssue({ code: 'custom', message: `"${item}" is not an http(s) origin` });
      }
      return origins;
    }),
  CONVERSATION_IDLE_DAYS: z.coerce.number().positive().default(7),
  LEAD_RETENTION_DAYS: z.coerce.number().positive().default(90),
  LEAD_WEBHOOK_URL: z.url({ protocol: /^https?$/ }).optional(),
  LEAD_WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  LEAD_EMAIL_TO: z.email().optional(),
  LEAD_EMAIL_FROM: z.email().optional(),
  STAFF_PASSWORD: z.string().optional().transform((v) => v || undefined),
  RATE_LIMIT: z.enum(['on', 'off']).default('on'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NOTIFY_INCLUDE_DETAILS: flag(false),
  // Behind a reverse proxy: a hop count ("1"), "true" for any, or the proxies' addresses and CIDRs.
  TRUST_PROXY: z.string().optional().transform((v): boolean | number | string => {
    const value = (v ?? '').trim();
    if (value === '' || ['false', 'off', 'no'].includes(value)) return false;
    if (['true', 'on', 'yes'].includes(value)) return true;
    return /^\d+$/.test(value) ? Number(value) : value;
  }),
  clientId: z.string().min(1).optional(),
});

export interface Config {
  port: number;
  host: string;
  /** Unset when PORT=0 (tests): the server fills it in once the system has chosen a port. */
  publicUrl: string | undefined;
  dataDir: string;
  kbDir: string;
  directLineSecret: string | undefined;
  /** Empty means "the server's own origin", resolved once publicUrl is known. */
  allowedOrigins: string[];
  conversationIdleDays: number;
  leadRetentionDays: number;
  notices: {
    webhookUrl: string | undefined;
    webhookSecret: string | undefined;
    smtpUrl: string | undefined;
    emailTo: string | undefined;
    emailFrom: string | undefined;
    includeDetails: boolean;
  };
  /** Unset: generated at first start and printed once. */
  staffPassword: string | undefined;
  rateLimit: boolean;
  /** Fastify's `trustProxy`: whose X-Forwarded-For to believe for the client's address. */
  trustProxy: boolean | number | string;
  logLevel: string;
  azureBotClientId: string | undefined;
}

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Bad configuration in the environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.SMTP_URL && !(e.LEAD_EMAIL_TO && e.LEAD_EMAIL_FROM)) {
    throw new ConfigError('Bad configuration in the environment:\n  SMTP_URL is set, so LEAD_EMAIL_TO and LEAD_EMAIL_FROM are needed too');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL ?? (e.PORT === 0 ? undefined : `http://${hostForUrl(e.HOST)}:${e.PORT}`),
    dataDir: resolve(e.DATA_DIR),
    kbDir: resolve(e.KB_DIR),
    directLineSecret: e.DIRECT_LINE_SECRET,
    allowedOrigins: e.ALLOWED_ORIGINS,
    conversationIdleDays: e.CONVERSATION_IDLE_DAYS,
    leadRetentionDays: e.LEAD_RETENTION_DAYS,
    notices: {
      webhookUrl: e.LEAD_WEBHOOK_URL,
      webhookSecret: e.LEAD_WEBHOOK_SECRET,
      smtpUrl: e.SMTP_URL,
      emailTo: e.LEAD_EMAIL_TO,
      emailFrom: e.LEAD_EMAIL_FROM,
      includeDetails: e.NOTIFY_INCLUDE_DETAILS,
    },
    staffPassword: e.STAFF_PASSWORD,
    rateLimit: e.RATE_LIMIT === 'on',
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    azureBotClientId: e.clientId,
  };
}

/** A server bound to every interface is still reached through loopback from this machine. */
export function hostForUrl(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}
