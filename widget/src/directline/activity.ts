/** The parts of a Bot Framework activity the widget reads or sends. */
export interface Activity {
  type: string;
  id?: string;
  from: { id: string; role?: string; name?: string };
  text?: string;
  textFormat?: string;
  timestamp?: string;
  locale?: string;
  channelData?: Record<string, unknown>;
  entities?: unknown[];
  suggestedActions?: { to?: string[]; actions: { type: string; title?: string; value?: unknown }[] };
}

export interface ActivitySet {
  activities: Activity[];
  watermark?: string | null;
}

/** What the server or Azure answers for a token or a conversation. */
export interface Conversation {
  conversationId: string;
  token: string;
  expires_in?: number;
  streamUrl?: string;
}
