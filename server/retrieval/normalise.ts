import { stemmer } from 'stemmer';
import type { Lexicon } from '../kb/schema.js';
import { boundedEditDistance } from './edit-distance.js';
import { isEnglishWord } from './english-words.js';
import { STOP_WORDS } from './stop-words.js';

/** Lower case, no accents, no apostrophes ("don't" -> "dont"), split into letters-and-digits words. */
export function plainWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc`]/g, '')
    .match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Words this short are left alone: too many real words lie one letter apart ("leg", "log"). */
const MIN_CORRECTABLE = 4;
const CACHE_LIMIT = 20_000;

/**
 * Turns a patient's words into the terms the index is built from: typos corrected against the
 * knowledge base's own vocabulary, lay phrases mapped to canonical terms by the lexicon, stop
 * words dropped, the rest stemmed. Index and query go through the same steps, so they meet.
 */
export class Normaliser {
  private readonly frequency = new Map<string, number>();
  private readonly byLength = new Map<number, string[]>();
  private readonly corrections = new Map<string, string>();
  /** first word of a lexicon phrase -> its phrases, longest first */
  private readonly phrases = new Map<string, { words: string[]; canonical: string[] }[]>();

  constructor(lexicon: Lexicon, vocabularyTexts: Iterable<string>) {
    for (const text of vocabularyTexts) this.learn(text);
    for (const [canonical, variants] of Object.entries(lexicon.terms)) {
      const canonicalWords = plainWords(canonical);
      this.learn(canonical);
      for (const variant of variants) {
        const words = plainWords(variant);
        this.learn(variant);
        const first = words[0];
        if (first === undefined) continue;
        const list = this.phrases.get(first) ?? [];
        list.push({ words, canonical: canonicalWords });
        list.sort((x, y) => y.words.length - x.words.length);
        this.phrases.set(first, list);
      }
    }
    for (const word of this.frequency.keys()) {
      const bucket = this.byLength.get(word.length) ?? [];
      bucket.push(word);
      this.byLength.set(word.length, bucket);
    }
  }

  private learn(text: string) {
    for (const word of plainWords(text)) this.frequency.set(word, (this.frequency.get(word) ?? 0) + 1);
  }

  knows(word: string): boolean {
    return this.frequency.has(word);
  }

  /** The known word nearest to `word`, or `word` itself when none is close enough. */
  correct(word: string): string {
    if (word.length < MIN_CORRECTABLE || this.frequency.has(word) || STOP_WORDS.has(word) || /\d/.test(word)) return word;
    const cached = this.corrections.get(word);
    if (cached !== undefined) return cached;
    if (isEnglishWord(word)) {
      this.remember(word, word);
      return word;
    }
    const max = word.length >= 8 ? 2 : 1;
    let best = word;
    let bestDistance = max + 1;
    let bestFrequency = 0;
    for (let length = word.length - max; length <= word.length + max; length++) {
      for (const candidate of this.byLength.get(length) ?? []) {
        const distance = boundedEditDistance(word, candidate, Math.min(max, bestDistance));
        const frequency = this.frequency.get(candidate) ?? 0;
        if (distance < bestDistance || (distance === bestDistance && distance <= max && frequency > bestFrequency)) {
          best = candidate;
          bestDistance = distance;
          bestFrequency = frequency;
        }
      }
    }
    this.remember(word, best);
    return best;
  }

  private remember(word: string, correction: string) {
    if (this.corrections.size >= CACHE_LIMIT) this.corrections.clear();
    this.corrections.set(word, correction);
  }

  /** Plain words with typos corrected: what red-flag patterns read. */
  correctedWords(text: string): string[] {
    return plainWords(text).map((word) => this.correct(word));
  }

  /** Lexicon phrases replaced by their canonical terms, on corrected words. */
  canonicalWords(words: readonly string[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < words.length; ) {
      const candidates = this.phrases.get(words[i] as string);
      const hit = candidates?.find((p) => p.words.every((w, k) => words[i + k] === w));
      if (hit) {
        out.push(...hit.canonical);
        i += hit.words.length;
      } else {
        out.push(words[i] as string);
        i += 1;
      }
    }
    return out;
  }

  /** The index terms of a text: corrected, canonical, without stop words, stemmed. */
  terms(text: string): string[] {
    return this.canonicalWords(this.correctedWords(text))
      .filter((word) => !STOP_WORDS.has(word))
      .map((word) => stemmer(word));
  }
}
