import type { Activity } from '../directline/activity.js';
import { DirectLineClient, type ConnectionStatus } from '../directline/client.js';
import type { AnnulusChatPanel } from './chat-panel.js';
import { CLIENT_ID_FIELD, toMessage, type ChatMessage } from './message.js';

export interface ChatOptions {
  /** The Annulus server's origin, or Azure's Direct Line origin together with `tokenUrl`. */
  server: string;
  tokenUrl?: string;
  locale?: string;
}

/** How long a typing indicator stays up when no message follows it. */
const TYPING_MS = 5000;

/**
 * One patient's conversation: Direct Line on one side, the panel on the other. Events on the host
 * (`annulus-message`, `annulus-lead`) say what happened without a word of what the patient typed.
 */
export class ChatSession {
  private messages: ChatMessage[] = [];
  private readonly client: DirectLineClient;
  private typingTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: HTMLElement, private readonly panel: AnnulusChatPanel, options: ChatOptions) {
    this.client = new DirectLineClient({
      domain: `${options.server}/v3/directline`,
      tokenUrl: options.tokenUrl,
      storageKey: options.server,
      locale: options.locale,
      onActivities: (activities, history) => this.receive(activities, history),
      onStatus: (status: ConnectionStatus) => {
        this.panel.status = status;
      },
    });
    panel.addEventListener('annulus-send', (event) => this.send((event as CustomEvent<{ text: string }>).detail.text));
    panel.addEventListener('annulus-retry', (event) => this.retry((event as CustomEvent<{ key: string }>).detail.key));
    panel.addEventListener('annulus-restart', () => this.restart());
    this.client.start();
  }

  /** Whether the panel was open, kept with the session so the next page of the site opens it again. */
  rememberOpen(open: boolean): void {
    this.client.remember({ open });
  }

  private receive(activities: Activity[], history: boolean): void {
    const userId = this.client.userId;
    for (const activity of activities) {
      if (activity.type === 'typing' && activity.from.id !== userId) this.showTyping();
      const message = toMessage(activity, userId);
      if (!message) continue;
      if (message.from === 'bot') {
        this.hideTyping();
        if (!history) this.announce(message);
      }
      const clientId = activity.channelData?.[CLIENT_ID_FIELD];
      const pending = message.from === 'user' ? this.messages.findIndex((m) => m.key === clientId) : -1;
      if (pending >= 0) this.messages[pending] = message;
      else this.messages.push(message);
    }
    this.panel.messages = [...this.messages];
  }

  private send(text: string): void {
    const key = `local-${crypto.getRandomValues(new Uint32Array(2)).join('-')}`;
    this.messages.push({ key, from: 'user', text, markdown: false, annulus: {}, citations: [], suggestions: [], state: 'sending' });
    this.panel.messages = [...this.messages];
    this.host.dispatchEvent(new CustomEvent('annulus-message', { detail: { from: 'user' }, bubbles: true, composed: true }));
    this.deliver(key, text);
  }

  private deliver(key: string, text: string): void {
    this.client.post({ type: 'message', text, channelData: { [CLIENT_ID_FIELD]: key } }).catch(() => {
      this.update(key, { state: 'failed' });
    });
  }

  private retry(key: string): void {
    const message = this.messages.find((m) => m.key === key);
    if (!message || message.state !== 'failed') return;
    this.update(key, { state: 'sending' });
    this.deliver(key, message.text);
  }

  private update(key: string, patch: Partial<ChatMessage>): void {
    this.messages = this.messages.map((m) => (m.key === key && m.state !== undefined ? { ...m, ...patch } : m));
    this.panel.messages = [...this.messages];
  }

  private restart(): void {
    this.messages = [];
    this.panel.messages = [];
    this.hideTyping();
    this.client.restart();
  }

  private announce(message: ChatMessage): void {
    const { kind, topic, entryId, leadId, afterHours, nextOpen } = message.annulus;
    this.host.dispatchEvent(new CustomEvent('annulus-message', { detail: { from: 'bot', kind, topic, entryId }, bubbles: true, composed: true }));
    if (kind === 'lead-confirmed') {
      this.host.dispatchEvent(new CustomEvent('annulus-lead', { detail: { leadId, afterHours, nextOpen }, bubbles: true, composed: true }));
    }
  }

  private showTyping(): void {
    this.panel.typing = true;
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.hideTyping(), TYPING_MS);
  }

  private hideTyping(): void {
    clearTimeout(this.typingTimer);
    this.panel.typing = false;
  }
}
