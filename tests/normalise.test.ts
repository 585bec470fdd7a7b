import { describe, expect, it } from 'vitest';
import { plainWords } from '../server/retrieval/normalise.js';
import { shippedEngine } from './helpers/engine.js';

const normaliser = () => shippedEngine().retriever.normaliser;

describe('query normalisation', () => {
  it('folds case, accents and apostrophes', () => {
    expect(plainWords("Don't WORRY, it's a Café")).toEqual(['dont', 'worry', 'its', 'a', 'cafe']);
  });

  it('corrects misspellings towards the knowledge base vocabulary', () => {
    const n = normaliser();
    expect(n.terms('sciatcia numbess herniaiton')).toEqual(n.terms('sciatica numbness herniation'));
    expect(n.correctedWords('grion numbnes')).toEqual(['groin', 'numbness']);
  });

  it('leaves real English words alone even when a domain word is one letter away', () => {
    // "said" is one letter from "nsaid"; "mild" from "mind". Neither is a typo.
    expect(normaliser().correctedWords('my doctor said it is mild')).toEqual(['my', 'doctor', 'said', 'it', 'is', 'mild']);
  });

  it('maps lay words to the canonical term, so patients and entries meet', () => {
    const n = normaliser();
    expect(n.terms('slipped disk')).toEqual(n.terms('herniated disc'));
    expect(n.terms('pinched nerve')).toEqual(n.terms('radiculopathy'));
    expect(n.terms('physio')).toEqual(n.terms('physiotherapy'));
  });

  it('finds a lay phrase in the plural as well as in the form the lexicon lists', () => {
    const n = normaliser();
    expect(n.terms('cortisone injections')).toEqual(n.terms('epidural'));
  });

  it('does not correct a word into one that starts with another letter', () => {
    // "iphone" is one letter from "phone", which the lexicon reads as asking for the clinic's number.
    expect(normaliser().correctedWords('iphone')).toEqual(['iphone']);
  });

  it('treats spinal level names as one kind of word', () => {
    const n = normaliser();
    expect(n.terms('L4-L5')).toEqual(n.terms('C5 C6'));
  });

  it('drops a trade that says who the patient is, but not one the patient talks about', () => {
    const n = normaliser();
    expect(n.terms('I work as a barber with a slipped disc')).toEqual(n.terms('I work with a slipped disc'));
    expect(n.terms('I\'m a retired engineer')).toEqual(n.terms('I\'m retired'));
    expect(n.terms('my barber has a slipped disc')).toContain(n.terms('barber')[0]);
  });

  it('reads a denied need or part as "without", so the lexicon finds care that is not surgery', () => {
    const n = normaliser();
    expect(n.terms('treatments that don\'t involve surgery')).toEqual(n.terms('treatments without surgery'));
    expect(n.terms('options that do not need an operation')).toEqual(n.terms('options without an operation'));
    expect(n.terms('is there no need for an operation')).toEqual(n.terms('is there without an operation'));
  });

  it('drops stop words and stems what is left', () => {
    expect(normaliser().terms('what are the exercises I should be doing')).toEqual(normaliser().terms('exercise doing'));
  });
});
