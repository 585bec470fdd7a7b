import { createHmac } from 'node:crypto';
import { noticeWebhookBody, type Notice } from './notice.js';

const TIMEOUT_MS = 10_000;

export interface WebhookTarget {
  url: string;
  /** Signs each body so the receiver can tell our notices from forged ones. */
  secret?: string;
}

/**
 * Returns a function that POSTs a notice and resolves only on a 2xx. Its errors describe the failure
 * without the URL, because webhook URLs often embed a token and errors end up on the staff dashboard.
 */
export function webhookSender(target: WebhookTarget): (notice: Notice) => Promise<void> {
  return async (notice) => {
    const body = noticeWebhookBody(notice);
    const headers: Record<string, string> = { 'Content-Type': 'application/json', 'Idempotency-Key': notice.leadId };
    if (target.secret) headers['X-Annulus-Signature'] = `sha256=${createHmac('sha256', target.secret).update(body).digest('hex')}`;
    let response: Response;
    try {
      // A redirect would re-send the notice somewhere nobody configured, so it counts as a failure.
      response = await fetch(target.url, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (error) {
      if (error instanceof Error && error.name === 'TimeoutError') throw new Error(`webhook timed out after ${TIMEOUT_MS / 1000} s`);
      const code = (error as { cause?: { code?: unknown } }).cause?.code;
      throw new Error(`webhook unreachable${typeof code === 'string' ? ` (${code})` : ''}`);
    }
    // Nothing in the answer matters beyond its status; cancelling frees the connection.
    await response.body?.cancel();
    if (!response.ok) throw new Error(`webhook answered HTTP ${response.status}`);
  };
}
