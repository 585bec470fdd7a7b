/*
 * How a word sounds, for the misspellings an edit distance of one or two cannot reach: patients who
 * write what they hear ("opereshun", "injekshon", "degenerashun", "dokter") slip on three or four
 * letters of a word, each one a letter that sounds like the right one.
 *
 * Hand-written rather than taken from npm: Soundex keeps a word's first letter and three consonant
 * codes ("protrusion" and "protraction" are both P636), and the Metaphones key consonants alone, so
 * both lose the vowels and endings that tell this vocabulary's words apart. Here a misspelling must
 * share its key with a known word and also lie within an edit distance of it once both are spelled
 * as heard (Normaliser.soundsLike). A few regular expressions, no dependency.
 */

/** Letters that spell one sound several ways, in the order they are settled. */
const SAME_SOUNDS: readonly [RegExp, string][] = [
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/qu?/g, 'kw'],
  [/ck/g, 'k'],
  [/x/g, 'ks'],
  // A "y" that opens a word is a consonant ("yesterday"); elsewhere it is a vowel ("sciatyca").
  [/(?<=.)y/g, 'i'],
  [/c(?=[ei])/g, 's'],
  [/c/g, 'k'],
  [/d?g(?=[ei])/g, 'j'],
  [/z/g, 's'],
  [/(.)\1+/g, '$1'],
  // -tion, -sion, -ssion, -cial, -tial: one "sh" sound, as learners write it.
  [/(?:t|s|sh)i(?=[aou])/g, 'sh'],
  [/s+h/g, 'sh'],
  [/(?<=[^aeiou])e$/, ''],
];
/**
 * The first vowel is kept: it is usually stressed and heard clearly, and the vowels after it are
 * the ones learners and dictation swap ("degenerashun", "operashon"). Merged as well, "botox"
 * sounded like "buttocks".
 */
const FIRST_VOWELS = /^([^aeiou]*[aeiou])[aeiou]*/;
const LATER_VOWELS = /(?<=[aeiou][^aeiou]+)[aeiou]+/g;

/** The word with each sound spelled one way, vowels kept: for comparing candidates by edit distance. */
export function spelledAsHeard(word: string): string {
  return SAME_SOUNDS.reduce((spelled, [letters, sound]) => spelled.replace(letters, sound), word);
}

/** What words that sound alike share: spelled as heard, with the vowels after the first merged. */
export function soundKey(word: string): string {
  return spelledAsHeard(word).replace(FIRST_VOWELS, '$1').replace(LATER_VOWELS, 'a');
}
