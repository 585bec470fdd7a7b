import type { IndexedEntry } from './index.js';
import type { Normaliser } from './normalise.js';

const MAX_SNIPPET_WORDS = 60;

/** Markdown reduced to the words a reader sees. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The body split into sentences; list items count as sentences of their own. */
export function sentences(markdown: string): string[] {
  return markdown
    .split(/\n\s*\n|\n(?=\s*(?:[-*+]|\d+\.)\s)/)
    .flatMap((block) => plainText(block.replace(/^\s*(?:[-*+]|\d+\.)\s+/, '')).split(/(?<=[.!?])\s+(?=[A-Z0-9"'(])/))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * The sentence or two of the entry that best answer the question: the quote shown under the
 * answer as its cited snippet. When nothing in the body matches the question's words (a question
 * matched through an alternate phrasing), the opening sentence, which answers directly, is used.
 */
export function chooseSnippet(indexed: IndexedEntry, queryTerms: readonly string[], normaliser: Normaliser,
  weight: (term: string) => number): string {
  const all = sentences(indexed.entry.body);
  if (all.length === 0) return '';
  const wanted = new Set(queryTerms);
  const scores = all.map((sentence, position) => {
    const terms = new Set(normaliser.terms(sentence));
    let score = 0;
    for (const term of wanted) if (terms.has(term)) score += weight(term);
    // Earlier sentences carry the direct answer, so they win ties.
    return score - position * 1e-3;
  });
  let best = 0;
  scores.forEach((score, i) => { if (score > (scores[best] as number)) best = i; });
  if ((scores[best] as number) <= 0) best = 0;

  let snippet = all[best] as string;
  const next = all[best + 1];
  if (next !== undefined && wordCount(snippet) + wordCount(next) <= MAX_SNIPPET_WORDS && (wordCount(snippet) < 15 || (scores[best + 1] as number) > 0)) {
    snippet = `${snippet} ${next}`;
  }
  return snippet;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
