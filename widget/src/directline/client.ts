import type { Activity, ActivitySet, Conversation } from './activity.js';
import { loadSession, saveSession, type StoredSession } from './session-store.js';

export type ConnectionStatus = 'connecting' | 'online' | 'reconnecting' | 'offline' | 'unavailable' | 'expired';

export interface DirectLineOptions {
  /** The Direct Line base, used as given: `https://host/v3/directline`, ours or Azure's. */
  domain: string;
  /** The page's own token endpoint (a POST answering `{token, conversationId?, expires_in?}`). */
  tokenUrl?: string;
  /** Names the stored session, so two widgets on one site talking to two servers stay apart. */
  storageKey: string;
  locale?: string;
  /** `history` is true for what was said before a reload, so nothing is announced twice. */
  onActivities(activities: Activity[], history: boolean): void;
  onStatus(status: ConnectionStatus): void;
}

export class DirectLineError extends Error {
  constructor(readonly status: number, readonly code: string | undefined) {
    super(`Direct Line answered ${status}${code ? ` ${code}` : ''}`);
  }
}

const DEFAULT_TOKEN_SECONDS = 1800;
const POLL_MS = 1000;
const HIDDEN_POLL_MS = 5000;
const MAX_BACKOFF_MS = 30_000;
/** Sockets that never open (a proxy that strips upgrades) send the client to polling after this many tries. */
const SOCKET_TRIES_BEFORE_POLLING = 3;

/**
 * A small Direct Line 3.0 client: token, conversation, a WebSocket stream with polling as the fallback,
 * token refresh at half-life, reconnection with backoff from the last watermark, de-duplication by id.
 * Hand-written because botframework-directlinejs brings RxJS and core-js, several times the size of the
 * whole widget, for the few calls used here.
 */
export class DirectLineClient {
  private session?: StoredSession;
  private socket?: WebSocket;
  private socketTries = 0;
  private polling = false;
  private failures = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private refreshTimer?: ReturnType<typeof setTimeout>;
  private stopped = true;
  /** Counts starts, so a connection begun before "new conversation" cannot finish into the new one. */
  private generation = 0;
  private flags: Pick<StoredSession, 'open'> = {};
  private readonly seen = new Set<string>();

  constructor(private readonly options: DirectLineOptions) {}

  /** The id our own messages carry; the token's `user` claim wins when the server put one there. */
  get userId(): string | undefined {
    return this.session?.userId;
  }

  /** Resumes the stored conversation of this tab, with its history, or starts a new one. */
  start(): void {
    this.stopped = false;
    this.generation += 1;
    this.session ??= loadSession(this.options.storageKey);
    if (this.session?.open !== undefined) this.flags.open ??= this.session.open;
    addEventListener('online', this.retryNow);
    document.addEventListener('visibilitychange', this.retryNow);
    this.options.onStatus('connecting');
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    removeEventListener('online', this.retryNow);
    document.removeEventListener('visibilitychange', this.retryNow);
    clearTimeout(this.timer);
    clearTimeout(this.refreshTimer);
    this.closeSocket();
  }

  /** Forgets this tab's conversation and starts a new one. */
  restart(): void {
    this.stop();
    saveSession(this.options.storageKey, undefined);
    this.session = undefined;
    this.seen.clear();
    this.socketTries = 0;
    this.polling = false;
    this.start();
  }

  /** Posts one activity; resolves with the id the server gave it. */
  async post(activity: Omit<Activity, 'from'>): Promise<string> {
    const session = this.session;
    if (!session) throw new DirectLineError(0, 'NotConnected');
    const result = await this.request<{ id: string }>(`/conversations/${encodeURIComponent(session.conversationId)}/activities`, {
      method: 'POST',
      body: { ...activity, from: { id: session.userId, role: 'user' }, locale: this.options.locale },
    });
    return result.id;
  }

  /** Remembers something of the tab's state (only non-personal flags) with the session. */
  remember(flags: Pick<StoredSession, 'open'>): void {
    Object.assign(this.flags, flags);
    this.save();
  }

  private readonly retryNow = () => {
    if (this.stopped || document.visibilityState === 'hidden' || this.socket) return;
    if (this.timer !== undefined && this.failures > 0) {
      clearTimeout(this.timer);
      void this.connect();
    }
  };

  private async connect(): Promise<void> {
    this.timer = undefined;
    const generation = this.generation;
    try {
      let streamUrl: string | undefined;
      if (this.session) streamUrl = await this.resume(this.session);
      else {
        const started = await this.begin();
        if (generation !== this.generation) return;
        this.session = started.session;
        this.save();
        streamUrl = started.streamUrl;
      }
      if (this.stopped || generation !== this.generation) return;
      this.scheduleRefresh();
      if (streamUrl && !this.polling && typeof WebSocket === 'function') this.openSocket(streamUrl);
      else {
        this.polling = true;
        this.online();
        this.schedule(() => this.poll(), 0);
      }
    } catch (error) {
      if (generation === this.generation) this.fail(error);
    }
  }

  /** A new conversation: a token (ours, or the page's own endpoint's), then the conversation itself. */
  private async begin(): Promise<{ session: StoredSession; streamUrl: string | undefined }> {
    const userId = randomUserId();
    const grant = this.options.tokenUrl
      ? await this.fetchJson<Conversation>(this.options.tokenUrl, { method: 'POST', credentials: 'same-origin' })
      : await this.request<Conversation>('/tokens/generate', { method: 'POST', body: { user: { id: userId } } });
    const conversation = await this.request<Conversation>('/conversations', {
      method: 'POST',
      token: grant.token,
      body: { user: { id: userId }, locale: this.options.locale },
    });
    const token = conversation.token ?? grant.token;
    const session = {
      conversationId: conversation.conversationId,
      token,
      expiresAt: expiryOf(conversation.expires_in ?? grant.expires_in),
      userId: tokenUser(token) ?? userId,
    };
    return { session, streamUrl: conversation.streamUrl };
  }

  /**
   * Back to a stored or dropped conversation. After a reload nothing has been seen yet, so the history
   * comes first, over HTTP; the stream then continues from its watermark.
   */
  private async resume(session: StoredSession): Promise<string | undefined> {
    if (this.seen.size === 0) {
      await this.refresh();
      session.watermark = undefined;
      await this.poll({ once: true });
    }
    const query = session.watermark ? `?watermark=${encodeURIComponent(session.watermark)}` : '';
    const conversation = await this.request<Conversation>(`/conversations/${encodeURIComponent(session.conversationId)}${query}`, {});
    return conversation.streamUrl;
  }

  private openSocket(url: string): void {
    const socket = new WebSocket(url);
    let opened = false;
    this.socket = socket;
    socket.onopen = () => {
      opened = true;
      this.socketTries = 0;
      this.online();
    };
    socket.onmessage = (event) => {
      // Empty frames are the server's keep-alives.
      if (typeof event.data === 'string' && event.data.trim() !== '') this.receive(JSON.parse(event.data) as ActivitySet);
    };
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      if (this.stopped) return;
      // 4001: another tab holds this conversation's socket (a duplicated tab shares its storage); poll instead.
      if (event.code === 4001 || (!opened && ++this.socketTries >= SOCKET_TRIES_BEFORE_POLLING)) this.polling = true;
      this.fail(new DirectLineError(0, 'StreamClosed'));
    };
  }

  private closeSocket(): void {
    const socket = this.socket;
    this.socket = undefined;
    socket?.close(1000);
  }

  private async poll({ once = false } = {}): Promise<void> {
    const session = this.session;
    if (!session || (this.stopped && !once)) return;
    const query = session.watermark ? `?watermark=${encodeURIComponent(session.watermark)}` : '';
    try {
      const set = await this.request<ActivitySet>(`/conversations/${encodeURIComponent(session.conversationId)}/activities${query}`, {});
      this.receive(set, once);
      if (once) return;
      this.online();
      this.schedule(() => this.poll(), document.visibilityState === 'hidden' ? HIDDEN_POLL_MS : POLL_MS);
    } catch (error) {
      if (once) throw error;
      this.fail(error);
    }
  }

  private receive(set: ActivitySet, history = false): void {
    if (!this.session) return;
    if (set.watermark) {
      this.session.watermark = set.watermark;
      this.save();
    }
    const fresh = (set.activities ?? []).filter((activity) => {
      if (!activity.id) return true;
      if (this.seen.has(activity.id)) return false;
      this.seen.add(activity.id);
      return true;
    });
    if (fresh.length > 0) this.options.onActivities(fresh, history);
  }

  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    const session = this.session;
    if (!session) return;
    const halfLife = Math.max(10_000, (session.expiresAt - Date.now()) / 2);
    this.refreshTimer = setTimeout(() => {
      this.refresh().then(() => this.scheduleRefresh(), (error: unknown) => {
        if (isRefused(error)) this.expire();
        else this.refreshTimer = setTimeout(() => this.scheduleRefresh(), 30_000);
      });
    }, halfLife);
  }

  private async refresh(): Promise<void> {
    const session = this.session;
    if (!session) return;
    const renewed = await this.request<Conversation>('/tokens/refresh', { method: 'POST' });
    session.token = renewed.token;
    session.expiresAt = expiryOf(renewed.expires_in);
    this.save();
  }

  private fail(error: unknown): void {
    if (this.stopped) return;
    const refused = isRefused(error);
    if (refused && this.session) {
      // A stored conversation the server no longer knows (expired, or its data deleted): start afresh.
      if (this.seen.size === 0) {
        this.session = undefined;
        saveSession(this.options.storageKey, undefined);
        void this.connect();
      } else this.expire();
      return;
    }
    this.failures += 1;
    // Refused without a conversation: this page may not mint tokens, or the server is misconfigured.
    this.options.onStatus(refused ? 'unavailable' : navigator.onLine === false ? 'offline' : 'reconnecting');
    const backoff = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (this.failures - 1));
    this.schedule(() => this.connect(), backoff * (0.75 + Math.random() / 2));
  }

  private expire(): void {
    this.stop();
    this.options.onStatus('expired');
  }

  private online(): void {
    this.failures = 0;
    this.options.onStatus('online');
  }

  private schedule(task: () => Promise<void>, ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void task(), ms);
  }

  private save(): void {
    if (this.session) saveSession(this.options.storageKey, { ...this.session, ...this.flags });
  }

  private request<T>(path: string, init: { method?: string; body?: unknown; token?: string }): Promise<T> {
    const token = init.token ?? this.session?.token;
    return this.fetchJson<T>(`${this.options.domain}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        ...(token && { Authorization: `Bearer ${token}` }),
        ...(init.body !== undefined && { 'Content-Type': 'application/json' }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  }

  private async fetchJson<T>(url: string, init: RequestInit): Promise<T> {
    const response = await fetch(url, { ...init, cache: 'no-store', referrerPolicy: 'no-referrer' });
    if (!response.ok) {
      const body = (await response.json().catch(() => undefined)) as { error?: { code?: string } } | undefined;
      throw new DirectLineError(response.status, body?.error?.code);
    }
    return (await response.json()) as T;
  }
}

/** 403 and 404 mean the token or the conversation is gone; anything else is worth retrying. */
function isRefused(error: unknown): boolean {
  return error instanceof DirectLineError && (error.status === 401 || error.status === 403 || error.status === 404);
}

function expiryOf(seconds: number | undefined): number {
  return Date.now() + (seconds ?? DEFAULT_TOKEN_SECONDS) * 1000;
}

/** `crypto.randomUUID` needs a secure context; a clinic's page may still be plain http. */
function randomUserId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `dl_${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** The `user` claim of a JWT token, read without verifying it, as Web Chat does. */
function tokenUser(token: string): string | undefined {
  try {
    const payload = token.split('.')[1];
    if (!payload) return undefined;
    const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { user?: unknown };
    return typeof claims.user === 'string' ? claims.user : undefined;
  } catch {
    return undefined;
  }
}
