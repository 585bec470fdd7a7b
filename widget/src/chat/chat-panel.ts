import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { ConnectionStatus } from '../directline/client.js';
import { stringsFor, type Strings } from '../i18n/strings.js';
import { inputFor } from './composer-mode.js';
import { renderMarkdown } from './markdown.js';
import type { ChatMessage } from './message.js';
import { panelStyles } from './panel-styles.js';

/**
 * The open chat: header, transcript, suggestions, composer and the standing disclaimer. It only draws
 * what it is given and reports what the patient does (`annulus-send`, `annulus-retry`,
 * `annulus-restart`, `annulus-dismiss`); the session wires it to Direct Line.
 */
@customElement('annulus-chat-panel')
export class AnnulusChatPanel extends LitElement {
  static override styles = panelStyles;

  @property() heading = '';
  @property() locale = 'en';
  @property({ attribute: false }) messages: readonly ChatMessage[] = [];
  @property() status: ConnectionStatus = 'connecting';
  @property({ type: Boolean }) typing = false;

  @state() private contactKind: 'tel' | 'email' = 'tel';
  @state() private draft = '';
  @state() private alert = '';

  @query('[part~="input"]') private input?: HTMLInputElement | HTMLTextAreaElement;
  @query('[part~="transcript"]') private transcript?: HTMLElement;

  private readonly rendered = new Map<string, string>();
  private readonly announced = new Set<string>();

  focusInput(): void {
    (this.input ?? this.renderRoot.querySelector<HTMLElement>('.choice'))?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('messages')) return;
    // Urgent answers go to an assertive region too, so a screen reader says them before anything else.
    const urgent = this.messages.filter((m) => m.annulus.kind === 'urgent' && !this.announced.has(m.key));
    for (const message of urgent) this.announced.add(message.key);
    const last = urgent.at(-1);
    if (last) this.alert = `${this.strings.urgent}: ${plainText(last.text)}`;
  }

  /**
   * A new answer is shown from its first line, since answers are often longer than the panel; anything
   * else (the patient's own message, the typing dots) scrolls to the end.
   */
  protected override updated(changed: PropertyValues<this>): void {
    const transcript = this.transcript;
    if (!transcript || !(changed.has('messages') || changed.has('typing'))) return;
    const previous = changed.get('messages') as readonly ChatMessage[] | undefined;
    const last = this.messages.at(-1);
    const newAnswer = changed.has('messages') && last?.from === 'bot' && previous !== undefined && previous.at(-1)?.key !== last.key;
    const lastElement = [...transcript.querySelectorAll<HTMLElement>('[part~="message"]')].at(-1);
    if (newAnswer && lastElement && this.messages.length > 1) {
      transcript.scrollTop += lastElement.getBoundingClientRect().top - transcript.getBoundingClientRect().top - 16;
    } else {
      transcript.scrollTop = transcript.scrollHeight;
    }
  }

  private get strings(): Strings {
    return stringsFor(this.locale);
  }

  override render() {
    const t = this.strings;
    const lastBot = this.messages.findLast((m) => m.from === 'bot');
    const clinic = this.messages.findLast((m) => m.clinic)?.clinic;
    const opening = this.messages.findLast((m) => m.annulus.afterHours !== undefined)?.annulus;
    const expect = lastBot?.annulus.kind === 'lead-prompt' ? lastBot.annulus.expect : undefined;
    const suggestions = expect === 'consent' ? [] : (lastBot?.suggestions ?? []);
    return html`
      <section part="panel" role="dialog" aria-labelledby="heading" aria-describedby="disclaimer">
        <header part="header">
          <h2 id="heading">${this.heading || clinic?.name || t.defaultHeading}</h2>
          <button part="new-conversation" class="icon" aria-label=${t.newConversation} title=${t.newConversation}
            @click=${() => this.emit('annulus-restart')}>↻</button>
          <button part="close" class="icon" aria-label=${t.close} title=${t.close} @click=${() => this.emit('annulus-dismiss')}>×</button>
        </header>
        ${opening?.afterHours ? html`<p part="banner">${t.afterHours(this.formatOpening(opening.nextOpen))}</p>` : nothing}
        <p part="status" role="status" data-status=${this.status}>${t.status[this.status]}</p>
        <div part="transcript" role="log" aria-label=${t.transcript} tabindex="0">
          ${repeat(this.messages, (m) => m.key, (m) => this.renderMessage(m))}
          ${this.typing ? html`<div part="typing"><span></span><span></span><span></span><span class="visually-hidden">${t.typing}</span></div>` : nothing}
        </div>
        ${suggestions.length > 0
          ? html`<div part="suggestions" role="group" aria-label=${t.suggestions}>
              ${suggestions.map((s) => html`<button part="suggestion" @click=${() => this.send(s)}>${s}</button>`)}
            </div>`
          : nothing}
        ${this.renderComposer(expect, lastBot)}
        <p part="disclaimer" id="disclaimer">
          ${t.disclaimer} ${clinic?.emergencyNumber ? html`<strong>${t.emergency(clinic.emergencyNumber)}</strong>` : t.emergencyUnknown}
        </p>
        <div class="visually-hidden" role="alert">${this.alert}</div>
      </section>
    `;
  }

  private renderMessage(message: ChatMessage) {
    const t = this.strings;
    if (message.from === 'user') {
      return html`<div part="message message-user">
        <span class="visually-hidden">${t.you}:</span>${message.text}
        ${message.state === 'failed'
          ? html`<div class="failed">${t.notSent} <button @click=${() => this.emit('annulus-retry', { key: message.key })}>${t.retry}</button></div>`
          : nothing}
      </div>`;
    }
    const urgent = message.annulus.kind === 'urgent';
    return html`<div part="message message-bot" class=${urgent ? 'urgent' : ''}>
      <span class="visually-hidden">${t.assistant}:</span>
      ${urgent ? html`<span class="urgent-label">${t.urgent}</span>` : nothing}
      <div class="body">${message.markdown ? unsafeHTML(this.markdownOf(message)) : message.text}</div>
      ${message.citations.length > 0
        ? html`<section part="sources" aria-label=${t.sources}>
            <h3>${t.sources}</h3>
            <ol>
              ${message.citations.map(
                (c) => html`<li value=${c.position}>
                  ${c.url ? html`<a href=${c.url} target="_blank" rel="noopener noreferrer">${c.title}</a>` : c.title}
                  ${c.snippet ? html`<details><summary>${t.quoted}</summary><blockquote>${c.snippet}</blockquote></details>` : nothing}
                </li>`,
              )}
            </ol>
          </section>`
        : nothing}
    </div>`;
  }

  private renderComposer(expect: string | undefined, lastBot: ChatMessage | undefined) {
    const t = this.strings;
    const parts = expect ? 'composer lead-form' : 'composer';
    if (expect === 'consent') {
      const [agree, decline] = lastBot?.suggestions ?? [];
      return html`<div part=${parts} role="group" aria-label=${t.leadForm}>
        <div class="choices">
          ${agree ? html`<button class="choice" @click=${() => this.send(agree)}>${agree}</button>` : nothing}
          ${decline ? html`<button class="choice secondary" @click=${() => this.send(decline)}>${decline}</button>` : nothing}
        </div>
        ${this.renderCancel()}
      </div>`;
    }
    const field = inputFor(expect, this.contactKind);
    const label = expect ? (t.expect[expect] ?? t.inputLabel) : t.inputLabel;
    const disabled = this.status === 'expired';
    return html`<form part=${parts} aria-label=${expect ? t.leadForm : nothing} @submit=${this.onSubmit}>
      ${expect === 'contact'
        ? html`<fieldset>
            <legend>${t.contactKind}</legend>
            ${(['tel', 'email'] as const).map(
              (kind) => html`<label><input type="radio" name="contact-kind" .checked=${this.contactKind === kind}
                @change=${() => this.setContactKind(kind)}> ${kind === 'tel' ? t.phone : t.email}</label>`,
            )}
          </fieldset>`
        : nothing}
      <label class="field">
        <span class=${expect ? '' : 'visually-hidden'}>${label}</span>
        ${field.multiline
          ? html`<textarea part="input" rows="1" maxlength="2000" placeholder=${t.placeholder} .value=${live(this.draft)}
              ?disabled=${disabled} @input=${this.onInput} @keydown=${this.onKeydown}></textarea>`
          : html`<input part="input" type=${field.type} autocomplete=${field.autocomplete} inputmode=${field.inputMode ?? nothing}
              maxlength="500" .value=${live(this.draft)} ?disabled=${disabled} @input=${this.onInput}>`}
      </label>
      <button part="send" type="submit" ?disabled=${disabled || this.draft.trim() === ''}>${t.send}</button>
      ${expect ? this.renderCancel() : nothing}
    </form>`;
  }

  private renderCancel() {
    return html`<div class="lead-actions"><button type="button" class="link-button" @click=${() => this.send('cancel')}>${this.strings.cancel}</button></div>`;
  }

  private markdownOf(message: ChatMessage): string {
    let markup = this.rendered.get(message.key);
    if (markup === undefined) {
      markup = renderMarkdown(message.text, message.citations, (c) => this.strings.source(c.position, c.title));
      this.rendered.set(message.key, markup);
    }
    return markup;
  }

  private formatOpening(iso: string | undefined): string | undefined {
    if (!iso) return undefined;
    const at = new Date(iso);
    if (Number.isNaN(at.getTime())) return undefined;
    return new Intl.DateTimeFormat(this.locale, { weekday: 'long', hour: 'numeric', minute: '2-digit' }).format(at);
  }

  private async setContactKind(kind: 'tel' | 'email') {
    this.contactKind = kind;
    await this.updateComplete;
    this.input?.focus();
  }

  private onInput(event: Event) {
    this.draft = (event.target as HTMLInputElement).value;
  }

  /** Enter sends; Shift+Enter is a new line; Enter while an IME is composing belongs to the IME. */
  private onKeydown(event: KeyboardEvent) {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    this.submitDraft();
  }

  private onSubmit(event: Event) {
    event.preventDefault();
    this.submitDraft();
  }

  private submitDraft() {
    if (this.status === 'expired' || this.draft.trim() === '') return;
    this.send(this.draft.trim());
    this.draft = '';
  }

  private send(text: string) {
    this.emit('annulus-send', { text });
    void this.updateComplete.then(() => this.focusInput());
  }

  private emit(type: string, detail?: unknown) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

function plainText(markdown: string): string {
  return markdown.replace(/\[(\d+)\]/g, '').replace(/[*_`#>]/g, '').replace(/\s+/g, ' ').trim();
}

declare global {
  interface HTMLElementTagNameMap {
    'annulus-chat-panel': AnnulusChatPanel;
  }
}
