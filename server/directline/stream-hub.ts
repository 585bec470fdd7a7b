import type { WebSocket } from 'ws';
import { onceAtEndOfTurn } from './end-of-turn.js';

/** Close codes a client can tell apart: a newer socket took over, or the server is going away. */
export const CLOSE_COLLISION = 4001;
export const CLOSE_GOING_AWAY = 1001;

interface PendingFrame {
  /** Each activity's JSON, in order. */
  activities: string[];
  watermark?: number;
}

/**
 * The live half of the channel: at most one socket per conversation, as on Azure. Only this half
 * carries typing indicators; the log never stores them.
 *
 * What a turn of the event loop pushes to one conversation leaves as one ActivitySet frame (the
 * echo, the typing indicator and the answer, usually): one frame and one write instead of three,
 * in the same order, the watermark that of the last logged activity in it.
 */
export class StreamHub {
  private readonly sockets = new Map<string, WebSocket>();
  private readonly keepAlive: NodeJS.Timeout;
  private readonly pending = new Map<string, PendingFrame>();
  private readonly scheduleFlush = onceAtEndOfTurn(() => this.flush());

  constructor(keepAliveMs = 20_000) {
    // An empty frame keeps proxies from closing a quiet socket; Direct Line clients ignore it.
    this.keepAlive = setInterval(() => {
      for (const socket of this.sockets.values()) socket.send('');
    }, keepAliveMs).unref();
  }

  /**
   * Registers `socket` for the conversation, closing the one it replaces. Whatever was waiting to be
   * sent is dropped: the replay from the log that follows attaching already holds every logged activity.
   */
  attach(conversationId: string, socket: WebSocket): void {
    const previous = this.sockets.get(conversationId);
    if (previous) previous.close(CLOSE_COLLISION, 'collision');
    this.sockets.set(conversationId, socket);
    this.pending.delete(conversationId);
    socket.on('close', () => {
      if (this.sockets.get(conversationId) === socket) this.sockets.delete(conversationId);
    });
  }

  /** Queues one activity's JSON for the conversation's socket; `seq` only for activities the log keeps. */
  push(conversationId: string, activityJson: string, seq?: number): void {
    if (!this.sockets.has(conversationId)) return;
    const frame = this.pending.get(conversationId);
    if (frame) {
      frame.activities.push(activityJson);
      if (seq !== undefined) frame.watermark = seq;
    } else {
      this.pending.set(conversationId, { activities: [activityJson], watermark: seq });
    }
    this.scheduleFlush();
  }

  /** Sends a replay at once, so nothing logged after it can overtake it. */
  replay(conversationId: string, activities: readonly object[], watermark: number): void {
    this.openSocket(conversationId)?.send(JSON.stringify({ activities, watermark: String(watermark) }));
  }

  closeAll(): void {
    clearInterval(this.keepAlive);
    this.flush();
    for (const socket of this.sockets.values()) socket.close(CLOSE_GOING_AWAY, 'server shutting down');
    this.sockets.clear();
  }

  private flush(): void {
    for (const [conversationId, { activities, watermark }] of this.pending) {
      const mark = watermark === undefined ? '' : `,"watermark":"${watermark}"`;
      this.openSocket(conversationId)?.send(`{"activities":[${activities.join(',')}]${mark}}`);
    }
    this.pending.clear();
  }

  private openSocket(conversationId: string): WebSocket | undefined {
    const socket = this.sockets.get(conversationId);
    return socket && socket.readyState === socket.OPEN ? socket : undefined;
  }
}
