import { describe, expect, it } from 'vitest';
import { Normaliser, plainWords } from '../server/retrieval/normalise.js';
import { soundKey } from '../server/retrieval/sound-key.js';
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

  it('finds a lexicon phrase whose word is spelled as the lexicon lists a misspelling of it', () => {
    const n = normaliser();
    expect(n.terms('how can i make apointment')).toEqual(n.terms('how can i make appointment'));
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

  it('reads the dictated names of a level\'s letters as the level, but "see" as a word when alone', () => {
    const n = normaliser();
    expect(n.terms('el five ess one')).toEqual(n.terms('L5 S1'));
    expect(n.terms('see five see six')).toEqual(n.terms('C5 C6'));
    expect(n.terms('c five to see six')).toEqual(n.terms('C5 to C6'));
    expect(n.terms('can I see one of your surgeons')).not.toContain(n.terms('C1')[0]);
  });

  it('drops a trade that says who the patient is, but not one the patient talks about', () => {
    const n = normaliser();
    expect(n.terms('I work as a barber with a slipped disc')).toEqual(n.terms('I work with a slipped disc'));
    expect(n.terms('I\'m a retired engineer')).toEqual(n.terms('I\'m retired'));
    expect(n.terms('my barber has a slipped disc')).toContain(n.terms('barber')[0]);
    // A trade no entry knows is dropped too, and a word entries use stays.
    expect(n.terms('how do I avoid a slipped disc as a builder')).toEqual(n.terms('how do I avoid a slipped disc'));
    expect(n.terms('I\'m a smoker')).toEqual(n.terms('smoker'));
    // Known to the red-flag rules and the lexicon's courtesies, but to no answer.
    expect(n.terms('I\'m a nurse, what are the red flags')).toEqual(n.terms('what are the red flags'));
  });

  it('reads a denied need or part as "without", so the lexicon finds care that is not surgery', () => {
    const n = normaliser();
    expect(n.terms('treatments that don\'t involve surgery')).toEqual(n.terms('treatments without surgery'));
    expect(n.terms('options that do not need an operation')).toEqual(n.terms('options without an operation'));
    expect(n.terms('is there no need for an operation')).toEqual(n.terms('is there without an operation'));
  });

  it('reads a wish against an operation as "without" it, when the wish is the patient\'s', () => {
    const n = normaliser();
    const withoutSurgery = n.terms('without surgery');
    expect(n.terms('I don\'t want surgery')).toEqual(withoutSurgery);
    expect(n.terms('I do not want to have an operation')).toEqual(n.terms('without an operation'));
    expect(n.terms('I\'d rather not go through surgery')).toEqual(withoutSurgery);
    expect(n.terms('with no operation')).toEqual(n.terms('without an operation'));
    // Someone else's wish, and a wish to do something else, deny no operation.
    expect(n.terms('my doctor does not want to give me an MRI')).not.toContain(withoutSurgery[0]);
    expect(n.terms('I don\'t want to go back to work too soon')).toEqual(n.terms('go back to work too soon'));
  });

  it('reads "I am 70 years" as an age, as it reads "70 years old", but not a number of years gone by', () => {
    const n = normaliser();
    expect(n.terms('I am 70 years, is surgery safe')).toEqual(n.terms('I am 70 years old, is surgery safe'));
    expect(n.terms('sciatica for 3 years')).toEqual(expect.arrayContaining(n.terms('years')));
  });

  it('joins initials written with dots into the word they spell', () => {
    expect(plainWords('M.R.I. from the G.P., pain at L.5')).toEqual(['mri', 'from', 'the', 'gp', 'pain', 'at', 'l5']);
    expect(plainWords('a 3.5 mm bulge')).toEqual(['a', '3', '5', 'mm', 'bulge']);
    expect(normaliser().terms('is the E.S.I. safe')).toEqual(normaliser().terms('is the ESI safe'));
  });

  it('does not end a sentence at an initial\'s dot', () => {
    const { ranked } = shippedEngine().retriever.search('I need M.R.I. or not for my back pain');
    expect(ranked[0]?.indexed.entry.topic).toBe('mri');
  });

  it('corrects a word spelled as it sounds, where edit distance cannot reach', () => {
    expect(normaliser().correctedWords('opereshun injekshon degenerashun dokter klinik'))
      .toEqual(['operation', 'injection', 'degeneration', 'doctor', 'clinic']);
    expect(soundKey('opereshun')).toBe(soundKey('operation'));
    expect(soundKey('fisiotherapy')).toBe(soundKey('physiotherapy'));
    // Short words that sound alike are often other words: "abit" is "a bit", not "about".
    expect(normaliser().correctedWords('abit')).toEqual(['abit']);
    expect(soundKey('botox')).not.toBe(soundKey('buttocks'));
  });

  it('prefers, of two words as near, the one that sounds like the typo', () => {
    const n = new Normaliser({ terms: {} }, ['it matters', 'what matters most', 'a firm mattress']);
    expect(n.correctedWords('mattres')).toEqual(['mattress']);
  });

  it('finds a listed two-word phrase said the other way round', () => {
    const n = normaliser();
    expect(n.terms('operation on my knee')).toEqual(n.terms('knee operation'));
    expect(n.terms('fusion of the spine')).toEqual(n.terms('spine fusion'));
  });

  it('joins a word that dictation or a phone keyboard split into pieces, and leaves real words apart', () => {
    const n = normaliser();
    expect(n.terms('what is spinal sten osis')).toEqual(n.terms('what is spinal stenosis'));
    expect(n.terms('for am in al narrowing')).toEqual(n.terms('foraminal narrowing'));
    expect(n.terms('can i drive after my micro dis sectomy')).toEqual(n.terms('can i drive after my microdiscectomy'));
    expect(n.terms('what is a cervical radical opathy')).toEqual(n.terms('what is a cervical radiculopathy'));
    expect(n.terms('is an artificial disc re placement safe')).toEqual(n.terms('is an artificial disc replacement safe'));
    // The word after the pieces is not swallowed into a near match.
    expect(n.terms('is ibu profen ok')).toEqual(n.terms('is ibuprofen ok'));
    // Real words that a slip or two would join into a known one stay two words.
    expect(n.terms('do you sell car insurance')).not.toContain('self');
    expect(n.terms("I don't want him to overdo it")).not.toContain('overdos');
    expect(n.terms('what are the early signs of ms')).toContain('ms');
  });

  it('weighs nothing of the sounds and courtesies around a question', () => {
    const n = normaliser();
    expect(n.terms('um what is sciatica')).toEqual(n.terms('what is sciatica'));
    expect(n.terms('erm sorry to bother you but what is an extrusion')).toEqual(n.terms('what is an extrusion'));
    expect(n.terms('hmm quick q - is walking ok')).toEqual(n.terms('is walking ok'));
    expect(n.terms('Dear team, I was hoping you could tell me if a slipped disc heals. Kind regards'))
      .toEqual(n.terms('can a slipped disc heal'));
    expect(n.terms('good afternoon, I would appreciate some information on physio, many thanks')).toEqual(n.terms('physio'));
    // The words of a courtesy still count alone: morning stiffness, a quick recovery.
    expect(n.terms('stiff in the morning')).toContain('morn');
    expect(n.terms('how quick is the recovery')).toContain('quick');
    // Whether it will ever stop asks whether it goes away.
    expect(n.terms('will my sciatica ever stop')).toEqual(n.terms('will my sciatica go away'));
    // Asking whether what was said is so names no side of the body.
    expect(n.terms('my mate reckons physio is a waste of time, is he right')).not.toContain('right');
    expect(n.terms('pain down my right leg')).toContain('right');
  });

  it('reads how much weight was lost, and a clinician who rang with the news, as the story', () => {
    const n = normaliser();
    // The amount is the story; the weight lost is what the prevention entry and the warning signs ask about.
    expect(n.terms('I lost 3 stone, will that help my disc')).toEqual(n.terms('I lost weight 3, will that help my disc'));
    for (const told of ['lost 10kg', 'losing 2 stone', 'I have lost weight', 'weight loss']) expect(n.terms(told), told).toEqual(expect.arrayContaining(n.terms('weight loss')));
    expect(n.terms('I lost 3 of them')).not.toContain('weight');
    expect(n.terms('the nurse rang me and said my disc is bulging')).toEqual(n.terms('rang me and said my disc is bulging'));
    // A stone that is no weight is still a word.
    expect(n.terms('a kidney stone')).toContain('stone');
  });

  it('reads "is this a disc?" as asking for the symptoms of a herniation, but not a question about doing', () => {
    const n = normaliser();
    const asksSymptoms = (text: string) => n.terms(text).includes('symptom');
    for (const question of ['is this a disc?', 'could it be coming from my disc', 'is that sciatica', 'have I got a slipped disc',
      'sounds like a trapped nerve?', 'is from disk?', 'is coming from the disc?', 'my hand goes numb when I sleep on it, is that my neck?',
      'stiff neck and a tingly thumb, could it be my neck']) expect(asksSymptoms(question), question).toBe(true);
    expect(n.terms('is this a disc?')).toContain(n.terms('herniation')[0]);
    for (const question of ['is it safe to drive with sciatica', 'could that have caused my disc problem', 'is a disc bone',
      'my scan shows a protrusion, is that a herniation', 'disc displacement, is that a slipped disc', 'is that nerve damage',
      'how do I know if my back pain is from a slipped disc', 'wats c5 c6, is that the neck?']) {
      expect(asksSymptoms(question), question).toBe(false);
    }
  });

  it('leaves out the image a patient compares with, but not a word the entries know or "I\'d like a"', () => {
    const n = normaliser();
    expect(n.terms('bulging a bit, like a tyre going soft')).not.toContain('tyre');
    expect(n.terms('mine is like a toothache in my back')).not.toContain('toothach');
    expect(n.terms("I'd like a second opinion")).toEqual(n.terms('second opinion'));
    expect(n.terms('my back feels like a hot poker')).not.toContain('poker');
  });

  it('weighs nothing of swearing, and reads a family\'s name for it as who said it', () => {
    const n = normaliser();
    expect(n.terms('will this fucking sciatica ever go away')).toEqual(n.terms('will this sciatica ever go away'));
    expect(n.terms('wtf is a protrusion')).toEqual(n.terms('what is a protrusion'));
    expect(n.terms('my mum calls it a slipped disc')).toEqual(n.terms('calls it a slipped disc'));
    expect(n.terms('in my family we say the disc is out')).toEqual(n.terms('the disc is out'));
    // A family that is asked about is still there: discs that run in families.
    expect(n.terms('do slipped discs run in my family')).toContain(n.terms('hereditary')[0]);
  });

  it('reads the jelly on the move as the herniation, and the jelly at rest as the disc\'s centre', () => {
    const n = normaliser();
    const herniation = n.terms('herniation')[0];
    expect(n.terms('the jelly has squeezed out through the wall')).toContain(herniation);
    expect(n.terms('can the jelly go back in by itself')).toContain(herniation);
    expect(n.terms('what is the jelly in the middle of a disc')).not.toContain(herniation);
    expect(n.terms('does the jelly dry out with age')).not.toContain(herniation);
  });

  it('reads a level after "at" as where a finding is', () => {
    const n = normaliser();
    const level = n.terms('L4')[0];
    expect(n.terms('desiccation at L4-5')).not.toContain(level);
    expect(n.terms('what does L4-5 mean')).toContain(level);
  });

  it('reads a contraction written with its apostrophe as the stop word it ends in', () => {
    const n = normaliser();
    expect(n.terms("does that mean she'll need an operation")).toEqual(n.terms('does that mean she will need an operation'));
    expect(n.terms("we\u2019d like to know")).toEqual(n.terms('we would like to know'));
    // Without the apostrophe it is the word it spells.
    expect(n.terms('shell')).not.toEqual([]);
  });

  it('reads text-speak, US business words and a letter\'s courtesies', () => {
    const n = normaliser();
    expect(n.terms('wil my disc heal 4ever')).toEqual(n.terms('will my disc heal forever'));
    expect(n.terms('open at xmas')).toEqual(n.terms('open at christmas'));
    expect(n.terms('hours of operation')).toEqual(n.terms('opening hours'));
    expect(n.terms('could you advise what a bulge is')).toEqual(n.terms('what a bulge is'));
    expect(n.terms('kindly confirm whether you accept bupa')).toEqual(n.terms('whether you accept bupa'));
    expect(n.terms('ngl my disc pain is worse rn tbh')).toEqual(n.terms('my disc pain is worse'));
    expect(n.terms('does a herniation resolve')).toEqual(n.terms('does a herniation heal'));
    expect(n.terms('will it leave me in a wheelchair')).toEqual(n.terms('will it paralyse me'));
    // "Wheelchair" alone is the clinic's access.
    expect(n.terms('is there wheelchair access')).not.toContain(n.terms('paralysis')[0]);
  });

  it('drops stop words and stems what is left', () => {
    expect(normaliser().terms('what are the exercises I should be doing')).toEqual(normaliser().terms('exercise doing'));
  });
});
