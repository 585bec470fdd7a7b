import { describe, expect, it } from 'vitest';
import { chooseOutcome, decide } from '../server/answer/decide.js';
import type { Candidate } from '../server/answer/decision.js';
import { CALIBRATION } from '../server/retrieval/calibration.js';
import { ASKS } from '../server/retrieval/retriever.js';
import { withoutDenials } from '../server/triage/negation.js';
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

  it('reads how long something took as the number, not the clinic\'s hours', () => {
    expect(terms('driving 2 hrs to work with sciatica')).toEqual(terms('driving 2 to work with sciatica'));
    expect(terms('sitting 10 hours a day')).toEqual(terms('sitting 10 a day'));
    expect(terms('what are your opening hours')).toContain(terms('hours')[0]);
  });

  it('reads a distance as the number', () => {
    expect(terms('can i do my 10k run with sciatica')).toEqual(terms('can i do my 10 run with sciatica'));
    expect(terms('walking 5 miles a day')).toEqual(terms('walking 5 a day'));
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

describe('what retrieval reads of a message with a denial in it', () => {
  // As decide reads it: a clause that asks is no denial, and a question names its own subject with a topic's word.
  const asked = (message: string) => {
    const { normaliser, index } = engine().retriever;
    return withoutDenials(
      message,
      (clause) => (ASKS.test(clause) ? [] : normaliser.correctedWords(clause)),
      (clause) => ASKS.test(clause) && normaliser.terms(clause).some((term) => index.namesTopic(term)),
    );
  };

  it('drops a denied sign that the question is not about', () => {
    expect(asked('not numb, no bladder trouble, just sciatica, how long will it last')).not.toMatch(/numb|bladder/);
    expect(asked('no fever, no weight loss, what causes back pain at night')).not.toMatch(/fever|weight/);
    expect(asked('pain free for a year, then it came back, why')).not.toContain('free');
  });

  it('keeps a denied sign when the question asks why a clinician asks about it', () => {
    expect(asked('nothing wrong with my bowels or bladder, my gp just asked, why do they ask that')).toMatch(/bowels or bladder/);
    expect(asked('no numbness down there, why does my physio keep asking about it?')).toContain('numbness');
    expect(asked('no bladder trouble, why is my back so stiff in the mornings')).not.toContain('bladder');
  });

  it.each([
    ['a treatment that fails', "ibuprofen isn't doing anything, what else can I take", 'ibuprofen'],
    ['a treatment that fails', 'the fusion didn\'t take away my back pain, why', 'fusion'],
    ['a symptom that does not settle', "it's not getting better after 8 weeks, is that normal", 'better'],
    ['a wish', "I don't want surgery, what else is there", 'surgery'],
    ['a wish', "I'd rather not have an operation, are there options", 'operation'],
    ['trust', "I don't trust my surgeon, can I get a second opinion", 'surgeon'],
    ['not knowing', 'no idea what an annular tear is, it\'s on my report', 'annular'],
    ['care withheld', "they didn't offer me physio, should I ask", 'physio'],
    ['care not yet had', "haven't had my MRI yet, what happens during it", 'MRI'],
    ['a loss', 'no feeling in my big toe, will it come back', 'toe'],
    ['a term', 'free fragment in my spinal canal, is that dangerous', 'fragment'],
  ])('keeps %s: "%s"', (_kind, message, subject) => {
    expect(asked(message)).toContain(subject);
  });

  it('reads a wish as the story of a question that names its own subject', () => {
    expect(asked('I really dont want to be cut open, can physio fix a bulging disc')).not.toContain('cut open');
    expect(asked("I don't want surgery, what else is there")).toContain('surgery');
  });

  it('keeps the care a denial is told after, without the denied sign', () => {
    const read = asked('no temperature after my discectomy, when can i go back to the gym');
    expect(read).toContain('after my discectomy');
    expect(read).not.toContain('temperature');
  });

  it('drops the look-alikes of a negated subject', () => {
    // A refusal said other than as a wish reads as asking for the care refused.
    expect(asked('no way am i having my spine fused, is there anything else')).not.toContain('fused');
    // A person doing nothing denies an injury; a leg that does not give way denies a sign.
    expect(asked("why did my disc go, i didn't do anything")).not.toContain('anything');
    expect(asked("my leg doesn't give way, it's just sore, can i keep going to the gym")).not.toContain('give way');
    expect(asked('no balance problems, no change in my bladder, what exercises help')).not.toMatch(/balance|bladder/);
    expect(asked("my surgeon wants to operate, i'm not convinced, could one of your doctors look")).not.toContain('convinced');
  });
});

describe('what a clause reads alone', () => {
  it('reads a question word typed at the end as asking the sentence before it', () => {
    // Read alone, "how" matched whichever entry asks "how" most, with the story's words weighed little.
    const index = engine().retriever.index;
    for (const word of ['how', 'when', 'why']) expect(index.namesAnyTopic(terms(word)[0] as string), word).toBe(false);
    expect(engine().retriever.search('need to book my son in, how').ranked[0]?.indexed.entry.id).toBe('book-an-appointment');
  });

  it('does not read a question word after a preposition as a question of its own', () => {
    const story = 'I had a microdiscectomy at L5-S1 last week and my partner is worried about how we will cope with me off work and the kids at home. How long is the recovery?';
    expect(decide(engine(), story).topic).toBe('recovery');
  });
});

describe('a question that turns from what is mentioned in passing', () => {
  it('reads "mainly I want to know" and "my question is" as where the question starts', () => {
    expect(ASKS.test('mainly I want to know what time you open')).toBe(true);
    expect(ASKS.test('my question now is about your fees')).toBe(true);
    expect(decide(engine(), 'I have a protrusion at L4-5 by the way, but mainly I want to know what time you open tomorrow').topic).toBe('clinic-hours');
    expect(decide(engine(), 'had a microdiscectomy last year, my question now is just about your fees for a follow up consult').topic).toBe('clinic-insurance');
  });

  it('reads a clause that turns to another matter alone, also after a shorthand opening', () => {
    // "Parking" is the lexicon's "address", a word the clinic's contact entry is asked with.
    expect(engine().retriever.index.namesAnyTopic(terms('parking')[0] as string)).toBe(true);
    expect(decide(engine(), 'had the epidural last month, btw do you have parking').topic).toBe('clinic-contact');
    expect(decide(engine(), 'L5-S1 extrusion, by the way how much is a consultation').topic).toBe('clinic-insurance');
    // Without the turn, the shorthand opening still heads its question.
    expect(decide(engine(), '3 weeks after microdiscectomy at L4-5, can i drive').topic).toBe('recovery');
  });

  it('reads a sentence opened by "separate question:" as the question after it', () => {
    const story = 'my ED is from my blood pressure meds, the GP sorted it years ago.';
    const alone = decide(engine(), `${story} is swimming ok with a bulging disc?`);
    for (const announced of ['Separate q: is swimming ok with a bulging disc?', 'Different question, is swimming ok with a bulging disc?']) {
      const decision = decide(engine(), `${story} ${announced}`);
      expect(decision.kind, announced).toBe('answer');
      expect(decision.topic, announced).toBe(alone.topic);
    }
  });
});

describe('finding another practitioner', () => {
  it('does not answer a request to recommend a practitioner, but still answers what a practitioner does', () => {
    for (const question of ['can you recommend a good chiropractor in Leeds', 'physio near me']) {
      expect(decide(engine(), question).kind, question).toBe('fallback');
    }
    expect(decide(engine(), 'can a physio help with sciatica').topic).toBe('physical-therapy');
  });
});
