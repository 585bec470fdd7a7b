import Fuse from 'fuse.js';
import { stemmer } from 'stemmer';
import type { Lexicon } from '../kb/schema.js';
import { boundedEditDistance } from './edit-distance.js';
import { isEnglishWord } from './english-words.js';
import { OTHER_SUBJECT_WORDS, STOP_WORDS } from './stop-words.js';

/** Lower case, no accents, no apostrophes ("don't" -> "dont"), split into letters-and-digits words. */
export function plainWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc`]/g, '')
    .match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * A word as lexicon phrases are matched: a plural and its singular meet, so "cortisone injections"
 * finds the listed "cortisone injection" without every plural being written out. Only a plain -s
 * goes: "sciatica", "spondylosis", "process" and "bus" keep theirs. "Disk" is how Americans spell
 * "disc", so "fake disk" finds the listed "fake disc" too.
 */
function singular(word: string): string {
  const one = word.length > 3 && word.endsWith('s') && !/(?:ss|us|is|ys)$/.test(word) ? word.slice(0, -1) : word;
  return one === 'disk' ? 'disc' : one;
}

/**
 * "My 16 year old son", "I'm 85 years old", "a 15 yo": the words after an age belong to the number,
 * which weighs as a story word. Alone they would weigh as rare words ("old" is in a few entries)
 * and outweigh the question they come with.
 */
const AGE_UNITS = new Set(['year', 'years', 'yr', 'yrs']);
/** A word that is a number: an age, a date, a size. */
export const NUMBER = /^\d+$/;

function isAgeWord(words: readonly string[], i: number): boolean {
  const word = words[i] as string;
  if (word === 'yo') return NUMBER.test(words[i - 1] ?? '');
  if (AGE_UNITS.has(word)) return NUMBER.test(words[i - 1] ?? '') && words[i + 1] === 'old';
  return word === 'old' && AGE_UNITS.has(words[i - 1] ?? '') && NUMBER.test(words[i - 2] ?? '');
}

/**
 * "I'm a hairdresser", "I work as a software developer", "I am a retired engineer": words that name
 * another subject (OTHER_SUBJECT_WORDS) say who the patient is when they follow one of these and
 * "a" (with at most one word between), not what the question is about, and are dropped. Kept, the
 * patient's trade was carried into the question as its subject and "what are the symptoms of a
 * herniated disc?" fell back.
 */
const WHO_I_AM = new Set(['im', 'am', 'as']);
const OTHER_SUBJECT_STEMS = new Set([...OTHER_SUBJECT_WORDS].map((word) => stemmer(word)));

function saysWhoTheyAre(words: readonly string[], i: number): boolean {
  const article = ['a', 'an'].includes(words[i - 1] as string) ? i - 1 : i - 2;
  // The words around are looked at first: stemming every word of every message to ask is waste.
  return ['a', 'an'].includes(words[article] as string) && WHO_I_AM.has(words[article - 1] as string)
    && OTHER_SUBJECT_STEMS.has(stemmer(words[i] as string));
}

/**
 * "The physio called it a herniated disc", "my GP says it's sciatica": who said it belongs to the
 * story, what they said is what is asked about. A clinician's title right before a verb of saying
 * is dropped, so "physio" does not send a question about the diagnosis to physiotherapy.
 */
const REPORTERS = new Set([
  'gp', 'gps', 'doctor', 'doctors', 'doc', 'dr', 'physio', 'physiotherapist', 'therapist', 'surgeon', 'consultant',
  'specialist', 'chiro', 'chiropractor', 'osteopath', 'nurse', 'radiologist', 'neurosurgeon', 'neurologist', 'pharmacist',
  'ortho', 'orthopedist', 'orthopaedist', 'pcp', 'provider', 'pt',
]);
const REPORTING = new Set([
  'said', 'says', 'say', 'called', 'calls', 'call', 'thinks', 'think', 'thought', 'told', 'tells', 'reckons', 'reckoned',
  'mentioned', 'mentions', 'diagnosed', 'suspects', 'suspected', 'described', 'describes', 'wrote', 'writes',
]);

/**
 * "Treatments that don't involve surgery", "options that do not need an operation": a need or a
 * part that is denied reads as "without", so the lexicon's "without surgery" finds the care that is
 * not surgery. Word by word the denial is a stop word, and the question asked for surgery.
 */
const DENIALS = new Set(['dont', 'doesnt', 'didnt', 'wont', 'not', 'never', 'no']);
const NEEDING = new Set([
  'involve', 'involves', 'involving', 'need', 'needs', 'needing', 'require', 'requires', 'requiring',
  'include', 'includes', 'including', 'mean', 'means',
]);

function withoutForDeniedNeeds(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    if (DENIALS.has(words[i] as string) && NEEDING.has(words[i + 1] ?? '')) {
      out.push('without');
      i += words[i + 2] === 'for' ? 2 : 1;
    } else {
      out.push(words[i] as string);
    }
  }
  return out;
}

/** Words this short are left alone: too many real words lie one letter apart ("leg", "log"). */
const MIN_CORRECTABLE = 4;
/** No misspelt word is this long; a longer one is noise, and matching it would cost seconds. */
const MAX_CORRECTABLE = 30;
const CACHE_LIMIT = 20_000;
/**
 * Fuse shortlists known words that look like the unknown one (a share of wrong letters up to
 * this); the edit distance then decides, because Fuse counts a swapped pair ("grion") as two slips
 * and a shorter word inside the typo as a match.
 */
const SHORTLIST_THRESHOLD = 0.5;
const SHORTLIST_SIZE = 200;

/**
 * Turns a patient's words into the terms the index is built from: typos corrected against the
 * knowledge base's own vocabulary, lay phrases mapped to canonical terms by the lexicon, stop
 * words dropped, the rest stemmed. Index and query go through the same steps, so they meet.
 */
export class Normaliser {
  private readonly frequency = new Map<string, number>();
  /** Fuse over the words the entries use: approximate matching is the job it does best. */
  private readonly vocabulary: Fuse<string>;
  private readonly corrections = new Map<string, string>();
  /** first word of a lexicon phrase -> its phrases, longest first */
  private readonly phrases = new Map<string, { words: string[]; canonical: string[] }[]>();

  constructor(lexicon: Lexicon, vocabularyTexts: Iterable<string>) {
    for (const text of vocabularyTexts) this.learn(text);
    for (const canonical of Object.keys(lexicon.terms)) this.learn(canonical);
    // Typos are corrected towards the words entries and rules use, never towards a listed misspelling.
    const targets = [...this.frequency.keys()];
    for (const [canonical, variants] of Object.entries(lexicon.terms)) {
      const canonicalWords = plainWords(canonical);
      for (const variant of variants) {
        const words = plainWords(variant);
        this.learn(variant);
        const first = words[0];
        if (first === undefined) continue;
        words.forEach((word, k) => { words[k] = singular(word); });
        const list = this.phrases.get(singular(first)) ?? [];
        if (list.some((phrase) => phrase.words.join(' ') === words.join(' '))) continue;
        list.push({ words, canonical: canonicalWords });
        list.sort((x, y) => y.words.length - x.words.length);
        this.phrases.set(singular(first), list);
      }
    }
    this.vocabulary = new Fuse(targets, {
      threshold: SHORTLIST_THRESHOLD, ignoreLocation: true, ignoreFieldNorm: true,
    });
  }

  private learn(text: string) {
    for (const word of plainWords(text)) this.frequency.set(word, (this.frequency.get(word) ?? 0) + 1);
  }

  knows(word: string): boolean {
    return this.frequency.has(word);
  }

  /** The known word nearest to `word`, or `word` itself when none is close enough. */
  correct(word: string): string {
    if (word.length < MIN_CORRECTABLE || word.length > MAX_CORRECTABLE || this.frequency.has(word) || STOP_WORDS.has(word) || /\d/.test(word)) return word;
    const cached = this.corrections.get(word);
    if (cached !== undefined) return cached;
    if (isEnglishWord(word)) {
      this.remember(word, word);
      return word;
    }
    // One slip in a short word, two in a long one. The first letter is kept: people seldom slip on
    // it, and a word that differs there is usually another word ("iphone" is not a misspelt "phone").
    const maxSlips = word.length >= 8 ? 2 : 1;
    let best = word;
    let bestDistance = maxSlips + 1;
    let bestFrequency = 0;
    for (const { item } of this.vocabulary.search(word, { limit: SHORTLIST_SIZE })) {
      if (item[0] !== word[0]) continue;
      const distance = boundedEditDistance(word, item, maxSlips);
      if (distance > maxSlips) continue;
      const frequency = this.frequency.get(item) ?? 0;
      if (distance < bestDistance || (distance === bestDistance && frequency > bestFrequency)) {
        best = item;
        bestDistance = distance;
        bestFrequency = frequency;
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
      const candidates = this.phrases.get(singular(words[i] as string));
      const hit = candidates?.find((p) => p.words.every((w, k) => words[i + k] !== undefined && singular(words[i + k] as string) === w));
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
    const words = this.correctedWords(text);
    return this.canonicalWords(withoutForDeniedNeeds(words.filter((word, i) => !(REPORTERS.has(word) && REPORTING.has(words[i + 1] as string)) && !isAgeWord(words, i) && !saysWhoTheyAre(words, i))))
      .filter((word) => !STOP_WORDS.has(word))
      .map((word) => stemmer(word));
  }
}
