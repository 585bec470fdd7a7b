import type { Topic } from './topics.js';
import type { Clinic, Lexicon, RedFlags, Source } from './schema.js';

export interface CitedSource {
  source: Source;
  locator?: string;
}

export interface Entry {
  id: string;
  topic: Topic;
  title: string;
  questions: string[];
  sources: CitedSource[];
  reviewedBy: string;
  reviewedOn: string;
  related: string[];
  /** The Markdown answer with clinic placeholders filled. */
  body: string;
  file: string;
}

/** Everything the bot answers from, validated and cross-checked. */
export interface KnowledgeBase {
  dir: string;
  clinic: Clinic;
  sources: Map<string, Source>;
  lexicon: Lexicon;
  redFlags: RedFlags;
  entries: Entry[];
}
