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

export class EntryIndex {
  readonly entries: IndexedEntry[];
  private readonly documentFrequency = new Map<string, number>();
  private readonly fuse: Fuse<IndexedEntry>;

  constructor(entries: readonly Entry[], readonly normaliser: Normaliser) {
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

  /** How telling a term is: rare terms say more about which entry is meant; unknown terms the most. */
  weight(term: string): number {
    const n = this.entries.length;
    const df = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Fuse's best matches for the terms: the candidates that confidence scoring then ranks. */
  candidates(terms: readonly string[], limit: number): IndexedEntry[] {
    if (terms.length === 0) return [];
    return this.fuse.search(asFuseText(terms), { limit }).map((result) => result.item);
  }
}
