import { createRequire } from 'node:module';

let words: ReadonlySet<string> | undefined;

/**
 * Real English words, which typo correction leaves alone: "said" is not a misspelt "nsaid", and
 * "knee" is not a misspelt "knew". Loaded on first use (about 275,000 words).
 */
export function isEnglishWord(word: string): boolean {
  words ??= new Set(createRequire(import.meta.url)('an-array-of-english-words') as string[]);
  return words.has(word);
}
