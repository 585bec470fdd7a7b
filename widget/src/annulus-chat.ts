import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { ChatSession } from './chat/chat-session.js';
import { loadSession } from './directline/session-store.js';
import { stringsFor } from './i18n/strings.js';
import { PANEL_PARTS } from './parts.js';

type ChatModule = typeof import('./chat/index.js');

/** Where this script was loaded from: the Annulus server, unless the page says otherwise. */
const SCRIPT_ORIGIN = new URL(import.meta.url).origin;

/**
 * `<annulus-chat>`: the clinic's chat, added to a page with one tag. This module draws only the
 * launcher; the panel, Markdown and the Direct Line client load on first open, and are fetched ahead
 * when the launcher is hovered or focused.
 *
 * @fires annulus-open - the panel opened
 * @fires annulus-close - the panel closed
 * @fires annulus-message - a message was sent or received; `{from, kind?, topic?, entryId?}`, never its text
 * @fires annulus-lead - a call-back request was confirmed; `{leadId, afterHours, nextOpen}`
 */
@customElement('annulus-chat')
export class AnnulusChat extends LitElement {
  static override styles = css`
    :host {
      position: fixed;
      inset-block-end: 1rem;
      inset-inline-end: 1rem;
      z-index: 2147483000;
      font-family: var(--annulus-font, system-ui, sans-serif);
    }
    :host([position='left']) {
      inset-inline-end: auto;
      inset-inline-start: 1rem;
    }
    [part='launcher'] {
      min-block-size: 3rem;
      padding-inline: 1.25rem;
      border: none;
      border-radius: 999px;
      background: var(--annulus-accent, #0b5f75);
      color: var(--annulus-on-accent, #fff);
      box-shadow: 0 2px 8px rgb(0 0 0 / 25%);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
    [part='launcher']:focus-visible {
      outline: 3px solid var(--annulus-focus, #ffbf47);
      outline-offset: 2px;
    }
    annulus-chat-panel {
      position: absolute;
      inset-block-end: 4rem;
      inset-inline-end: 0;
      inline-size: min(24rem, calc(100vw - 2rem));
      block-size: min(38rem, calc(100vh - 6rem));
    }
    :host([position='left']) annulus-chat-panel {
      inset-inline-end: auto;
      inset-inline-start: 0;
    }
    /* Phones, and desktops zoomed to 200%: the panel takes the whole screen. */
    @media (max-width: 480px), (max-height: 560px) {
      annulus-chat-panel {
        position: fixed;
        inset: 0;
        inline-size: auto;
        block-size: auto;
        --annulus-radius: 0;
      }
    }
  `;

  /** The Annulus server; by default the origin this script came from. */
  @property() server = SCRIPT_ORIGIN;
  /** The panel's title; the clinic's name from the server when left empty. */
  @property() heading = '';
  @property({ type: Boolean, reflect: true }) open = false;
  @property({ reflect: true }) position: 'right' | 'left' = 'right';
  @property() locale = document.documentElement.lang || navigator.language || 'en';
  /** A page's own token endpoint, e.g. a clinic backend holding an Azure Direct Line secret. */
  @property({ attribute: 'token-url' }) tokenUrl?: string;

  @state() private chatLoaded = false;
  @query('[part="launcher"]') private launcher!: HTMLButtonElement;

  private chatModule?: Promise<ChatModule>;
  private session?: ChatSession;

  override connectedCallback(): void {
    super.connectedCallback();
    // A reload, or the next page of the site, reopens a chat that was open, without taking the focus.
    if (loadSession(this.origin)?.open) this.open = true;
  }

  override render() {
    const t = stringsFor(this.locale);
    return html`
      ${this.chatLoaded
        ? html`<annulus-chat-panel exportparts=${PANEL_PARTS.join(', ')} ?hidden=${!this.open} heading=${this.heading}
            locale=${this.locale} @keydown=${this.onKeydown} @annulus-dismiss=${() => this.setOpen(false)}></annulus-chat-panel>`
        : nothing}
      <button part="launcher" aria-expanded=${String(this.open)} aria-haspopup="dialog" @click=${() => this.setOpen(!this.open)}
        @pointerenter=${this.prefetch} @focus=${this.prefetch}>
        ${this.open ? t.launcherClose : t.launcherOpen}
      </button>
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) void this.startChat();
  }

  private get origin(): string {
    return this.server.replace(/\/+$/, '');
  }

  private readonly prefetch = () => {
    this.chatModule ??= import('./chat/index.js');
  };

  private async startChat(): Promise<ChatSession> {
    if (this.session) return this.session;
    this.prefetch();
    const { ChatSession } = await (this.chatModule as Promise<ChatModule>);
    this.chatLoaded = true;
    await this.updateComplete;
    const panel = this.renderRoot.querySelector('annulus-chat-panel');
    if (!panel) throw new Error('The chat panel did not render.');
    this.session ??= new ChatSession(this, panel, { server: this.origin, tokenUrl: this.tokenUrl, locale: this.locale });
    this.session.rememberOpen(this.open);
    return this.session;
  }

  private async setOpen(open: boolean) {
    if (open === this.open) return;
    this.open = open;
    this.dispatchEvent(new CustomEvent(open ? 'annulus-open' : 'annulus-close', { bubbles: true, composed: true }));
    if (!open) {
      this.session?.rememberOpen(false);
      await this.updateComplete;
      this.launcher.focus();
      return;
    }
    await this.startChat();
    const panel = this.renderRoot.querySelector('annulus-chat-panel');
    await panel?.updateComplete;
    panel?.focusInput();
  }

  private onKeydown(event: KeyboardEvent) {
    if (event.key === 'Escape') void this.setOpen(false);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'annulus-chat': AnnulusChat;
  }
}
