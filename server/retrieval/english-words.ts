import { createRequire } from 'node:module';

let words: ReadonlySet<string> | undefined;

/**
 * The shorthand of time that patients write ("15 mins late", "3 wks ago") and the word list lacks:
 * corrected, "mins" became whichever word one letter away the knowledge base used most ("mind",
 * then "miss"), and a patient running late was no longer heard.
 */
const TIME_SHORTHAND = ['mins', 'secs', 'hrs', 'wks', 'mths', 'yrs'];

/**
 * Real English words, which typo correction leaves alone: "said" is not a misspelt "nsaid", and
 * "knee" is not a misspelt "knew". Loaded on first use (about 275,000 words).
 */
export function isEnglishWord(word: string): boolean {
  words ??= new Set([...(createRequire(import.meta.url)('an-array-of-english-words') as string[]), ...TIME_SHORTHAND]);
  return words.has(word);
}
