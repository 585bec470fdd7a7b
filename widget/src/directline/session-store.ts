/**
 * What survives a reload or a move to another page of the site: ids, the token and the watermark.
 * Never the transcript or anything the patient typed; those stay on the server.
 */
export interface StoredSession {
  conversationId: string;
  token: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  userId: string;
  watermark?: string;
  open?: boolean;
}

const keyFor = (server: string) => `annulus:${server}`;

/** Storage may be blocked (private modes, sandboxed frames): then the chat simply does not survive a reload. */
export function loadSession(server: string): StoredSession | undefined {
  try {
    const raw = sessionStorage.getItem(keyFor(server));
    if (!raw) return undefined;
    const session = JSON.parse(raw) as StoredSession;
    return typeof session.conversationId === 'string' && typeof session.token === 'string' && session.expiresAt > Date.now()
      ? session
      : undefined;
  } catch {
    return undefined;
  }
}

export function saveSession(server: string, session: StoredSession | undefined): void {
  try {
    if (session) sessionStorage.setItem(keyFor(server), JSON.stringify(session));
    else sessionStorage.removeItem(keyFor(server));
  } catch {
    // Nothing to do: see loadSession.
  }
}
