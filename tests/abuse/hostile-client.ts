import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { expect } from 'vitest';
import WebSocket from 'ws';

export interface HostileRequest {
  method: string;
  /** Sent as it is: node:http neither resolves dot segments nor turns backslashes into slashes, as fetch would. */
  path: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Long enough for a bot turn on a busy two-core machine; a server that takes longer has hung. */
const ANSWER_WITHIN_MS = 10_000;

/** A marker no code of ours uses: finding it on Object.prototype means a body polluted it. */
export const POLLUTION_MARK = 'annulusPolluted';

/** Short, printable: a failing case names its request without flooding the report with a 300 KB body. */
export function describeRequest(hostile: HostileRequest): string {
  const body = hostile.body === undefined ? '' : ` body(${hostile.body.length}): ${JSON.stringify(String(hostile.body).slice(0, 160))}`;
  return `${hostile.method} ${hostile.path.slice(0, 200)} ${JSON.stringify(hostile.headers ?? {}).slice(0, 300)}${body}`;
}

/** Sends hostile requests over raw HTTP and counts them, WebSocket upgrades included. */
export class HostileClient {
  sent = 0;
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 4 });
  private readonly origin: URL;

  constructor(base: string) {
    this.origin = new URL(base);
  }

  send(hostile: HostileRequest): Promise<Answer> {
    this.sent++;
    const headers = { ...hostile.headers };
    if (hostile.body !== undefined) headers['content-length'] = String(Buffer.byteLength(hostile.body));
    return new Promise((resolve, reject) => {
      let answered = false;
      const outgoing = request({
        host: this.origin.hostname, port: this.origin.port, method: hostile.method, path: hostile.path, headers, agent: this.agent,
      }, (response) => {
        answered = true;
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
        response.on('error', reject);
      });
      outgoing.setTimeout(ANSWER_WITHIN_MS, () => outgoing.destroy(new Error(`no answer within ${ANSWER_WITHIN_MS} ms: ${describeRequest(hostile)}`)));
      // A server may answer a body it refuses (413) before reading it all and close the socket under
      // the rest; the answer is what counts.
      outgoing.on('error', (error) => {
        if (!answered) reject(error);
      });
      outgoing.end(hostile.body);
    });
  }

  /**
   * Upgrades to `path`. A socket that opened is closed again once it has delivered its first frame, or
   * once the server has closed it, or after a short wait; `delivered` says whether any frame came.
   */
  upgrade(path: string): Promise<{ status: number; delivered: boolean }> {
    this.sent++;
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(`ws://${this.origin.host}${path}`, { handshakeTimeout: ANSWER_WITHIN_MS });
      socket.on('open', () => {
        const done = (delivered: boolean) => {
          clearTimeout(wait);
          socket.removeAllListeners('message');
          socket.terminate();
          resolve({ status: 101, delivered });
        };
        const wait = setTimeout(() => done(false), 300);
        socket.once('message', () => done(true));
        socket.once('close', () => done(false));
      });
      socket.on('unexpected-response', (upgradeRequest, response) => {
        // With this listener ws leaves the refused connection open; a polite client hangs up.
        upgradeRequest.destroy();
        resolve({ status: response.statusCode ?? 0, delivered: false });
      });
      socket.on('error', (error) => reject(new Error(`upgrade of ${path.slice(0, 200)} failed: ${error.message}`)));
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/**
 * What every answer to a hostile request must be: never a 5xx, never sniffable, a refusal always in
 * contract section 4's `{"error": {"code", "message"}}`, and nothing planted on Object.prototype.
 */
export function expectWellBehaved(answer: Answer, hostile: HostileRequest): void {
  const what = describeRequest(hostile);
  expect(answer.status, what).toBeLessThan(500);
  expect(answer.headers['x-content-type-options'], what).toBe('nosniff');
  if (answer.status >= 400) {
    expect(answer.headers['content-type'], what).toMatch(/^application\/json/);
    const text = answer.body.toString('utf8');
    let refusal: unknown = text;
    try {
      refusal = JSON.parse(text);
    } catch {
      // Left as text, so the comparison below fails naming what came instead.
    }
    expect(refusal, what).toEqual({ error: { code: expect.stringMatching(/^[A-Z]\w+$/), message: expect.any(String) } });
  }
  expect(Object.prototype, what).not.toHaveProperty(POLLUTION_MARK);
}
