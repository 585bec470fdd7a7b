import type { IndexedEntry } from './index.js';

/**
 * How sure we are that an entry answers a question, in 0..1, from two signals, each weighted by
 * how telling a term is:
 * - coverage: the share of the question the entry uses anywhere, body included, so context words
 *   the phrasings lack still count. Words the knowledge base has never seen weigh most, which is
 *   what pushes "3d printer extrusion temperature" below the answer threshold although
 *   "extrusion" matches perfectly;
 * - the best single phrasing (an alternate question or the title): F1 of the share of the
 *   question it explains and the share of the phrasing the question covers, so "what is an
 *   extrusion" prefers the definition over "is an extrusion worse than a protrusion".
 */
export function confidence(coverage: number, phrasing: number, phrasingShare: number): number {
  return phrasingShare * phrasing + (1 - phrasingShare) * coverage;
}

/**
 * The most confidence an entry with this coverage can reach. A phrasing explains at most what the
 * entry covers, and is covered at most wholly and at most `coverable` (see Retriever.rank); F1
 * grows with both, so its best is that of `coverage` and the smaller of the two. (A hair is added
 * so rounding can never cut off an entry that reaches it.)
 */
export function confidenceBound(coverage: number, phrasingShare: number, coverable = 1): number {
  const covered = Math.min(1, coverable);
  return confidence(coverage, coverage === 0 ? 0 : (2 * coverage * covered) / (coverage + covered), phrasingShare) + 1e-9;
}

/**
 * F1 of the best phrasing, as described above. `mask` marks the question's terms by index id
 * (EntryIndex.mask): phrasings are short and a story is long, so each phrasing's terms are looked up
 * in the question, not the other way round.
 */
export function bestPhrasing(mask: Float32Array, queryWeight: number, indexed: IndexedEntry): number {
  let best = 0;
  for (const { termIds, termWeights, weight } of indexed.phrasings) {
    let matched = 0;
    for (let k = 0; k < termIds.length; k++) matched += (termWeights[k] as number) * (mask[termIds[k] as number] as number);
    if (matched === 0) continue;
    const explained = matched / queryWeight;
    const covered = matched / weight;
    best = Math.max(best, (2 * explained * covered) / (explained + covered));
  }
  return best;
}
