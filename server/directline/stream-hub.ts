import type { WebSocket } from 'ws';
import type { WireActivity } from './conversation-store.js';

/** Close codes a client can tell apart: a newer socket took over, or the server is going away. */
export const CLOSE_COLLISION = 4001;
export const CLOSE_GOING_AWAY = 1001;

/**
 * The live half of the channel: at most one socket per conversation, as on Azure. Only this half
 * carries typing indicators; the log never stores them.
 */
export class StreamHub {
  private readonly sockets = new Map<string, WebSocket>();
  private readonly keepAlive: NodeJS.Timeout;

  constructor(keepAliveMs = 20_000) {
    // An empty frame keeps proxies from closing a quiet socket; Direct Line clients ignore it.
    this.keepAlive = setInterval(() => {
      for (const socket of this.sockets.values()) socket.send('');
    }, keepAliveMs).unref();
  }

  /** Registers `socket` for the conversation, closing the one it replaces. */
  attach(conversationId: string, socket: WebSocket): void {
    const previous = this.sockets.get(conversationId);
    if (previous) previous.close(CLOSE_COLLISION, 'collision');
    this.sockets.set(conversationId, socket);
    socket.on('close', () => {
      if (this.sockets.get(conversationId) === socket) this.sockets.delete(conversationId);
    });
  }

  /** Sends an ActivitySet frame; `watermark` is left out for activities the log does not keep. */
  push(conversationId: string, activities: WireActivity[] | Record<string, unknown>[], watermark?: number): void {
    const socket = this.sockets.get(conversationId);
    if (!socket || socket.readyState !== socket.OPEN) return;
    socket.send(JSON.stringify(watermark === undefined ? { activities } : { activities, watermark: String(watermark) }));
  }

  closeAll(): void {
    clearInterval(this.keepAlive);
    for (const socket of this.sockets.values()) socket.close(CLOSE_GOING_AWAY, 'server shutting down');
    this.sockets.clear();
  }
}
