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

const BLOCK_BREAK = /\n\s*\n|\n(?=\s*(?:[-*+]|\d+\.)\s)/;

function blockSentences(block: string): string[] {
  return plainText(block.replace(/^\s*(?:[-*+]|\d+\.)\s+/, ''))
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"'(])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The body split into sentences; list items count as sentences of their own. */
export function sentences(markdown: string): string[] {
  return markdown.split(BLOCK_BREAK).flatMap(blockSentences);
}

/**
 * Entries give the direct answer in their first paragraph, so a match there counts this much more
 * than the same match in a detail further down.
 */
const LEAD_BONUS = 1.5;

/** An entry's body as snippet choice reads it: its sentences, their terms, and which lead. */
export interface BodySentences {
  all: string[];
  terms: Set<string>[];
  leadCount: number;
}

export function readSentences(body: string, normaliser: Normaliser): BodySentences {
  const all = sentences(body);
  return {
    all,
    terms: all.map((sentence) => new Set(normaliser.terms(sentence))),
    leadCount: blockSentences(body.split(BLOCK_BREAK)[0] ?? '').length,
  };
}

/**
 * The sentence or two of the entry that best answer the question: the quote shown under the
 * answer as its cited snippet. When nothing in the body matches the question's words (a question
 * matched through an alternate phrasing), the opening sentence, which answers directly, is used.
 */
export function chooseSnippet({ all, terms, leadCount }: BodySentences, queryTerms: readonly string[],
  weight: (term: string) => number): string {
  if (all.length === 0) return '';
  const wanted = new Set(queryTerms);
  const scores = terms.map((sentenceTerms, position) => {
    let score = 0;
    for (const term of wanted) if (sentenceTerms.has(term)) score += weight(term);
    // Earlier sentences carry the direct answer, so they win ties.
    return score * (position < leadCount ? LEAD_BONUS : 1) - position * 1e-3;
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
