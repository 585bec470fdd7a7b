import { LitElement, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  ApiError, LEAD_STATUSES, LEADS_CSV_URL, NotSignedIn, listLeads, listUnanswered, signIn, signOut, updateLead,
  type Lead, type LeadStatus, type UnansweredQuestion,
} from './api.js';
import { dashboardStyles } from './styles.js';

type View = 'loading' | 'signed-out' | 'signed-in';

const OUTCOMES: Record<UnansweredQuestion['outcome'], string> = { fallback: 'No answer', clarify: 'Asked to clarify' };

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * `<annulus-staff>`: the clinic staff's view of call-back requests and of the questions the bot
 * could not answer. Every patient-typed value is bound as text, so markup in it is shown, never run.
 */
@customElement('annulus-staff')
export class AnnulusStaff extends LitElement {
  static override styles = dashboardStyles;

  @state() private view: View = 'loading';
  @state() private leads: Lead[] = [];
  @state() private unanswered: UnansweredQuestion[] = [];
  @state() private signInError = '';
  @state() private announcement = '';
  @state() private busy = false;

  @query('#password') private passwordInput?: HTMLInputElement;
  @query('#leads-heading') private leadsHeading?: HTMLElement;

  override connectedCallback() {
    super.connectedCallback();
    void this.load();
  }

  override render() {
    return html`
      <header>
        <h1>Staff dashboard</h1>
        ${this.view === 'signed-in' ? html`<button class="secondary" @click=${this.onSignOut}>Sign out</button>` : nothing}
      </header>
      <p role="status">${this.announcement}</p>
      ${this.view === 'loading' ? html`<p>Loading…</p>` : nothing}
      ${this.view === 'signed-out' ? this.renderSignIn() : nothing}
      ${this.view === 'signed-in' ? html`${this.renderLeads()}${this.renderUnanswered()}` : nothing}
    `;
  }

  private renderSignIn() {
    return html`
      <form @submit=${this.onSignIn} aria-labelledby="sign-in-heading">
        <h2 id="sign-in-heading">Sign in</h2>
        <label for="password">Staff password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required
          aria-describedby="sign-in-error" aria-invalid=${this.signInError ? 'true' : 'false'}>
        <button type="submit" ?disabled=${this.busy}>Sign in</button>
        <p id="sign-in-error" class="error" role="alert">${this.signInError}</p>
      </form>
    `;
  }

  private renderLeads() {
    return html`
      <section aria-labelledby="leads-heading">
        <h2 id="leads-heading" tabindex="-1">Call-back requests</h2>
        <p><a href=${LEADS_CSV_URL} download>Download CSV</a></p>
        ${this.leads.length === 0
          ? html`<p class="muted">No call-back requests yet.</p>`
          : html`<div class="scroll">
              <table>
                <caption class="muted">Newest first. A change of status or note is saved when you leave the field.</caption>
                <thead>
                  <tr>
                    <th scope="col">Received</th>
                    <th scope="col">Name</th>
                    <th scope="col">Phone / e-mail</th>
                    <th scope="col">Reason</th>
                    <th scope="col">Preferred time</th>
                    <th scope="col">After hours</th>
                    <th scope="col">Notices</th>
                    <th scope="col" id="status-heading">Status</th>
                    <th scope="col" id="note-heading">Note</th>
                  </tr>
                </thead>
                <tbody>${repeat(this.leads, (lead) => lead.id, (lead) => this.renderLead(lead))}</tbody>
              </table>
            </div>`}
      </section>
    `;
  }

  private renderLead(lead: Lead) {
    // Each control is named by its column and its row's patient, e.g. "Status Ann Smith".
    const nameId = `name-${lead.id}`;
    return html`
      <tr>
        <td><time datetime=${lead.createdAt}>${when(lead.createdAt)}</time></td>
        <th scope="row" id=${nameId}>${lead.name}</th>
        <td>${lead.phone ?? ''}${lead.phone && lead.email ? html`<br>` : nothing}${lead.email ?? ''}</td>
        <td>${lead.reason ?? ''}</td>
        <td>${lead.preferredTime ?? ''}</td>
        <td>${lead.afterHours ? 'Yes' : 'No'}</td>
        <td>${lead.notices.length === 0 ? 'none configured' : lead.notices.map((n) => `${n.channel}: ${n.status}`).join(', ')}</td>
        <td>
          <select aria-labelledby="status-heading ${nameId}" @change=${(e: Event) => this.onStatusChange(lead, e)}>
            ${LEAD_STATUSES.map((s) => html`<option value=${s} ?selected=${s === lead.status}>${s}</option>`)}
          </select>
        </td>
        <td>
          <textarea rows="2" maxlength="2000" aria-labelledby="note-heading ${nameId}" .value=${lead.note ?? ''}
            @change=${(e: Event) => this.onNoteChange(lead, e)}></textarea>
        </td>
      </tr>
    `;
  }

  private renderUnanswered() {
    return html`
      <section aria-labelledby="unanswered-heading">
        <h2 id="unanswered-heading">Unanswered questions</h2>
        ${this.unanswered.length === 0
          ? html`<p class="muted">Every question so far got an answer.</p>`
          : html`<div class="scroll">
              <table>
                <caption class="muted">Questions the bot could not answer with confidence, most asked first.</caption>
                <thead>
                  <tr>
                    <th scope="col">Question</th>
                    <th scope="col">Outcome</th>
                    <th scope="col" class="number">Times asked</th>
                    <th scope="col">Last asked</th>
                  </tr>
                </thead>
                <tbody>
                  ${this.unanswered.map((q) => html`
                    <tr>
                      <td>${q.question}</td>
                      <td>${OUTCOMES[q.outcome]}</td>
                      <td class="number">${q.count}</td>
                      <td><time datetime=${q.lastAskedAt}>${when(q.lastAskedAt)}</time></td>
                    </tr>`)}
                </tbody>
              </table>
            </div>`}
      </section>
    `;
  }

  private async load() {
    try {
      [this.leads, this.unanswered] = await Promise.all([listLeads(), listUnanswered()]);
      this.view = 'signed-in';
    } catch (error) {
      this.fail(error);
    }
  }

  private async onSignIn(event: SubmitEvent) {
    event.preventDefault();
    const input = this.passwordInput;
    if (!input || this.busy) return;
    this.busy = true;
    try {
      await signIn(input.value);
      this.signInError = '';
      this.announcement = '';
      await this.load();
      await this.updateComplete;
      this.leadsHeading?.focus();
    } catch (error) {
      this.signInError = error instanceof ApiError ? error.message : 'The server could not be reached.';
      input.focus();
      input.select();
    } finally {
      this.busy = false;
    }
  }

  private async onSignOut() {
    try {
      await signOut();
    } catch (error) {
      if (!(error instanceof NotSignedIn)) return this.fail(error);
    }
    await this.showSignIn('You are signed out.');
  }

  private async onStatusChange(lead: Lead, event: Event) {
    const select = event.target as HTMLSelectElement;
    if (!(await this.save(lead, { status: select.value as LeadStatus }, 'Status saved.'))) select.value = lead.status;
  }

  private async onNoteChange(lead: Lead, event: Event) {
    const note = (event.target as HTMLTextAreaElement).value;
    await this.save(lead, { status: lead.status, note }, 'Note saved.');
  }

  private async save(lead: Lead, change: { status: LeadStatus; note?: string }, done: string): Promise<boolean> {
    try {
      const updated = await updateLead(lead.id, change);
      this.leads = this.leads.map((l) => (l.id === updated.id ? updated : l));
      this.announcement = done;
      return true;
    } catch (error) {
      this.fail(error);
      return false;
    }
  }

  private fail(error: unknown) {
    if (error instanceof NotSignedIn) {
      void this.showSignIn(this.view === 'signed-in' ? 'Your session has ended. Sign in again.' : '');
    } else {
      this.announcement = error instanceof ApiError ? error.message : 'The server could not be reached. Try again.';
    }
  }

  private async showSignIn(message: string) {
    // Patients' details leave the page with the session.
    this.leads = [];
    this.unanswered = [];
    this.view = 'signed-out';
    this.announcement = message;
    await this.updateComplete;
    this.passwordInput?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'annulus-staff': AnnulusStaff;
  }
}
