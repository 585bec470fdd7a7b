/**
 * The floor for the server bench: the least a Direct Line server can do and still satisfy the bench
 * client (start a conversation, stream over a socket, echo a post and answer it at once). No checks,
 * no storage, no bot, so its answers per second bound what Node, `ws` and this machine allow.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

const START = '/v3/directline/conversations';
const ACTIVITIES = /^\/v3\/directline\/conversations\/([^/]+)\/activities$/;
const STREAM = /^\/v3\/directline\/conversations\/([^/]+)\/stream/;

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of request) text += String(chunk);
  return JSON.parse(text) as Record<string, unknown>;
}

export async function startFloorServer(): Promise<RunningServer> {
  const sockets = new Map<string, WebSocket>();
  let conversations = 0;
  let seq = 0;
  let url = '';

  const http = createServer((request, response) => {
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    void readJson(request).then((body) => {
      if (request.method === 'POST' && request.url === START) {
        const conversationId = `floor-${++conversations}`;
        const token = conversationId;
        return reply(201, { conversationId, token, expires_in: 1800, streamUrl: `${url.replace('http', 'ws')}${START}/${conversationId}/stream?t=${token}` });
      }
      const conversationId = ACTIVITIES.exec(request.url ?? '')?.[1];
      const socket = conversationId === undefined ? undefined : sockets.get(conversationId);
      if (request.method !== 'POST' || !socket) return reply(404, { error: { code: 'NotFound', message: 'no such route or socket' } });
      const id = `${conversationId}|${++seq}`;
      const from = body.from as Record<string, unknown>;
      socket.send(JSON.stringify({ activities: [{ ...body, id, from: { ...from, role: 'user' } }], watermark: String(seq) }));
      socket.send(JSON.stringify({
        activities: [{ type: 'message', id: `${conversationId}|${++seq}`, replyToId: id, from: { id: 'floor', role: 'bot' }, text: 'A canned answer.' }],
        watermark: String(seq),
      }));
      return reply(200, { id });
    }, () => reply(400, { error: { code: 'MalformedJson', message: 'the body is not JSON' } }));
  });

  const wss = new WebSocketServer({ server: http });
  wss.on('connection', (socket, request) => {
    const conversationId = STREAM.exec(request.url ?? '')?.[1];
    if (conversationId === undefined) return socket.close(1008, 'not a stream');
    sockets.set(conversationId, socket);
    socket.on('close', () => sockets.delete(conversationId));
  });

  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return {
    url,
    close: () => new Promise((resolve) => {
      for (const socket of sockets.values()) socket.terminate();
      wss.close();
      http.close(() => resolve());
    }),
  };
}
