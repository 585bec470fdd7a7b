import { describe, expect, it } from 'vitest';
import { chooseOutcome, decide } from '../server/answer/decide.js';
import type { Candidate } from '../server/answer/decision.js';
import { CALIBRATION } from '../server/retrieval/calibration.js';
import { shippedEngine } from './helpers/engine.js';

const engine = () => shippedEngine();
const terms = (text: string) => engine().retriever.normaliser.terms(text);

describe('measurements in a question', () => {
  it('reads a number with its unit written on as the number', () => {
    expect(terms('7mm extrusion')).toEqual(terms('7 extrusion'));
    expect(terms('40mg prednisolone')).toEqual(terms('40 prednisolone'));
    expect(terms('a 6x8mm protrusion')).toEqual(terms('a 6 protrusion'));
  });

  it('drops a unit after a number and an x between two', () => {
    expect(terms('extrusion measuring 11 x 7 x 9 mm')).toEqual(terms('extrusion measuring 11 7 9'));
    expect(terms('50 percent narrowing')).toEqual(terms('50 narrowing'));
  });

  it('leaves words that only start with a digit alone', () => {
    expect(terms('2nd opinion')).toEqual(terms('second opinion'));
    expect(terms('extrusion in 3d printing')).toContain('3d');
  });

  it('keeps a sized finding answerable', () => {
    const decision = decide(engine(), 'extrusion measuring 11 x 7 x 9 mm');
    expect(decision.kind).toBe('answer');
    expect(decision.topic).toBe('extrusion');
  });
});

describe('another subject and the clinic field', () => {
  it('does not answer another subject that shares only treatment words with the entries', () => {
    for (const question of ['physio exercises for my rotator cuff', 'groin hernia surgery recovery time', 'tennis elbow steroid shot, does it hurt']) {
      const decision = decide(engine(), question);
      expect(decision.elsewhere?.onlyTheOtherSubject, question).toBe(true);
      expect(decision.kind, question).toBe('fallback');
    }
  });

  it('still reads a question that names the spine next to another subject', () => {
    const decision = decide(engine(), 'my daughter is pregnant and has a slipped disc, what can she do at home');
    expect(decision.elsewhere?.otherSubject).toBe(true);
    expect(decision.elsewhere?.onlyTheOtherSubject).toBe(false);
  });

  it('falls back however confident the match, when only another subject is named', () => {
    const best: Candidate = { entryId: 'physiotherapy', topic: 'physical-therapy', title: 'Physio', confidence: 0.95 };
    const elsewhere = { otherSubject: true, onlyTheOtherSubject: true, otherPlace: false, onlyThePlace: false };
    expect(chooseOutcome([best], CALIBRATION, elsewhere)).toBe('fallback');
    expect(chooseOutcome([best], CALIBRATION, { ...elsewhere, onlyTheOtherSubject: false })).toBe('answer');
  });
});

describe('greetings in other languages', () => {
  it('reads a message as typed when typo correction changed it', () => {
    // Corrected, "hola" is "hold".
    expect(decide(engine(), 'hola').kind).toBe('smalltalk');
    expect(decide(engine(), 'hola!').kind).toBe('smalltalk');
  });
});

describe('comparisons, feelings and lay mechanics', () => {
  it('does not turn a question away for the image it compares with', () => {
    expect(decide(engine(), 'GP said the disc is bulging a bit, like a tyre going soft?? is that bad').topic).toBe('bulge');
    expect(decide(engine(), 'can they replace a disc like a hip replacement').topic).toBe('artificial-disc-replacement');
    // Named as the subject, a tyre is still another subject's.
    expect(decide(engine(), 'my tyre has a bulge, is it safe to drive').kind).toBe('fallback');
  });

  it('answers through swearing and the jelly on the move', () => {
    expect(decide(engine(), 'will this fucking sciatica ever go away').topic).toBe('natural-history');
    expect(decide(engine(), 'can the jelly go back in by itself').topic).toBe('natural-history');
  });
});
