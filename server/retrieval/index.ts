import Fuse from 'fuse.js';
import type { Entry } from '../kb/knowledge-base.js';
import type { Normaliser } from './normalise.js';

/** An entry as the index sees it: every text reduced to its terms. */
export interface IndexedEntry {
  entry: Entry;
  /** One term list per alternate question, and the title last. */
  phrasings: string[][];
  /** Every term the entry uses anywhere, body included. */
  allTerms: Set<string>;
  /** For Fuse: each phrasing as a string of whole-word tokens. */
  fusePhrasings: string[];
}

/**
 * Fuse's token search matches a term anywhere inside a text, so "disc" would also hit "discectomi".
 * Wrapping each term in underscores makes a term match only the whole term; typos were corrected
 * before this point, so exact terms lose nothing.
 */
export const asFuseText = (terms: readonly string[]) => terms.map((term) => `_${term}_`).join(' ');
const fuseTokens = (text: string) => text.split(' ').filter(Boolean);

/**
 * Words that say what kind of answer is wanted, not what it is about: "how do I know if I have a
 * slipped disc" is about herniation first. Rare in entries, they would otherwise outweigh the
 * topic, so they get a small fixed weight. Stemmed, as the index holds them.
 */
const QUESTION_WORDS = new Set(['how', 'when', 'why', 'know', 'need', 'long', 'get', 'take', 'go', 'happen', 'help', 'normal', 'usual']);
const QUESTION_WORD_WEIGHT = 0.7;

export class EntryIndex {
  readonly entries: IndexedEntry[];
  private readonly documentFrequency = new Map<string, number>();
  private readonly fuse: Fuse<IndexedEntry>;

  constructor(entries: readonly Entry[], readonly normaliser: Normaliser, private readonly unknownTermEntries: number) {
    this.entries = entries.map((entry) => {
      const phrasings = [...entry.questions, entry.title].map((text) => normaliser.terms(text));
      const allTerms = new Set([...phrasings.flat(), ...normaliser.terms(entry.body)]);
      return { entry, phrasings, allTerms, fusePhrasings: phrasings.map(asFuseText) };
    });
    for (const indexed of this.entries) {
      for (const term of indexed.allTerms) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    }
    this.fuse = new Fuse(this.entries, {
      keys: [{ name: 'fusePhrasings', weight: 1 }],
      useTokenSearch: true,
      tokenize: fuseTokens,
      threshold: 0,
      includeScore: true,
      ignoreFieldNorm: true,
    });
  }

  /**
   * How telling a term is: rare terms say more about which entry is meant. A term no entry uses
   * weighs like one that `unknownTermEntries` entries use: enough that a question mostly about
   * something else ("3d printer extrusion") falls below the answer threshold, not so much that one
   * stray word ("mild") sinks a question the knowledge base does answer.
   */
  weight(term: string): number {
    if (QUESTION_WORDS.has(term)) return QUESTION_WORD_WEIGHT;
    const n = this.entries.length;
    const df = this.documentFrequency.get(term) ?? this.unknownTermEntries;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Fuse's best matches for the terms: the candidates that confidence scoring then ranks. */
  candidates(terms: readonly string[], limit: number): IndexedEntry[] {
    if (terms.length === 0) return [];
    return this.fuse.search(asFuseText(terms), { limit }).map((result) => result.item);
  }
}
