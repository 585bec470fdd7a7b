import { createHash } from 'node:crypto';
import { z } from 'zod';
import { describeNextOpen, openingState } from '../clinic/opening-hours.js';
import type { BotMessage } from '../bot/activities.js';
import type { Clinic } from '../kb/schema.js';
import type { FlowState, FlowStateStore, FlowStep } from './flow-state.js';
import type { Lead, LeadStore, NewLead, NoticeChannel } from './lead-store.js';

const SKIP = 'Skip';
const AGREE = 'Yes, I agree';
const DECLINE = 'No, thank you';

const cancel = /^\s*(cancel|stop|quit|exit|never ?mind|forget it)\s*[.!]?\s*$/i;
const skip = /^\s*(skip|no|none|nothing|pass|-)\s*[.!]?\s*$/i;
const yes = /^\s*(yes|y|yeah|yep|ok|okay|i agree|agree|i do|sure)\b/i;
const no = /^\s*(no|n|nope|i do not|i don't|don't|do not|no,? thank you|no thanks)\b/i;

const email = z.email();
/** Phone numbers as people type them: digits with spaces, dashes, dots, brackets, an optional leading +. */
const phone = /^\+?[\d\s().-]{7,25}$/;
const LIMITS = { name: 200, reason: 1_000, time: 200 } as const;

export interface LeadFlowOptions {
  clinic: Clinic;
  leads: LeadStore;
  states: FlowStateStore;
  channels: readonly NoticeChannel[];
  retentionDays: number;
  /** Called once a lead is committed, to send its notices promptly. */
  onLead: (lead: Lead) => void;
  now: () => Date;
}

/**
 * The call-back request, one question at a time: name, phone or e-mail, reason and preferred time
 * (both may be skipped), then an explicit yes to a consent text that names the clinic and says what
 * happens with the data. Nothing is stored as a lead before that yes; "cancel" forgets everything.
 */
export class LeadFlow {
  readonly consentText: string;
  readonly consentVersion: string;

  constructor(private readonly options: LeadFlowOptions) {
    const { clinic, retentionDays } = options;
    this.consentText =
      `${clinic.name} will keep your name, contact details and what you wrote here so that a member of its team ` +
      `can call you back. They are used for nothing else and are deleted after ${retentionDays} days. ` +
      `The clinic's privacy notice: ${clinic.urls.privacy ?? clinic.urls.website ?? ''}`.trim();
    this.consentVersion = createHash('sha256').update(this.consentText).digest('hex').slice(0, 12);
  }

  active(conversationId: string): boolean {
    return this.options.states.get(conversationId) !== undefined;
  }

  start(conversationId: string): BotMessage {
    this.options.states.put(conversationId, { step: 'name' });
    return this.prompt('name');
  }

  /** The current question again, e.g. after an urgent reply interrupted the flow. */
  repeat(conversationId: string): BotMessage | undefined {
    const state = this.options.states.get(conversationId);
    return state && this.prompt(state.step);
  }

  /** One answer from the patient; returns what the bot says next. */
  answer(conversationId: string, text: string): BotMessage[] {
    const { states, clinic } = this.options;
    const state = states.get(conversationId);
    if (!state) return [];
    if (cancel.test(text)) {
      states.remove(conversationId);
      return [{ text: "No problem: I haven't kept any of the details you gave. Is there anything else I can help with?", annulus: { kind: 'smalltalk' } }];
    }
    const value = text.replace(/[\p{Cc}\p{Cf}]+/gu, ' ').replace(/\s+/g, ' ').trim();
    const next = (update: Partial<FlowState>, step: FlowStep) => {
      states.put(conversationId, { ...state, ...update, step });
      return [this.prompt(step)];
    };
    switch (state.step) {
      case 'name':
        if (value === '') return [this.prompt('name', 'Please type the name the team should ask for.')];
        if (value.length > LIMITS.name) return [this.prompt('name', `Please keep the name under ${LIMITS.name} characters.`)];
        return next({ name: value }, 'contact');
      case 'contact': {
        if (email.safeParse(value).success) return next({ email: value, phone: undefined }, 'reason');
        if (phone.test(value) && value.replace(/\D/g, '').length >= 7 && value.replace(/\D/g, '').length <= 15) {
          return next({ phone: value, email: undefined }, 'reason');
        }
        return [this.prompt('contact', "That doesn't look like a phone number or an e-mail address. Please type it again, for example 01632 960 000 or name@example.com.")];
      }
      case 'reason':
        if (value.length > LIMITS.reason) return [this.prompt('reason', `Please keep it under ${LIMITS.reason} characters; the team will ask for the rest.`)];
        return next({ reason: skip.test(value) || value === '' ? undefined : value }, 'time');
      case 'time':
        if (value.length > LIMITS.time) return [this.prompt('time', `Please keep it under ${LIMITS.time} characters.`)];
        return next({ preferredTime: skip.test(value) || value === '' ? undefined : value }, 'consent');
      case 'consent':
        if (yes.test(value)) return [this.confirm(conversationId, state)];
        if (no.test(value)) {
          states.remove(conversationId);
          return [{
            text: `Understood: I haven't kept your details. You can call ${clinic.name} on ${clinic.phone} when it is open.`,
            annulus: { kind: 'smalltalk' },
          }];
        }
        return [this.prompt('consent', 'I need a clear yes or no to this.')];
    }
  }

  private confirm(conversationId: string, state: FlowState): BotMessage {
    const { leads, states, clinic, channels, onLead, now } = this.options;
    const at = now();
    const opening = openingState(clinic, at);
    const lead: NewLead = {
      name: state.name as string, phone: state.phone, email: state.email, reason: state.reason, preferredTime: state.preferredTime,
      consentText: this.consentText, consentVersion: this.consentVersion, consentAt: at, afterHours: !opening.open, conversationId,
    };
    // Committed before the confirmation goes out: a crash after "thank you" cannot lose the lead.
    const stored = leads.create(lead, channels);
    states.remove(conversationId);
    onLead(stored);
    const when = opening.open
      ? 'The clinic is open now, so someone should call you today.'
      : `The clinic is closed now, so the team will call you ${opening.nextOpen ? describeNextOpen(clinic, opening.nextOpen, at) : 'when it reopens'}.`;
    return {
      text: `Thank you, ${stored.name}. I've passed your request to the ${clinic.name} team (reference ${stored.id}). ${when}\n\n` +
        `If your symptoms get worse or you develop numbness around your bottom or genitals, new trouble with your bladder or bowel, ` +
        `or weakness in your legs, call ${clinic.emergency.number} straight away.`,
      annulus: { kind: 'lead-confirmed', leadId: stored.id, afterHours: !opening.open, nextOpen: opening.open ? undefined : opening.nextOpen?.toISOString() },
    };
  }

  private prompt(step: FlowStep, correction?: string): BotMessage {
    const question: Record<FlowStep, { text: string; suggestions?: string[] }> = {
      name: { text: 'What name should the team ask for?' },
      contact: { text: 'What phone number or e-mail address should they use?' },
      reason: { text: 'In a few words, what would you like to talk about? You can skip this.', suggestions: [SKIP] },
      time: { text: 'When is a good time to call, for example "weekday mornings"? You can skip this.', suggestions: [SKIP] },
      consent: { text: `${this.consentText}\n\nDo you agree?`, suggestions: [AGREE, DECLINE] },
    };
    const { text, suggestions } = question[step];
    return { text: correction ? `${correction}\n\n${text}` : text, annulus: { kind: 'lead-prompt', expect: step }, suggestions };
  }
}
