import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';

/**
 * `<annulus-chat>`: the clinic's chat, added to a page with one tag. This first cut draws the
 * launcher and an empty, labelled panel; the conversation inside it is the widget issue's work.
 *
 * @fires annulus-open - the panel opened
 * @fires annulus-close - the panel closed
 */
@customElement('annulus-chat')
export class AnnulusChat extends LitElement {
  static override styles = css`
    :host {
      --annulus-accent: #0b5f75;
      --annulus-font: system-ui, sans-serif;
      --annulus-radius: 12px;
      position: fixed;
      inset-block-end: 1rem;
      inset-inline-end: 1rem;
      z-index: 2147483000;
      font-family: var(--annulus-font);
    }
    :host([position='left']) {
      inset-inline-end: auto;
      inset-inline-start: 1rem;
    }
    button {
      font: inherit;
      cursor: pointer;
    }
    [part='launcher'] {
      min-block-size: 3rem;
      padding-inline: 1.25rem;
      border: none;
      border-radius: 999px;
      background: var(--annulus-accent);
      color: #fff;
      box-shadow: 0 2px 8px rgb(0 0 0 / 25%);
    }
    [part='launcher']:focus-visible,
    [part='close']:focus-visible {
      outline: 3px solid #ffbf47;
      outline-offset: 2px;
    }
    [part='panel'] {
      position: absolute;
      inset-block-end: 4rem;
      inset-inline-end: 0;
      inline-size: min(24rem, calc(100vw - 2rem));
      block-size: min(36rem, calc(100vh - 6rem));
      border-radius: var(--annulus-radius);
      background: #fff;
      color: #1b1b1b;
      box-shadow: 0 8px 32px rgb(0 0 0 / 30%);
      display: flex;
      flex-direction: column;
    }
    :host([position='left']) [part='panel'] {
      inset-inline-end: auto;
      inset-inline-start: 0;
    }
    [part='header'] {
      display: flex;
      align-items: center;
      justify-content: space-between;
      padding: 0.75rem 1rem;
      border-start-start-radius: var(--annulus-radius);
      border-start-end-radius: var(--annulus-radius);
      background: var(--annulus-accent);
      color: #fff;
    }
    h2 {
      margin: 0;
      font-size: 1rem;
    }
    [part='close'] {
      border: none;
      background: transparent;
      color: inherit;
      min-inline-size: 2.75rem;
      min-block-size: 2.75rem;
      font-size: 1.25rem;
    }
    @media (max-width: 480px) {
      [part='panel'] {
        position: fixed;
        inset: 0;
        inline-size: auto;
        block-size: auto;
        border-radius: 0;
      }
    }
  `;

  /** The panel's title; the clinic's own name reads best. */
  @property() heading = 'Ask us a question';
  @property({ type: Boolean, reflect: true }) open = false;
  @property({ reflect: true }) position: 'right' | 'left' = 'right';

  @query('[part="launcher"]') private launcher!: HTMLButtonElement;
  @query('[part="close"]') private closeButton?: HTMLButtonElement;

  override render() {
    return html`
      ${this.open
        ? html`<section part="panel" role="dialog" aria-labelledby="annulus-heading" @keydown=${this.onKeydown}>
            <header part="header">
              <h2 id="annulus-heading">${this.heading}</h2>
              <button part="close" aria-label="Close chat" @click=${() => this.setOpen(false)}>×</button>
            </header>
          </section>`
        : null}
      <button part="launcher" aria-expanded=${String(this.open)} aria-haspopup="dialog" @click=${() => this.setOpen(!this.open)}>
        ${this.open ? 'Close chat' : 'Chat with us'}
      </button>
    `;
  }

  private async setOpen(open: boolean) {
    if (open === this.open) return;
    this.open = open;
    this.dispatchEvent(new CustomEvent(open ? 'annulus-open' : 'annulus-close', { bubbles: true, composed: true }));
    await this.updateComplete;
    (open ? this.closeButton : this.launcher)?.focus();
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
