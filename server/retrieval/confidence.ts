import type { IndexedEntry } from './index.js';

/**
 * How sure we are that `entry` answers a question with these terms, in 0..1.
 *
 * Two signals, each weighted by how telling a term is:
 * - the best single phrasing (an alternate question or the title): F1 of the share of the
 *   question it explains and the share of the phrasing the question covers, so "what is an
 *   extrusion" prefers the definition over "is an extrusion worse than a protrusion";
 * - coverage of the question by anything in the entry, body included, so context words the
 *   phrasings lack still count.
 * Words the knowledge base has never seen weigh most, which is what pushes "3d printer extrusion
 * temperature" below the answer threshold although "extrusion" matches perfectly.
 */
export function confidence(queryTerms: readonly string[], indexed: IndexedEntry, weight: (term: string) => number,
  phrasingShare: number): number {
  const terms = [...new Set(queryTerms)];
  const queryWeight = sum(terms, weight);
  if (queryWeight === 0) return 0;

  let bestPhrasing = 0;
  for (const phrasing of indexed.phrasings) {
    const phrasingTerms = new Set(phrasing);
    const matched = sum(terms.filter((t) => phrasingTerms.has(t)), weight);
    if (matched === 0) continue;
    const explained = matched / queryWeight;
    const covered = matched / sum([...phrasingTerms], weight);
    bestPhrasing = Math.max(bestPhrasing, (2 * explained * covered) / (explained + covered));
  }
  const coverage = sum(terms.filter((t) => indexed.allTerms.has(t)), weight) / queryWeight;
  return phrasingShare * bestPhrasing + (1 - phrasingShare) * coverage;
}

function sum(terms: readonly string[], weight: (term: string) => number): number {
  let total = 0;
  for (const term of terms) total += weight(term);
  return total;
}
