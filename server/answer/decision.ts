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
  /** The red-flag rule behind an urgent reply. */
  redFlag?: { id: string; level: 'emergency' | 'crisis' | 'urgent' };
}
