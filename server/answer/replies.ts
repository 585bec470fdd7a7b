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
  // "you've been a star", "the staff on reception were so kind": praise is not thanks to answer
  // with "you are welcome".
  praise: "Thank you, that's kind of you to say. Is there anything else I can help with?",
  // "sorry pressed send by accident", "never mind, sorted it".
  'never-mind': 'No problem. Whenever you have a question, just type it here.',
  // The safety net (red-flags.yaml) follows it.
  goodbye: 'Take care.',
  identity:
    "I'm an automated assistant for {{clinic.name}}, not a person. I answer general questions about disc problems, " +
    "sciatica, scans, treatments and the clinic, from information the clinic's team has checked, and I show the " +
    "source of every answer. I can't examine you or tell you what is wrong. If you would like to talk to someone, " +
    'I can ask the team to call you back.',
  // "can you diagnose me", "can you give me medical advice": the honest answer first.
  'personal-advice':
    "No, I can't diagnose you or give advice about your own case: I haven't examined you or seen your records. " +
    'I can explain disc problems, sciatica, scans and treatments in general, which may help when you talk to a ' +
    'clinician. If you would like a clinician to talk it through with you, I can ask the {{clinic.name}} team to ' +
    'call you back.',
  language:
    "I'm sorry, I can only read and answer questions in English. If you would rather talk to someone, I can ask " +
    'the {{clinic.name}} team to call you back.',
  // The bot keeps only the last answered entry of a conversation, for follow-ups (server/bot/threads.ts).
  memory:
    "I can't look back over our conversation. I only keep track of the topic of my last answer, so that a short " +
    'follow-up such as "and the risks?" makes sense. Please ask your question again in full, and I will answer it.',
  // "wrong answer", "that's not what I asked", "you're useless".
  misunderstood:
    "I'm sorry that didn't help. I may have misread your question, or answered it in a way that isn't clear. It " +
    'often helps to ask again in other words, one question at a time. If you would rather talk to someone, I can ' +
    'ask the {{clinic.name}} team to call you back.',
  handoff:
    'Of course. I can pass your details to the {{clinic.name}} team so that someone calls you back. ' +
    'It takes a few short questions, and you can type "cancel" at any time.',
  fallback:
    "I'm sorry, I don't have a reliable answer to that, and I'd rather not guess. I can answer general questions " +
    'about spinal discs, sciatica, scans, treatments and the clinic. If you would like to talk to someone, I can ' +
    'ask the {{clinic.name}} team to call you back.',
  // Pregnancy changes what is safe, and the answers do not say how (see PREGNANCY_CHANGES in decide.ts).
  'fallback-pregnancy':
    "Pregnancy and breastfeeding change which medicines, scans and treatments are safe, and my answers don't cover " +
    "that, so I'd rather not guess. Your midwife, GP or pharmacist can advise you. If you would like to talk to " +
    'someone here, I can ask the {{clinic.name}} team to call you back.',
  clarify: "I want to be sure I answer the right question. Did you mean one of these?",
} as const;

export type ReplyName = keyof typeof TEXTS | SmallTalk;

export const CALL_BACK_SUGGESTION = 'Ask for a call back';

export function reply(name: ReplyName, clinic: Clinic): string {
  return fillClinicPlaceholders(TEXTS[name], clinic).text;
}
