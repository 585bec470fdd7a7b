import { fillClinicPlaceholders } from '../kb/clinic-text.js';
import type { Clinic } from '../kb/schema.js';
import type { SmallTalk } from '../triage/intents.js';

/**
 * The bot's own words: everything it says that is not an entry or a red-flag rule. They speak for
 * the clinic, so they take its name and numbers from clinic.yaml.
 */
const TEXTS = {
  greeting:
    "Hello. I'm {{clinic.name}}'s automated assistant. I can answer general questions about disc problems, " +
    "sciatica, scans and treatments, and about the clinic, and I show where each answer comes from. " +
    "I can't examine you or give personal medical advice. What would you like to know?",
  thanks: 'You are welcome. Is there anything else I can help with?',
  goodbye:
    'Take care. If you develop numbness around your bottom or genitals, new trouble with your bladder or bowel, ' +
    'or weakness in both legs, call {{clinic.emergency.number}} straight away.',
  identity:
    "I'm an automated assistant for {{clinic.name}}, not a person. I answer from information the clinic's team " +
    "has checked, and I show the source of every answer. I can't examine you or tell you what is wrong. If you " +
    'would like to talk to someone, I can ask the team to call you back.',
  handoff:
    'Of course. I can pass your details to the {{clinic.name}} team so that someone calls you back. ' +
    'It takes a few short questions, and you can type "cancel" at any time.',
  fallback:
    "I'm sorry, I don't have a reliable answer to that, and I'd rather not guess. I can answer general questions " +
    'about spinal discs, sciatica, scans, treatments and the clinic. If you would like to talk to someone, I can ' +
    'ask the {{clinic.name}} team to call you back.',
  clarify: "I want to be sure I answer the right question. Did you mean one of these?",
} as const;

export type ReplyName = keyof typeof TEXTS | SmallTalk;

export const CALL_BACK_SUGGESTION = 'Ask for a call back';

export function reply(name: ReplyName, clinic: Clinic): string {
  return fillClinicPlaceholders(TEXTS[name], clinic).text;
}
