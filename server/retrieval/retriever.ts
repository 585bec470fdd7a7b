import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { CALIBRATION, type Calibration } from './calibration.js';
import { bestPhrasing, confidence, confidenceBound } from './confidence.js';
import { EntryIndex, type IndexedEntry } from './index.js';
import { Normaliser } from './normalise.js';
import { chooseSnippet, readSentences, type BodySentences } from './snippet.js';

export interface RankedEntry {
  indexed: IndexedEntry;
  confidence: number;
}

/** Enough for a clarify list of three and the runners-up a channel may show. */
const RANKED = 10;
/** Past this many terms a message is a story, not a question; its first terms carry the question. */
const MAX_QUERY_TERMS = 40;

/** Retrieval over one knowledge base: query normalisation, the index, confidence and snippets. */
export class Retriever {
  readonly normaliser: Normaliser;
  readonly index: EntryIndex;
  /** Bodies split and normalised on first answer, not at start-up: most entries are rarely asked. */
  private readonly bodies = new WeakMap<IndexedEntry, BodySentences>();

  constructor(kb: KnowledgeBase, extraVocabulary: Iterable<string> = [], readonly calibration: Calibration = CALIBRATION) {
    const texts = kb.entries.flatMap((e) => [...e.questions, e.title, e.body]);
    this.normaliser = new Normaliser(kb.lexicon, [...texts, ...extraVocabulary]);
    this.index = new EntryIndex(kb.entries, this.normaliser, calibration.unknownTermEntries);
  }

  search(text: string): { terms: string[]; ranked: RankedEntry[] } {
    const terms = [...new Set(this.normaliser.terms(text).slice(0, MAX_QUERY_TERMS))];
    const weight = (term: string) => this.index.weight(term);
    const queryWeight = terms.reduce((sum, term) => sum + weight(term), 0);
    if (queryWeight === 0) return { terms, ranked: [] };

    const share = this.calibration.phrasingShare;
    const byCoverage = [...this.index.matches(terms)]
      .map(([position, matched]) => ({ indexed: this.index.entries[position] as IndexedEntry, coverage: matched / queryWeight }))
      .sort((a, b) => b.coverage - a.coverage);
    // Phrasings are compared only while an entry could still make the list: its bound must beat
    // the confidence of the last entry on it.
    const ranked: RankedEntry[] = [];
    for (const { indexed, coverage } of byCoverage) {
      if (ranked.length >= RANKED && confidenceBound(coverage, share) <= (ranked[RANKED - 1] as RankedEntry).confidence) break;
      const score = confidence(coverage, bestPhrasing(terms, queryWeight, indexed, weight), share);
      const at = ranked.findIndex((r) => r.confidence < score);
      ranked.splice(at < 0 ? ranked.length : at, 0, { indexed, confidence: score });
      if (ranked.length > RANKED) ranked.pop();
    }
    return { terms, ranked };
  }

  snippet(indexed: IndexedEntry, terms: readonly string[]): string {
    let body = this.bodies.get(indexed);
    if (!body) {
      body = readSentences(indexed.entry.body, this.normaliser);
      this.bodies.set(indexed, body);
    }
    return chooseSnippet(body, terms, (term) => this.index.weight(term));
  }
}
