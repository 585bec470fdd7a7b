import type { Clinic } from '../kb/schema.js';
import { describeNextOpen, openingState } from '../clinic/opening-hours.js';
import { CALL_BACK_SUGGESTION } from '../answer/replies.js';
import type { BotMessage } from './activities.js';

/** Questions a first-time visitor can tap; each leads to an entry of the shipped knowledge base. */
const STARTERS = ['What is a slipped disc?', 'Do I need an MRI?', 'What is disc replacement?'];

function clockTime(clinic: Clinic, at: Date): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: clinic.timezone, hour: 'numeric', minute: '2-digit', hourCycle: 'h23' }).format(at);
}

/**
 * The first message of every conversation: what this is, what it is not, the emergency number, and
 * whether anyone is at the clinic right now.
 */
export function welcome(clinic: Clinic, now: Date, userId?: string): BotMessage {
  const state = openingState(clinic, now);
  const availability = state.open
    ? `The clinic is open now${state.closesAt ? `, until ${clockTime(clinic, state.closesAt)}` : ''}.`
    : `The clinic is closed now${state.nextOpen ? ` and opens ${describeNextOpen(clinic, state.nextOpen, now)}` : ''}. ` +
      'You can still ask me questions, or leave your details for a call back.';
  const text = [
    `Hello. I'm the automated assistant of ${clinic.name}. I answer general questions about spinal discs, ` +
      'sciatica, scans, treatments and the clinic, and I show where each answer comes from.',
    "I'm not a person and this is not medical advice: I can't examine you or tell you what is wrong.",
    `**In an emergency, call ${clinic.emergency.number} now.**`,
    availability,
  ].join('\n\n');
  return {
    text,
    annulus: { kind: 'smalltalk', afterHours: !state.open, nextOpen: state.nextOpen?.toISOString() },
    suggestions: [...STARTERS, CALL_BACK_SUGGESTION],
    userId,
    clinic: { name: clinic.name, emergencyNumber: clinic.emergency.number },
  };
}
