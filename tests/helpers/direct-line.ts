import WebSocket from 'ws';
import { TEST_SECRET } from './server.js';

export interface Started {
  conversationId: string;
  token: string;
  expires_in: number;
  streamUrl: string;
}

export interface ActivitySet {
  activities: Array<Record<string, any>>;
  watermark?: string;
}

/** A request to the Direct Line routes, answering status and parsed JSON. */
export async function dl(base: string, method: string, path: string, bearer?: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/v3/directline${path}`, {
    method,
    headers: {
      ...(bearer !== undefined && { authorization: `Bearer ${bearer}` }),
      ...(body !== undefined && { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: (text ? JSON.parse(text) : undefined) as any };
}

export async function startConversation(base: string, userId = 'patient-1'): Promise<Started> {
  const started = await dl(base, 'POST', '/conversations', TEST_SECRET, { user: { id: userId } });
  if (started.status !== 201) throw new Error(`start answered ${started.status}`);
  return started.json as Started;
}

export async function say(base: string, conversation: Started, text: string, extra: Record<string, unknown> = {}) {
  return dl(base, 'POST', `/conversations/${conversation.conversationId}/activities`, conversation.token,
    { type: 'message', from: { id: 'patient-1' }, text, ...extra });
}

export async function poll(base: string, conversation: Pick<Started, 'conversationId' | 'token'>, watermark = ''): Promise<ActivitySet> {
  const got = await dl(base, 'GET', `/conversations/${conversation.conversationId}/activities?watermark=${watermark}`, conversation.token);
  if (got.status !== 200) throw new Error(`poll answered ${got.status}`);
  return got.json as ActivitySet;
}

/** A stream socket that records every frame, with a way to wait for an activity. */
export class StreamClient {
  readonly frames: ActivitySet[] = [];
  readonly socket: WebSocket;
  closed: Promise<{ code: number; reason: string }>;

  constructor(url: string) {
    this.socket = new WebSocket(url);
    this.socket.on('message', (data) => {
      const text = String(data);
      if (text !== '') this.frames.push(JSON.parse(text) as ActivitySet);
    });
    this.closed = new Promise((resolve) => this.socket.on('close', (code, reason) => resolve({ code, reason: String(reason) })));
  }

  get activities() {
    return this.frames.flatMap((f) => f.activities);
  }

  opened(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.socket.once('open', () => resolve());
      this.socket.once('error', reject);
    });
  }

  async waitFor(match: (activity: Record<string, any>) => boolean, timeoutMs = 10_000): Promise<Record<string, any>> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = this.activities.find(match);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('the expected activity never arrived on the stream');
  }

  close() {
    this.socket.close();
  }
}

/** The status an upgrade was refused with, or 101 when the socket opened. */
export function upgradeStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url);
    socket.on('open', () => {
      socket.close();
      resolve(101);
    });
    socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.on('error', () => undefined);
  });
}
