import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { CALIBRATION, type Calibration } from './calibration.js';
import { confidence } from './confidence.js';
import { EntryIndex, type IndexedEntry } from './index.js';
import { Normaliser } from './normalise.js';
import { chooseSnippet } from './snippet.js';

export interface RankedEntry {
  indexed: IndexedEntry;
  confidence: number;
}

/** Fuse proposes; confidence ranks. Ten candidates are plenty for a clarify list of three. */
const CANDIDATES = 10;
/** Past this many terms a message is a story, not a question; its first terms carry the question. */
const MAX_QUERY_TERMS = 40;

/** Retrieval over one knowledge base: query normalisation, Fuse candidates, confidence, snippets. */
export class Retriever {
  readonly normaliser: Normaliser;
  readonly index: EntryIndex;

  constructor(kb: KnowledgeBase, extraVocabulary: Iterable<string> = [], readonly calibration: Calibration = CALIBRATION) {
    const texts = kb.entries.flatMap((e) => [...e.questions, e.title, e.body]);
    this.normaliser = new Normaliser(kb.lexicon, [...texts, ...extraVocabulary]);
    this.index = new EntryIndex(kb.entries, this.normaliser, calibration.unknownTermEntries);
  }

  search(text: string): { terms: string[]; ranked: RankedEntry[] } {
    const terms = this.normaliser.terms(text).slice(0, MAX_QUERY_TERMS);
    const weight = (term: string) => this.index.weight(term);
    const ranked = this.index.candidates(terms, CANDIDATES)
      .map((indexed) => ({ indexed, confidence: confidence(terms, indexed, weight, this.calibration.phrasingShare) }))
      .sort((a, b) => b.confidence - a.confidence);
    return { terms, ranked };
  }

  snippet(indexed: IndexedEntry, terms: readonly string[]): string {
    return chooseSnippet(indexed, terms, this.normaliser, (term) => this.index.weight(term));
  }
}
