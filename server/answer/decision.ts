import type { Topic } from '../kb/topics.js';

export type DecisionKind = 'answer' | 'clarify' | 'fallback' | 'urgent' | 'smalltalk' | 'handoff';

export interface Citation {
  position: number;
  title: string;
  url: string;
  /** The sentence or two of the answer this source supports. */
  snippet: string;
}

export interface Candidate {
  entryId: string;
  topic: Topic;
  title: string;
  confidence: number;
}

/** What the bot says to one message, before any channel formats it. */
export interface Decision {
  kind: DecisionKind;
  /** Markdown: citation badges [n] and their reference definitions included. */
  text: string;
  topic?: Topic;
  entryId?: string;
  confidence?: number;
  citations: Citation[];
  /** Follow-ups offered as buttons; each, sent back as a message, leads where its label says. */
  suggestions: string[];
  /** Ranked alternatives: the did-you-mean list of a clarify, the runners-up of an answer. */
  candidates: Candidate[];
  /**
   * What a question sent to retrieval names besides the clinic's field. Kept with the decision so
   * that `npm run calibrate` re-applies thresholds exactly as chooseOutcome did.
   */
  elsewhere?: NamedElsewhere;
  /** The red-flag rule behind an urgent reply. */
  redFlag?: { id: string; level: 'emergency' | 'crisis' | 'urgent' };
}

/** What a question names besides the clinic's field (see chooseOutcome). */
export interface NamedElsewhere {
  /** A subject outside the clinic's field (OTHER_SUBJECT_WORDS). */
  otherSubject: boolean;
  /** Another subject, and no word that places the question in the clinic's field (FIELD_WORDS). */
  onlyTheOtherSubject: boolean;
  /** A place with its own hours and payments (OTHER_PLACE_WORDS). */
  otherPlace: boolean;
  /** A place, and no entry's topic besides what the place's own word reads as ("gym" as exercise). */
  onlyThePlace: boolean;
  /** A pregnancy or breastfeeding told as now, and whether the question asks if something is safe (see PREGNANCY_CHANGES). */
  pregnancy?: { asksIfSafe: boolean };
}
