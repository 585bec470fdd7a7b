import { emailSender } from './email.js';
import type { NoticeChannel } from './lead-store.js';
import { buildNotice } from './notice.js';
import type { NoticeSenders } from './outbox.js';
import { webhookSender } from './webhook.js';

export interface NoticeConfig {
  /** Read when a notice is built: with PORT=0 the address is known only once the server listens. */
  publicUrl: () => string;
  webhookUrl?: string;
  webhookSecret?: string;
  smtpUrl?: string;
  emailTo?: string;
  emailFrom?: string;
  includeDetails: boolean;
}

/** The senders for the Outbox, and the channels to pass to LeadStore.create: only those configured. */
export function noticeSenders(config: NoticeConfig): { senders: NoticeSenders; channels: NoticeChannel[] } {
  const senders: NoticeSenders = {};
  if (config.webhookUrl) {
    const send = webhookSender({ url: config.webhookUrl, secret: config.webhookSecret });
    senders.webhook = (lead) => send(buildNotice(lead, { publicUrl: config.publicUrl(), includeDetails: config.includeDetails }));
  }
  if (config.smtpUrl && config.emailTo && config.emailFrom) {
    const send = emailSender({ smtpUrl: config.smtpUrl, to: config.emailTo, from: config.emailFrom });
    senders.email = (lead) => send(buildNotice(lead, { publicUrl: config.publicUrl(), includeDetails: config.includeDetails }));
  }
  return { senders, channels: Object.keys(senders) as NoticeChannel[] };
}
