import { describe, expect, it } from 'vitest';
import { chooseOutcome, decide } from '../server/answer/decide.js';
import type { Candidate } from '../server/answer/decision.js';
import type { Entry } from '../server/kb/knowledge-base.js';
import type { Topic } from '../server/kb/topics.js';
import type { Calibration } from '../server/retrieval/calibration.js';
import { EntryIndex } from '../server/retrieval/index.js';
import { Normaliser } from '../server/retrieval/normalise.js';
import { sentences } from '../server/retrieval/snippet.js';
import { detectSmallTalk } from '../server/triage/intents.js';
import { shippedEngine } from './helpers/engine.js';

const engine = shippedEngine();

describe('answers', () => {
  it('answers a plain question with its entry, its sources and a cited snippet from that entry', () => {
    const decision = decide(engine, 'is an extrusion worse than a protrusion?');
    expect(decision.kind).toBe('answer');
    expect(decision.topic).toBe('protrusion-vs-extrusion');
    const entry = engine.entriesById.get(decision.entryId!)!;
    expect(decision.citations.map((c) => c.url)).toEqual(entry.sources.map((s) => s.source.url));
    const snippet = decision.citations[0]!.snippet;
    expect(sentences(entry.body).some((sentence) => snippet.includes(sentence))).toBe(true);
  });

  it('writes citation badges and Markdown reference definitions into the text', () => {
    const decision = decide(engine, 'what is disc replacement?');
    expect(decision.kind).toBe('answer');
    for (const citation of decision.citations) {
      expect(decision.text).toContain(`[${citation.position}]`);
      expect(decision.text).toContain(`[${citation.position}]: ${citation.url} "`);
    }
  });

  it('picks the snippet that matches the question, not just the first sentence', () => {
    const a = decide(engine, 'how long does recovery from a microdiscectomy take');
    expect(a.kind).toBe('answer');
    expect(a.citations[0]!.snippet).toMatch(/week/i);
  });

  it('offers related entries as follow-ups that lead back to those entries', () => {
    const decision = decide(engine, 'what is sciatica');
    expect(decision.suggestions.length).toBeGreaterThan(0);
    for (const suggestion of decision.suggestions) {
      const followed = decide(engine, suggestion);
      expect(['answer', 'clarify'], suggestion).toContain(followed.kind);
    }
  });

  it('is more confident for the question as an entry asks it than for a loose paraphrase', () => {
    const entry = engine.entriesById.get('do-i-need-an-mri')!;
    const exact = decide(engine, entry.questions[0]!).candidates[0]!;
    const loose = decide(engine, 'scan for my back?').candidates.find((c) => c.entryId === entry.id);
    expect(exact.entryId).toBe(entry.id);
    expect(exact.confidence).toBeGreaterThan(loose?.confidence ?? 0);
  });

  it('gives a repeated question the same answer, which no caller can alter for the next patient', () => {
    const question = 'can physiotherapy help a slipped disc?';
    const first = decide(engine, question);
    const expected = structuredClone(first);
    expect(() => first.suggestions.push('an injected suggestion')).toThrow(TypeError);
    expect(() => { (first as { text: string }).text = 'altered'; }).toThrow(TypeError);
    expect(decide(engine, question)).toEqual(expected);
  });

  it('answers the question at the end of a long story, however much of the story is about other things', () => {
    const story = 'I\'m a nurse and I do long night shifts on a busy ward. My youngest has just started school and the '
      + 'mornings are chaos. Last month my lower back started aching after a weekend of gardening. My GP thinks it '
      + 'might be a bulging disc. What is a disc bulge?';
    expect(decide(engine, story).topic).toBe('bulge');
  });

  it('reads a sentence that points back together with the one it points to', () => {
    expect(decide(engine, 'My physio mentioned epidural steroid injections. How long do they last?').topic).toBe('epidural-injection');
  });

  it('finds every entry from its own title', () => {
    const missed = engine.kb.entries.filter((entry) => decide(engine, entry.title).candidates[0]?.entryId !== entry.id);
    expect(missed.map((e) => e.id)).toEqual([]);
  });
});

describe('honest fallbacks', () => {
  it('says it does not know, and offers a person, for questions outside its knowledge', () => {
    for (const question of ['what temperature should I print PLA filament at', 'my knee clicks when I squat', 'best pizza near me']) {
      const decision = decide(engine, question);
      expect(decision.kind, question).toBe('fallback');
      expect(decision.suggestions).toContain('Ask for a call back');
    }
  });

  it('falls back when an animal, a belly hernia, a child\'s bed-wetting or a curved spine is what the question is about', () => {
    for (const question of ['spaniel slipped disc operation price', 'slipped disc treatment for a dog',
      'my hernia in the tummy is getting bigger', 'my daughter is 7 and wets the bed most nights',
      // A curve of the spine is the clinic's field, but no entry is about it.
      'whats the best treatment for scoliosis in teenagers']) {
      expect(decide(engine, question).kind, question).toBe('fallback');
    }
    // A dog the patient walks is part of the patient's day, not the patient.
    expect(decide(engine, 'the dog needed walking and my sciatica flared, what helps').kind).toBe('answer');
  });

  it('does not answer what pregnancy changes: medicines, scans, injections, or whether something is safe', () => {
    for (const question of ['sciatica while pregnant, what can I take', 'im breastfeeding can i take naproxen for sciatica',
      'is an x ray of my back safe if im pregnant', 'can I have an epidural steroid injection for sciatica while pregnant',
      'pregnant 20 weeks with sciatica, is it safe to sleep on my back']) {
      const decision = decide(engine, question);
      expect(decision.kind, question).toBe('fallback');
      expect(decision.text, question).toMatch(/midwife, GP or pharmacist/);
      expect(decision.suggestions).toContain('Ask for a call back');
    }
    // The same questions without a pregnancy, with one that is over or denied, and what it leaves as it is, are answered.
    expect(decide(engine, 'can i take naproxen for sciatica').topic).toBe('medication');
    expect(decide(engine, 'not pregnant, no bladder issues, is it safe to have an epidural').topic).toBe('epidural-injection');
    expect(decide(engine, 'my daughter is pregnant and has a slipped disc, what can she do at home to ease it').topic).toBe('self-care');
  });

  it('does not give the clinic\'s fees for the price of something else', () => {
    for (const question of ['how much does a new laptop cost', 'bitcoin price today']) {
      expect(decide(engine, question).kind, question).toBe('fallback');
    }
  });

  it('does not give the clinic\'s hours or payments for another place, and still answers about that place', () => {
    for (const question of ['what time does the pharmacy open', 'does the chemist take card', 'is the gym open on bank holidays']) {
      expect(decide(engine, question).kind, question).toBe('fallback');
    }
    expect(decide(engine, 'can I buy naproxen at the pharmacy').topic).toBe('medication');
  });

  it('takes a lead of exactly the margin as enough, however the subtraction rounds', () => {
    const thresholds: Calibration = {
      phrasingShare: 0.7, unknownTermEntries: 0.5, answer: 0.575, answerWithLead: 0.425, clearLead: 0.1, clarify: 0.575, closeMargin: 0.04,
    };
    const candidate = (topic: Topic, confidence: number): Candidate => ({ entryId: topic, topic, title: topic, confidence });
    // In floating point 0.47 - 0.37 and 0.6 - 0.56 fall just short of 0.1 and 0.04.
    expect(chooseOutcome([candidate('causes', 0.47), candidate('symptoms', 0.37)], thresholds)).toBe('answer');
    expect(chooseOutcome([candidate('causes', 0.6), candidate('symptoms', 0.56)], thresholds)).toBe('answer');
  });

  it('does not answer another place\'s question from an entry only the place word matches', () => {
    // The medicines entry mentions the pharmacy, and nothing else matched, so it was well ahead.
    expect(decide(engine, 'what time does the pharmacy close').kind).toBe('fallback');
  });

  it('takes a place as the word a patient writes, not the term the lexicon makes of it', () => {
    // The lexicon reads "gym" as exercise, so pilates, stretches and yoga were all a gym.
    expect(decide(engine, 'are you open on saturdays for pilates').topic).toBe('clinic-hours');
  });

  it('does not answer from an everyday word that only an entry\'s title uses', () => {
    // "Returning to work..." and "Looking after yourself..." hold these words; the entries' own
    // questions rarely do, so they are not what those entries are about.
    for (const question of ['where do i return a parcel', 'how do i look after my cat']) {
      expect(decide(engine, question).kind, question).toBe('fallback');
    }
  });

  it('still weighs a title word the entry\'s questions keep using as naming its topic', () => {
    const { index } = engine.retriever;
    // Both are used by one entry only; "paralysis" recurs in its entry's questions, "return" does not.
    expect(index.weight('paralysi')).toBeGreaterThan(2 * index.weight('return'));
    expect(decide(engine, 'can a slipped disc leave me with paralysis').entryId).toBe('can-a-disc-cause-paralysis');
  });
});

describe('weighing words', () => {
  /** An index over an entry about driving, `asking` of whose 30 questions use `word`, and five others. */
  const indexWith = (asking: number, word = 'drive') => {
    const entry = (id: string, title: string, questions: string[]): Entry => ({
      id, topic: 'self-care', title, questions, sources: [], reviewedBy: '', reviewedOn: '', related: [], body: title, file: '',
    });
    const questions = Array.from({ length: 30 }, (_, i) => (i < asking ? `can i ${word} with a sore back` : 'what helps a sore back'));
    const entries = [
      entry('driving', 'When to drive again', questions),
      ...['sleeping', 'sitting', 'lifting', 'walking', 'swimming'].map((id) => entry(id, `${id} with a sore back`, [`is ${id} ok`])),
    ];
    const normaliser = new Normaliser({ terms: {} }, entries.flatMap((e) => [e.title, ...e.questions]));
    return { index: new EntryIndex(entries, normaliser, 0.5), term: normaliser.terms(word)[0] as string };
  };

  it('boosts a title word as much as its entry\'s questions use it, so one question more moves it little', () => {
    const weights = Array.from({ length: 31 }, (_, asking) => {
      const { index, term } = indexWith(asking);
      return index.weight(term);
    });
    for (let asking = 1; asking <= 30; asking += 1) {
      expect(weights[asking]!, `${asking} of 30 questions`).toBeGreaterThanOrEqual(weights[asking - 1]!);
      expect(weights[asking]! / weights[asking - 1]!, `${asking} of 30 questions`).toBeLessThan(1.5);
    }
    // A word the questions keep using still names the topic, at the full boost.
    expect(weights[15]! / weights[0]!).toBeCloseTo(3);
  });

  it('weighs a story word as little as a story word unless an entry\'s questions keep asking with it', () => {
    const once = indexWith(1, 'today');
    const often = indexWith(10, 'today');
    expect(once.index.weight(once.term)).toBeLessThan(0.5 * often.index.weight(often.term));
    // One opening-hours question says "today"; a patient's "today" is still the story.
    expect(decide(engine, 'my husband wants to know what sciatica is').topic).toBe('sciatica');
  });
});

describe('questions that lean on what came before', () => {
  it.each(['is that painful?', 'and how long does that take?', 'what are the risks of it'])('"%s" names nothing, so it is not answered', (message) => {
    expect(decide(engine, message).kind).toBe('fallback');
  });

  it('reads a follow-up with the entry the conversation was last answered from', () => {
    const followUp = (lastAnswered: string, message: string) => decide(engine, message, lastAnswered);
    expect(followUp('microdiscectomy', 'is it painful?').topic).toMatch(/^(microdiscectomy|recovery)$/);
    expect(followUp('epidural-steroid-injection', 'does it hurt?').topic).toBe('epidural-injection');
    expect(followUp('sciatica', 'will physio help with that').topic).toBe('physical-therapy');
    expect(followUp('disc-bulge', 'what about a protrusion').topic).toBe('protrusion');
    expect(followUp('book-an-appointment', 'do I need a referral for that').topic).toBe('clinic-appointment');
  });

  it('leaves a new question, or one about another subject, to itself', () => {
    const followUp = (lastAnswered: string, message: string) => decide(engine, message, lastAnswered);
    expect(followUp('microdiscectomy', 'what is sciatica').topic).toBe('sciatica');
    expect(followUp('extrusion', 'what are your opening hours').topic).toBe('clinic-hours');
    expect(followUp('microdiscectomy-risks', 'my phone battery is bulging, is it dangerous').kind).toBe('fallback');
    expect(followUp('disc-bulge', 'is the library open on sunday').kind).toBe('fallback');
  });

  it('reads a question after a comma alone too, with the other subjects the message names', () => {
    expect(decide(engine, 'just finished my lunch break, what does L4-L5 mean').topic).toBe('disc-anatomy');
    expect(decide(engine, 'love the new website by the way, what are your opening times').topic).toBe('clinic-hours');
    expect(decide(engine, 'my car engine knocks when cold, is it safe to drive').kind).toBe('fallback');
    // "Is it safe to..." after a comma asks on its own: its "it" points nowhere.
    expect(decide(engine, 'had my appendix out in may, is it safe to have an epidural for my sciatica').topic).toBe('epidural-injection');
    expect(decide(engine, 'my tyre has a bulge, is it safe to drive').kind).toBe('fallback');
    // "Now" before the question, or "I just want to know", asks too.
    expect(decide(engine, 'had a bad fall skiing years ago, all healed, now I just want to know what a disc protrusion is').topic).toBe('protrusion');
    // A clause that opens with its verb and ends with the question mark asks too.
    expect(decide(engine, 'fell off my bike as a kid and broke my arm, nothing since, is cycling ok with sciatica?').kind).toBe('answer');
  });

  it('reads "is this a disc?" after a description as a question about symptoms, not about what a disc is', () => {
    for (const message of ['ache in my lower back and it hurts to bend. is this a disc?',
      'stabbing pain when i stand up from the sofa, is it a disc?', 'my lower back locked up and now theres a dull ache in my bum, could that be a disc']) {
      const decision = decide(engine, message);
      expect(decision.topic, message).toBe('symptoms');
      expect(decision.entryId, message).not.toBe('what-is-a-spinal-disc');
    }
    // What a disc is, asked as such, is still anatomy.
    expect(decide(engine, 'what is a disc?').topic).toBe('disc-anatomy');
  });

  it('reads "is that sciatica" after a description as the condition it names, not as a thing told before', () => {
    // "That" is the feeling: read as "that operation" is, with the story's sitting, it asked about sitting.
    expect(decide(engine, 'tingling down my right leg into my foot, worse when i sit, is that sciatica').topic).toBe('sciatica');
  });

  it('reads a clause that chooses among what came before, or names it again, with the story', () => {
    expect(decide(engine, 'sitting or standing, which is worse for a slipped disc').topic).toBe('self-care');
    expect(decide(engine, 'my husband had a microdiscectomy last year, could the same disc go again').topic).toBe('microdiscectomy');
    // A sentence that opens with "which" asks its own question.
    expect(decide(engine, 'I used to run. Which exercises are safe with a herniated disc?').topic).toBe('physical-therapy');
  });

  it('reads a question after a note-style heading with what the heading names', () => {
    expect(decide(engine, '3 weeks after microdiscectomy at L4-5, can i drive').topic).toBe('recovery');
    expect(decide(engine, '2 level fusion L4-S1, how long is recovery').topic).toMatch(/^(spinal-fusion|recovery)$/);
    // A heading with someone in it is a story: the question is read alone as well.
    expect(decide(engine, "i'm scared i've damaged my spine, what actually is a spinal disc").topic).toBe('disc-anatomy');
  });

  it('reads "what is that?" after a named condition as asking what it means', () => {
    expect(decide(engine, "my back went on monday and the GP said it's probably a prolapsed disc. what is that exactly").topic).toBe('herniation');
    expect(decide(engine, 'my wife is a nurse, she says I have sciatica, what is it').topic).toBe('sciatica');
  });

  it('answers when the thing is named alongside the pointing word', () => {
    expect(decide(engine, 'spinal fusion, what is it').topic).toBe('spinal-fusion');
  });

  it('reads a question about a warning sign as one about warning signs', () => {
    const askedAbout = (text: string) => engine.triage.askedAbout(engine.triage.read(text));
    expect(askedAbout('the doctor said come back if I get bladder problems, what counts as one')).toEqual(['warning signs']);
    expect(askedAbout('I am scared of wetting myself in the scanner')).toEqual([]);
  });

  it('reads "what can I take?" as asking for a medicine', () => {
    expect(decide(engine, 'no problems down below, waterworks all normal, just back ache, what can I take?').topic).toBe('medication');
    expect(decide(engine, 'toothache, what can i take').kind).toBe('fallback');
  });

  it('answers what to watch for, with a disc or after an operation, from the warning signs of each', () => {
    expect(decide(engine, 'what would happen if my disc squashed the nerves for my bladder').topic).toBe('red-flags');
    expect(decide(engine, 'what if I lose feeling down there one day').topic).toBe('red-flags');
    expect(decide(engine, 'what are the warning signs after spinal surgery').topic).toBe('recovery');
    expect(decide(engine, 'what to look out for after my discectomy').topic).toBe('recovery');
    // A clinic that is private is no part of the body.
    expect(decide(engine, 'is it a private place or nhs').topic).not.toBe('red-flags');
  });
});

describe('long stories with one question', () => {
  const topicOf = (story: string) => {
    const decision = decide(engine, story);
    return decision.kind === 'answer' ? decision.topic : decision.kind;
  };

  it('reads the story topic the question is asked with, not the rarest word of the story', () => {
    expect(topicOf('I\'m off work this week and can\'t sleep for the pain. My physio called it a herniated disc. '
      + 'What does that mean?')).toBe('herniation');
    expect(topicOf('It has been six weeks of sciatica now. Sleeping is easier and I\'m working half days. '
      + 'When will it go away?')).toBe('natural-history');
  });

  it('answers about the operation the story names when the question says "the operation" or "the recovery"', () => {
    expect(topicOf('My consultant has put me on the list for a microdiscectomy in the spring. I teach year six and '
      + 'my deputy will cover my class. I keep reading forums at night. What are the risks of the operation?')).toBe('microdiscectomy');
    expect(topicOf('My microdiscectomy is booked for the twelfth. My twins are three so my mother is moving in for a '
      + 'while. How long is the recovery?')).toBe('recovery');
  });

  it('takes "that operation" to be the one told last', () => {
    expect(topicOf('My uncle had a spinal fusion twenty years ago and hated it. My surgeon has now offered me a '
      + 'microdiscectomy instead. What does that operation involve?')).toBe('microdiscectomy');
    expect(topicOf('A microdiscectomy was mentioned last year, but now the surgeon says I need a fusion at L4-L5 '
      + 'because the bone has slipped. What does that operation involve?')).toBe('spinal-fusion');
  });

  it('does not carry the patient\'s own affairs into a question that names its own subject', () => {
    expect(topicOf('so the surgeon said my disc might heal by itself. i have three kids and a mortgage and I cannot be off '
      + 'forever. can a herniated disc heal on its own')).toBe('natural-history');
    // In the sentence that asks, they still turn it away.
    expect(topicOf('I slipped a disc last year. Is the supermarket open late tonight?')).toBe('fallback');
  });

  it('reads a question that opens a sentence alone too when the patient goes on to tell something', () => {
    expect(topicOf('can my daughter come into the room with me, she drives me everywhere')).toBe('clinic-appointment');
    // A clause that goes on asking keeps the question whole.
    expect(topicOf('what are the discs for, like what job do they do between the vertebrae')).toBe('disc-anatomy');
  });

  it('reads the question in a dictated run-on without commas', () => {
    const story = 'my husband has had this pain going down the back of his left leg for about three weeks now it started after '
      + 'he was digging the garden and he wants to know how long sciatica normally lasts';
    expect(topicOf(story)).toBe('natural-history');
    // A question that opens the run-on is read up to where the telling starts.
    expect(topicOf('do you take bupa because i have it through work and want to use it for my back')).toBe('clinic-insurance');
    // "Who" opens a story's clause as often as a question.
    expect(topicOf('in 5 years time are people who had the op better off than the ones who just did physio')).toBe('surgery-decision');
  });

  it('takes where the patient lives or travels to as the story, and a flight\'s price as another business', () => {
    expect(topicOf('i want second opinion from you, i live in ireland, is possible')).toBe('clinic-second-opinion');
    expect(topicOf('how much is the consultation, i live in france')).toBe('clinic-insurance');
    expect(topicOf('how much is a flight to spain in august')).toBe('fallback');
    expect(topicOf('best beaches in spain')).toBe('fallback');
  });

  it('takes another illness or operation told before a question about the spine as the patient\'s history', () => {
    expect(topicOf('had a hip replacement five years ago, can I still have a microdiscectomy?')).toBe('microdiscectomy');
    expect(topicOf('I had a kidney stone last year, when can I start physio for my back?')).toBe('physical-therapy');
    // A question that goes on about the story's animal or thing, or says "back" as a direction, keeps it.
    expect(topicOf('my cat has a slipped disc, can she have a microdiscectomy?')).toBe('fallback');
    expect(topicOf('my cd is scratched, can a disc be fixed')).toBe('fallback');
    expect(topicOf('gallbladder removal, when can i go back to work')).toBe('fallback');
  });

  it('leaves the story\'s animal behind when the question turns to people', () => {
    expect(topicOf('my cat had a slipped disc and lost control of her bladder, can that happen to people?')).toBe('red-flags');
    expect(topicOf('my cat has a slipped disc, can she have a microdiscectomy?')).toBe('fallback');
  });

  it('takes another illness the story moves on from to the spine as history, even when the question names no spine', () => {
    expect(topicOf('i had a fever last month with covid, all gone, my back still aches from the disc, is physio a good idea')).toBe('physical-therapy');
    // Told in the same clause, the other subject is still what is asked about, and so is "the op" of the story.
    expect(topicOf('slipped disc in my dog\'s neck, how much does surgery cost')).toBe('fallback');
    expect(topicOf('after my prostate op my stream was weak but the urologist sorted it, now my back hurts, could the op be why?')).toBe('fallback');
  });

  it('reads weight lost on a diet as prevention, and a question about why doctors ask of it as the warning signs', () => {
    expect(topicOf('I have lost 2 stone since January on purpose, will that help my sciatica?')).toBe('causes');
    expect(topicOf('I\'ve been dieting and lost a stone, will that help my back')).toBe('causes');
    expect(topicOf('why do they ask if I\'ve lost weight when I have back pain')).toBe('red-flags');
  });

  it('does not take the patient\'s trade for what the question is about', () => {
    expect(topicOf('I\'m a dentist so I\'m bent over patients all day. Lately my lower back aches by the afternoon. '
      + 'What are the symptoms of a herniated disc?')).toBe('symptoms');
  });

  it('keeps a question that sounds like a denial', () => {
    expect(topicOf('My GP has started me on amitriptyline at night for leg pain from my disc. Isn\'t amitriptyline '
      + 'an antidepressant?')).toBe('medication');
  });
});

describe('hostile and odd input', () => {
  const hostile: [string, string][] = [
    ['empty', ''],
    ['blank', '   \n\t  '],
    ['10,000 characters', 'a'.repeat(10_000)],
    ['10,000 characters of words', 'lorem ipsum dolor sit amet '.repeat(370)],
    ['emoji only', '😀😀🙏🔥'],
    ['HTML', '<script>alert(1)</script><img src=x onerror=alert(2)>'],
    ['control characters', '\u0000\u0007\u001b[31m\u202e\u200b'],
    ['another language', '¿Qué es una hernia discal? 椎间盘突出是什么'],
    ['prototype keys', '__proto__ constructor prototype toString'],
    ['regex metacharacters', '(((((((((((((((((((((((((a*)*)*)*)*)*)*)*)*)*$'],
  ];

  it.each(hostile)('%s gets a fallback, not an exception', (_name, message) => {
    const decision = decide(engine, message);
    expect(['fallback', 'smalltalk', 'clarify']).toContain(decision.kind);
    expect(decision.text).not.toContain('<script');
  });

  it('never repeats the patient\'s own text back as Markdown', () => {
    const decision = decide(engine, '<b>bold</b> [click](javascript:alert(1)) what is sciatica');
    expect(decision.text).not.toContain('javascript:');
    expect(decision.text).not.toContain('<b>');
  });
});

describe('small talk and the wish for a person', () => {
  it.each(['hi', 'Hello there!', 'thanks so much', 'bye', 'are you a robot?', 'helloooo', '👋', '👍', 'u there?', 'cheers love', 'thanks x'])('"%s" is small talk', (message) => {
    expect(decide(engine, message).kind).toBe('smalltalk');
  });

  it('reads an emoji in a question as no small talk', () => {
    expect(decide(engine, 'what is sciatica 🙏').kind).toBe('answer');
  });

  it.each(['can someone call me back', 'I want to talk to a real person', 'book me in please', 'Ask for a call back'])('"%s" starts the hand-off', (message) => {
    expect(decide(engine, message).kind).toBe('handoff');
  });

  it('answers a question that opens with a greeting', () => {
    expect(decide(engine, 'hi, what is sciatica?').kind).toBe('answer');
  });

  it('explains that booking works when asked how, rather than starting the hand-off', () => {
    expect(decide(engine, 'how do i book an appointment').topic).toBe('clinic-appointment');
  });

  it.each(["Hi, I'm Sarah", 'hello my name is Dave'])('"%s" is a greeting with a name', (message) => {
    expect(decide(engine, message).kind).toBe('smalltalk');
  });

  it("reads \"I'm\" followed by how the patient feels as no name", () => {
    expect(decide(engine, "hi, I'm numb").kind).not.toBe('smalltalk');
  });

  it.each(['that was very useful, thank you', 'many thanks for your help', 'Thanks, that answers my question', 'have a nice day'])('"%s" is thanks or goodbye', (message) => {
    expect(decide(engine, message).kind).toBe('smalltalk');
  });

  it('answers a question wrapped in a letter\'s courtesies, fillers or figures of speech', () => {
    const cases: [string, string][] = [
      ['Dear team, I was hoping you could tell me whether sciatica goes away by itself. Best regards', 'natural-history'],
      ['erm sorry to trouble you but what is a sequestration', 'sequestration'],
      ["I'm dying to know when I can drive after my microdiscectomy", 'recovery'],
      ['myth or fact: a slipped disc has slipped out of place', 'herniation'],
      ['what does the desk occasion on my report mean', 'mri-report'],
    ];
    for (const [question, topic] of cases) expect(decide(engine, question).topic, question).toBe(topic);
  });

  it('answers the question that follows thanks', () => {
    expect(decide(engine, 'thanks, and what is a microdiscectomy?').topic).toBe('microdiscectomy');
  });

  it.each(['what can you help with', 'what sort of questions can I ask you'])('"%s" asks what the bot is for', (message) => {
    expect(decide(engine, message).kind).toBe('smalltalk');
  });

  it('answers "what can you tell me about" a subject from the knowledge', () => {
    expect(decide(engine, 'what can you tell me about sciatica').topic).toBe('sciatica');
  });

  it.each(["you're useless", "that didn't help at all", 'you are not very helpful', 'ugh'])('answers frustration "%s" by offering a person', (message) => {
    const decision = decide(engine, message);
    expect(decision.kind).toBe('smalltalk');
    expect(decision.text).toMatch(/call you back/);
  });

  it.each(["physio didn't help at all, what else can I try", 'my leg feels useless'])('reads "%s" as about the patient, not the bot', (message) => {
    expect(decide(engine, message).kind).not.toBe('smalltalk');
  });

  it.each([
    'can someone get back to me', 'leave a message for the consultant', "email me please, I'd rather someone wrote to me",
    'just want a human', 'can i talk to sum1', "here's my number, please call 07700 900123",
    'please let the surgeon know I need to speak with him', 'do you have any appointments available next week',
  ])('"%s" asks to be contacted', (message) => {
    expect(decide(engine, message).kind).toBe('handoff');
  });

  it.each([
    ['can i email you', 'clinic-contact'],
    ["what's your phone number", 'clinic-contact'],
    ['is the first appointment free', 'clinic-insurance'],
  ])('answers "%s", a question about contact, booking or cost', (message, topic) => {
    expect(decide(engine, message).topic).toBe(topic);
  });

  it.each([
    "I'd like an appointment please", 'I need an appointment asap', 'Schedule me a consultation',
    'can I see the surgeon', 'I want to see a specialist', 'i wanna see a doc', 'can I come in and see someone this week',
  ])('"%s" asks to be booked in', (message) => {
    expect(decide(engine, message).kind).toBe('handoff');
  });

  it.each([
    ['can I book an appointment online', 'clinic-appointment'],
    ['can I make an appointment for my daughter, she is 15', 'clinic-appointment'],
    ["I'd like to be seen about my sciatica, do I need a referral?", 'clinic-appointment'],
    ['do I need to see a surgeon?', 'surgery-decision'],
  ])('answers "%s", which asks how booking works or whether to be seen', (message, topic) => {
    expect(decide(engine, message).topic).toBe(topic);
  });

  it.each(['can I talk to your surgeon', 'my GP told me to see a spine surgeon'])('"%s" is the patient asking for a surgeon', (message) => {
    expect(decide(engine, message).kind).toBe('handoff');
  });

  it.each(['can my physio talk to your surgeon', 'my GP told me to speak to a surgeon about a microdiscectomy, what is the recovery like'])(
    'reads "%s" as someone else\'s talk with the clinic, not a request',
    (message) => {
      expect(decide(engine, message).kind).not.toBe('handoff');
    },
  );

  it.each(['hello, good morning, I have question', 'hi, can I ask you something?', 'good evening, I have one question'])(
    '"%s" announces a question without asking it yet',
    (message) => {
      expect(decide(engine, message).kind).toBe('smalltalk');
    },
  );

  it('answers the question a greeting announces when it says what it is about', () => {
    expect(decide(engine, 'hi, I have a question about the fees').topic).toBe('clinic-insurance');
  });

  it.each(['thnx', 'hw r u', 'gud mornin', 'thank you very much for you help', 'ok thank you doctor', 'bye bye, have nice day', 'THIS IS NOT HELPFUL AT ALL'])(
    '"%s" is small talk as learners and fast typists write it',
    (message) => {
      expect(decide(engine, message).kind).toBe('smalltalk');
    },
  );

  it.each(['how are you tonight', 'how are you this evening', 'hi how r u this morning', 'good evening, how are you doing tonight?', 'hope youre well this evening', 'hows your evening going'])(
    '"%s" asks after the reader at a time of day, and is small talk',
    (message) => {
      expect(decide(engine, message).kind).toBe('smalltalk');
    },
  );

  it.each(['how are you supposed to sleep with sciatica', 'are you open tonight', 'how are you tonight, my back is killing me'])(
    '"%s" asks or tells something besides the time of day, and is no small talk',
    (message) => {
      expect(decide(engine, message).kind).not.toBe('smalltalk');
    },
  );

  it.each([['thnx, is walking good for sciatica', 'physical-therapy'], ['hello doctor, what is sciatica', 'sciatica']])(
    'answers "%s", a question behind the same words',
    (message, topic) => {
      expect(decide(engine, message).topic).toBe(topic);
    },
  );

  it.each(['who is you, a robot or human?', 'r u a bot', 'you are human or computer?'])('"%s" asks what the bot is', (message) => {
    expect(decide(engine, message).kind).toBe('smalltalk');
  });

  it('reads "a real person or a doctor" as asking for someone, not about the bot', () => {
    expect(decide(engine, 'a real person or a doctor please').kind).toBe('handoff');
  });

  it.each(['i wanna tok to a reel persun', 'cal me bak pls', 'can some one cold me back', 'please somebody call to me', 'I would like that somebody contacts me'])(
    '"%s" asks to be contacted, misspelt, dictated or in a learner\'s grammar',
    (message) => {
      expect(decide(engine, message).kind).toBe('handoff');
    },
  );

  it('reads "my doctor call me and say" as what the patient\'s own doctor did', () => {
    expect(decide(engine, 'my doctor call me and say I have herniated disc, what this mean').topic).toBe('herniation');
  });

  it.each(['can you call my mum back', 'could you ring my son, he is the patient', 'can someone call him, he needs the surgeon'])(
    '"%s" asks the clinic to contact the patient someone writes for',
    (message) => {
      expect(decide(engine, message).kind).toBe('handoff');
    },
  );

  it('reads "can I call my mum" as no request to the clinic', () => {
    expect(decide(engine, 'can I call my mum after the operation').kind).not.toBe('handoff');
  });

  it.each(['i want make appointment with surgeon', 'please make for me an appointment with doctor', 'can i hav a apointment', 'ok thanks, can I book in for next week then'])(
    '"%s" asks to be booked in, in a learner\'s grammar or misspelt',
    (message) => {
      expect(decide(engine, message).kind).toBe('handoff');
    },
  );

  it.each(['how i can make appointment?', 'I want make appointment with doctor, how is possible'])('answers "%s", which asks how booking works', (message) => {
    expect(decide(engine, message).topic).toBe('clinic-appointment');
  });

  it.each(['I want to make appointment at the hairdresser', 'book me in at the dentist', 'I want to make appointment at the vet for my cat'])(
    'reads "%s" as a booking at another business',
    (message) => {
      expect(decide(engine, message).kind).toBe('fallback');
    },
  );

  it('keeps the wish to see a physio when another place comes up later in the message', () => {
    expect(decide(engine, 'I want to see a physio, I hurt my back at the gym').kind).toBe('handoff');
  });

  it.each(['bonjour', 'merci beaucoup', 'gracias', 'au revoir', 'ey up', 'ta muchly', 'thanks a bunch', 'cheerio', 'catch you later', 'cheers pet'])(
    '"%s" is small talk in another language or dialect',
    (message) => {
      expect(decide(engine, message).kind).toBe('smalltalk');
    },
  );

  it.each(['my mum says thank you for all your help', 'thanks, my legs feel much stronger now'])('"%s" is thanks with news that asks nothing', (message) => {
    expect(decide(engine, message).kind).toBe('smalltalk');
  });

  it.each(['thanks, is my disc getting better', 'merci, what is sciatica'])('"%s" still asks a question', (message) => {
    expect(decide(engine, message).kind).not.toBe('smalltalk');
  });

  it.each([
    'agent pls', 'live agent', 'nurse please', 'is there a nurse I could ask', 'who do I speak to about my results',
    'could I have a word with the physio', "I'd like the nurse to explain my results to me", 'can I get a doctor on the phone',
    "I'd rather go through my scan with the consultant", "I'm not comfortable with a bot, is there a person",
    "I'd appreciate a phone call from someone", "I don't want to type all this out, can someone just ring",
  ])('"%s" asks for a person indirectly or in a word or two', (message) => {
    expect(decide(engine, message).kind).toBe('handoff');
  });

  it.each(['my wife would like someone to call her', 'my mum is deaf, could the nurse email her instead', 'my grandad would like the physio to call him back'])(
    '"%s" asks the clinic to contact the person someone writes for',
    (message) => {
      expect(decide(engine, message).kind).toBe('handoff');
    },
  );

  it.each([
    ["I'd rather talk to a person. What's the phone number for the clinic?", 'clinic-contact'],
    ['I want to speak to a nurse, what time does the clinic open?', 'clinic-hours'],
  ])('answers "%s": wanting a person and asking how to reach the clinic is answered', (message, topic) => {
    expect(decide(engine, message).topic).toBe(topic);
  });

  it('keeps a call back asked for alongside a question about the hours', () => {
    expect(decide(engine, 'ring me back please, what time do you close today').kind).toBe('handoff');
  });

  it.each(['who should I speak to about an invoice', "I don't want a doctor to explain it, what is sciatica", 'should I discuss surgery with a doctor'])(
    'reads "%s" as no wish for a person',
    (message) => {
      expect(decide(engine, message).kind).not.toBe('handoff');
    },
  );

  it.each(['I NEED A NURSE', 'just get me a person', 'no one has phoned me back yet', 'you lot never pick up the phone', 'i would like to make a complaint'])(
    '"%s", said in anger, starts the hand-off',
    (message) => {
      expect(decide(engine, message).kind).toBe('handoff');
    },
  );

  it.each(['call me 📞', '☎️☎️'])('reads the telephone in "%s" as the wish for a call', (message) => {
    expect(decide(engine, message).kind).toBe('handoff');
  });

  it.each(['Jo Bloggs, 07700 900987', 'you can reach me on 020 7946 0999', 'my email address is jo at example dot com'])(
    '"%s" leaves contact details, which starts the hand-off',
    (message) => {
      expect(decide(engine, message).kind).toBe('handoff');
    },
  );

  it('reads no run of years as a phone number', () => {
    expect(decide(engine, 'I had a discectomy in 2019 2020 and 2021').kind).not.toBe('handoff');
  });

  it('answers a question about a phone number instead of taking it as left for a call back', () => {
    expect(decide(engine, 'is 01632 960999 the right number for the clinic?').topic).toBe('clinic-contact');
  });

  it.each(['note for Dr Moreno: I will bring my scans', 'please let Mrs Akande know I rang', 'is Mr Osei working this week'])(
    '"%s" leaves word for a named member of staff',
    (message) => {
      expect(decide(engine, message).kind).toBe('handoff');
    },
  );

  it.each(['is a real person reading my messages', 'are staff monitoring this chat', 'am I talking to a computer here', 'is anybody out there?'])(
    '"%s" asks who reads, and is answered as the question of who answers',
    (message) => {
      expect(decide(engine, message).kind).toBe('smalltalk');
    },
  );

  it.each(["no that's all thank you", "I'll think it over, bye", "I'll talk it over with my husband", 'that has set my mind at ease', 'um yeah that covers everything'])(
    '"%s" closes the conversation',
    (message) => {
      expect(decide(engine, message).kind).toBe('smalltalk');
    },
  );

  it.each([
    'thx v much', 'thx vm', 'nice 1 cheers', 'nice1', 'thankyou for replying so fast', 'kk thx bye', 'see u later alligator', 'thank for your answer, is very clear',
    'thanks you very much for helping me', 'hi, quick question', 'hi again, thanks for before',
    'Dear Sir/Madam, thank you for your prompt response. Kind regards', 'Good afternoon. I trust this message finds you well.',
    "thank you, I'll have a think and talk it over with my husband", 'I just wanted to say thank you to Mr Cole and the team, my op went brilliantly',
  ])('"%s" is small talk in shorthand, a learner\'s words or a letter\'s courtesies', (message) => {
    expect(decide(engine, message).kind).toBe('smalltalk');
  });

  it.each([
    ['my op went really well, when can I drive again', 'recovery'],
    ['hi, quick question about the fees', 'clinic-insurance'],
    ['Dear team, what are your opening hours? Kind regards', 'clinic-hours'],
  ])('still answers "%s" after its courtesies', (message, topic) => {
    expect(decide(engine, message).topic).toBe(topic);
  });

  it.each([
    ['what is a callback', 'handoff'],
    ['is an osteopath a real doctor', 'handoff'],
    ["I'll come back later, how long does sciatica last", 'smalltalk'],
  ])('reads "%s" as a question, not as %s', (message, notThis) => {
    expect(decide(engine, message).kind).not.toBe(notThis);
  });

  it.each([
    ['are u siri', /not a person/],
    ['is this automated', /not a person/],
    ['are your answers checked by doctors', /team has checked/],
    ['what subjects can you answer', /sciatica, scans, treatments/],
    ['could you diagnose my sciatica', /can't diagnose you/],
    ['are you qualified to give medical advice', /can't diagnose you/],
    ['do you speak polish', /only read and answer questions in English/],
    ['can you remember what I said earlier', /can't look back over our conversation/],
    ['you got it wrong', /misread your question/],
    ['you already said that', /misread your question/],
    ['that doesn\'t make any sense', /misread your question/],
    ['start over', /What would you like to know/],
    ['anybody there?', /What would you like to know/],
    ['...', /What would you like to know/],
  ])('answers "%s" with the reply that fits it', (message, reply) => {
    const decision = decide(engine, message);
    expect(decision.kind).toBe('smalltalk');
    expect(decision.text).toMatch(reply);
  });

  it.each([
    ['can you explain what an extrusion is', 'extrusion'],
    ['do you know anything about sciatica', 'sciatica'],
    ["I don't understand my MRI report", 'mri-report'],
    ['can you explain my MRI report', 'mri-report'],
    ['I need someone to explain what a bulge is', 'bulge'],
  ])('answers "%s" from the knowledge, as a question about its subject', (message, topic) => {
    expect(decide(engine, message).topic).toBe(topic);
  });

  it.each([
    'hello, my leg has been much better since the operation, thank you', 'just a quick note to say thanks, the physio is working',
    'thanks for the advice about the sleeping positions', 'hi, my pain has eased a lot, thank you so much',
  ])('"%s" is thanks that brings news or names what it thanks for', (message) => {
    expect(decide(engine, message).kind).toBe('smalltalk');
  });

  it.each(['my back is better since the injection but should I have another', 'thanks for the info on fusion, what now'])(
    '"%s" still asks after its thanks or news',
    (message) => {
      expect(decide(engine, message).kind).not.toBe('smalltalk');
    },
  );

  it.each([
    'is my mri report back yet', 'have my blood results come through', 'any news on my referral', 'still waiting on my scan results, any update?',
    'when will we get the report from his MRI', 'did you receive my referral letter', 'have you got the scans I emailed',
    'could someone talk me through my MRI results', "I'd like my report explained by the consultant",
  ])('"%s" asks about the patient\'s own records, which only the staff can look up', (message) => {
    expect(decide(engine, message).kind).toBe('handoff');
  });

  it.each([
    'i have to cancel tomorrows appointment', "I'll have to cancel, my son is ill", 'could you move my appt to the afternoon',
    "I won't be able to make my appointment tomorrow", 'cant make it today sorry', 'stuck in traffic, running 15 minutes late',
    // "mins" is corrected to a word one letter away, whichever the knowledge base uses most.
    "bus is late, I'll be about 15 mins late for my physio", "traffic is awful, I'll be 20 mins late", 'train delayed so ill be 25 mins late to physio',
    "I don't think I can make my appointment on Friday, can I move it?", "I doubt I'll make my appointment tomorrow",
    'not sure I can make my appointment on Tuesday', 'I dont think i can come in tomorrow, my car has broken down',
    'my car battery is dead, can I rebook for tomorrow?', 'please rebook me for Thursday', 'I need to rebook, my son is poorly',
    'missed my appt this morning', "I didn't make it to my appointment, can I rebook",
  ])('"%s" changes the patient\'s own appointment, which only the staff can do', (message) => {
    expect(decide(engine, message).kind).toBe('handoff');
  });

  it.each([
    'I need a doctor today', 'is there a doctor on call tonight', 'please could the physio get in touch',
    'can someone from the clinic ring my wife', 'could you arrange for me to see the physio', 'please ask the surgeon to ring me',
  ])('"%s" asks for a person', (message) => {
    expect(decide(engine, message).kind).toBe('handoff');
  });

  it.each([
    'how do I cancel my appointment on Thursday', 'can i cancel my appt', 'I need to cancel my appointment tomorrow, will I be charged',
    'do i have to cancel if i have covid', 'can I get an appointment this week', 'I want to change my diet to help my back',
    "I can't make it to the toilet in time", 'is it too late for surgery', 'when do you get the results of an MRI',
    'how long does a call back take', 'can u book me a hair appt',
    'how do I rebook an appointment online?', 'is there a fee if I rebook?', "I don't think I can do my exercises today",
    'my period is 5 days late', "I don't think I can drive to the clinic, is there parking close by?",
  ])('reads "%s" as a question on how things work, or no request, not a hand-off', (message) => {
    expect(decide(engine, message).kind).not.toBe('handoff');
  });

  it.each([
    ['hold on, is this a real human replying', /not a person/],
    ['are you one of them chatbots', /not a person/],
    ['r u a nurse', /not a person/],
    ['how do I know you\'re right', /team has checked/],
    ['can you diagnose me based on my symptoms', /can't diagnose you/],
    ['my english is not good', /only read and answer questions in English/],
    ['did u forget me', /can't look back over our conversation/],
    ['huh?', /misread your question/],
    ["that's way too technical", /misread your question/],
    ['is this thing on', /What would you like to know/],
    ['erm', /What would you like to know/],
  ])('answers "%s", said in a fast typist\'s or a learner\'s words, with the reply that fits', (message, reply) => {
    const decision = decide(engine, message);
    expect(decision.kind).toBe('smalltalk');
    expect(decision.text).toMatch(reply);
  });

  it.each(['and does it work?', 'wait what is an extrusion', 'are you able to tell me what a protrusion is', 'can you tell me what\'s wrong with a bulging disc'])(
    'reads "%s" as a question, not small talk',
    (message) => {
      expect(decide(engine, message).kind).not.toBe('smalltalk');
    },
  );

  it.each([
    'scan back yet', 'waited two weeks for my results and no news', 'I sent my referral letter last week, did you get it',
    'what time is my appointment tomorrow', 'I never received my appointment letter', 'my wife wants the consultant to go over her scan',
    'gotta cancel tomorrow', 'can u cancel my physio on monday', 'my mum wont make her appointment tomorrow',
    "we're going to miss our appointment, traffic", 'can my op be moved to next month', 'I need to bring my appointment forward',
    'can I talk to Mrs Reid', 'could you sort out an appointment for my dad', 'i have a complaint about reception', 'is the nurse available today',
  ])('"%s" asks the staff for what only they can do, in a patient\'s shorthand', (message) => {
    expect(decide(engine, message).kind).toBe('handoff');
  });

  it.each([
    "I'm a real person with real pain, what helps sciatica at home", "I'm going to miss work, how long off after fusion",
    'I missed my physio exercises for a week, is that bad', 'how fast can I get an appointment', 'is the surgeon available for second opinions',
    'when is my surgery likely if I go private', 'the results of my MRI came back, what does mild bulge mean',
  ])('reads "%s" as a question, not a hand-off', (message) => {
    expect(decide(engine, message).kind).not.toBe('handoff');
  });
  it.each([
    ['hello comma I have a quick question full stop', /What would you like to know/],
    ["you've been a star", /kind of you to say/],
    ['the staff on reception were so kind yesterday', /kind of you to say/],
    ['10/10 would recommend', /kind of you to say/],
    ['sorry pressed send by accident', /Whenever you have a question/],
    ['never mind, sorted it', /Whenever you have a question/],
    ['stupid machine', /misread your question/],
    ["you're about as useful as a chocolate teapot", /misread your question/],
    ['can you put that more simply', /misread your question/],
    ['so this is like an AI chat?', /not a person/],
    ["who's on the other end of this", /not a person/],
    ['does this chat save my messages', /can't look back over our conversation/],
    ['testing testing 123', /What would you like to know/],
  ])('answers "%s", said by dictation, in praise, a slip or exasperation, with the reply that fits', (message, reply) => {
    const decision = decide(engine, message);
    expect(decision.kind).toBe('smalltalk');
    expect(decision.text).toMatch(reply);
  });

  it.each([
    "thank you doctor for the wonderful operation, I'm walking again", 'thanks for all your care, I\'m pain free now',
    'mum says thanks very much for your help', 'my husband and I are very grateful, thank you',
    "thanks, I'll pass this on to my mum", 'happy new year to you all at the clinic', 'salam alaikum brother',
  ])('"%s" is thanks, news or a greeting from the patient or their family', (message) => {
    expect(decide(engine, message).kind).toBe('smalltalk');
  });

  it.each([
    ['is physio as useful as surgery for a herniated disc', 'smalltalk'],
    ['can you explain that in plain english, what is an annulus', 'smalltalk'],
    ['much clearer than before, but what is a bulge', 'smalltalk'],
    ['the nurse was lovely but is it normal to bruise after an injection', 'smalltalk'],
  ])('reads "%s" as a question, not as %s', (message, notThis) => {
    expect(decide(engine, message).kind).not.toBe(notThis);
  });

  it.each([
    'Hello, this is Dr Shah\'s secretary, could your team call us back about a referral', 'please ring the surgery',
    'could you ring my carer instead of me', 'cn sum1 cll me', 'need a call asap pls', 'pls ring 2day',
    'please can someone whatsapp me', 'drop me an email when you get a sec', 'need speak someone urgent',
    "I'd like a quick word with Mr Ahmed about my wound", 'could I possibly speak with one of the nurses',
    'hello comma could somebody phone me question mark', 'please pass my thanks on to Mr Cole and his team',
  ])('"%s" asks for a person, for a practice, a carer, in shorthand or by dictation', (message) => {
    expect(decide(engine, message).kind).toBe('handoff');
  });

  it.each([
    "I'd like to make a complaint about the way I was spoken to", 'the receptionist was really rude to me on the phone',
    'very unhappy with how I was treated today', 'I left a voicemail on Monday and heard nothing',
    'waiting on a call from you guys, can u chase it up', 'id like to get my mum booked in to see a spine surgeon',
    'book my dad in please', 'could I get my husband an appointment with Mr Cole please',
  ])('"%s" complains, waits in vain, or asks for a relative\'s booking, which only the staff can take on', (message) => {
    expect(decide(engine, message).kind).toBe('handoff');
  });

  it.each([
    'stuck in traffic will be late sorry', "i'm going to be a bit late, is that ok", 'hi im 20 mins behind, traffic is awful',
    'need to resched', "we're running behind, be there in 10", 'appt tmrw cant make it', "my husband has an appt on thurs but he's not well enough to come, can we move it",
    "I'm a carer for Mr Brown, he needs to cancel Tuesday's appointment", "can I bring my appointment forward, I'm struggling",
  ])('"%s" changes a booking, said late, in shorthand or for someone else, which only the staff can do', (message) => {
    expect(decide(engine, message).kind).toBe('handoff');
  });

  it.each([
    'if he needs to cancel, is there a fee', "I can't make it to the gym, what exercises can I do at home",
    'the letter from my GP will be late, is that a problem for my first appointment',
  ])('reads "%s" as a question about how changes work or about something else', (message) => {
    expect(decide(engine, message).kind).not.toBe('handoff');
  });

  it.each([
    'I am writing to request a copy of my MRI report', 'could you please send my notes over to my physio',
    'I need my records sent to my new surgeon', 'I need a letter for my employer after my op', 'need my fit note extended after my op',
    'can I get a repeat prescription for my pregabalin', 'I think I have been double charged', 'when is my operation date?',
    'the invoice is wrong, can someone sort this out',
  ])('"%s" asks for paperwork or a date only the staff can give or put right', (message) => {
    expect(decide(engine, message).kind).toBe('handoff');
  });

  it.each([
    'i need a sick note for work, ive got a bad cold', 'do I need a letter for my insurer', 'contact lens prescription renewal',
    'can my GP give me a repeat prescription of pregabalin', 'can a physio fix this',
    'I have a copy of my MRI report, what does disc desiccation mean', 'can I get my MRI sent to you for a review',
    'will I need more prescription painkillers after a microdiscectomy', 'the surgeon gave me a new prescription for pregabalin, is it safe to drive',
    'will you write to my GP after my appointment',
  ])('reads "%s" as no paperwork the clinic issues', (message) => {
    expect(decide(engine, message).kind).not.toBe('handoff');
  });

  it.each([
    'is there anyone I could actually speak to', 'is there a nurse I could maybe speak to', 'is there someone on the phones today I could talk to',
    'need to speak w someone about my appointment', 'i wish to make appointment for see the surgeon',
    'I would be grateful if you could arrange an appointment for my father at your earliest convenience',
  ])('"%s" asks for a person or a booking indirectly, in a learner\'s words or a letter\'s', (message) => {
    expect(decide(engine, message).kind).toBe('handoff');
  });

  it.each([
    'I wish I had seen a surgeon sooner, what is a microdiscectomy',
    'I would be grateful if you could tell me whether I can make an appointment for my son',
  ])('reads "%s" as a question, not a wish for a person', (message) => {
    expect(decide(engine, message).kind).not.toBe('handoff');
  });

  it.each([
    'my appointment was cancelled and nobody rebooked me', 'I rang on Monday about my MRI but nobody got back',
    'I was supposed to receive a call yesterday', 'could the consultant phone my GP about my tablets',
  ])('"%s" waits in vain for the clinic or asks it to reach the patient\'s own clinician', (message) => {
    expect(decide(engine, message).kind).toBe('handoff');
  });

  it.each(['can my GP phone the surgeon', 'nobody answered my question, what is a bulging disc'])('reads "%s" as no request for the clinic to call', (message) => {
    expect(decide(engine, message).kind).not.toBe('handoff');
  });

  it.each(['can you book me a taxi to the clinic', 'book me a table for two tonight'])('reads "%s" as a booking no clinic makes', (message) => {
    expect(decide(engine, message).kind).not.toBe('handoff');
  });

  it.each(['book me a consultation please', 'can you book me a slot next week'])('still reads "%s" as the wish to be booked', (message) => {
    expect(decide(engine, message).kind).toBe('handoff');
  });

  it.each(['how quickly do you return phone calls', 'how long do you take to return my call'])('answers "%s" from the contact entry', (message) => {
    expect(decide(engine, message).topic).toBe('clinic-contact');
  });

  it('answers what a surgeon does in a consultation from the booking entry, not the remote review', () => {
    expect(decide(engine, 'what does a surgeon do at a consultation').kind).toBe('answer');
    expect(decide(engine, 'what does a surgeon do at a consultation').topic).toBe('clinic-appointment');
  });

  it.each([
    'how much is it to speak to a surgeon', 'my surgeon said I should speak to a physio first, is that normal',
    'I need someone to tell me if sitting is bad for a herniated disc', 'do real people get better from sciatica without surgery',
    'the surgeon was dismissive, should I get a second opinion', 'do I need a call before my appointment',
    'after a call with my GP I\'m still confused about what a protrusion is', "I've heard nothing good about fusion, is it worth it",
    'can I book my dad in, he has back pain',
  ])('reads "%s" as a question, not a hand-off', (message) => {
    expect(decide(engine, message).kind).not.toBe('handoff');
  });

  describe('courtesies, slips and the bot asked about, in the words of letters, text-speak and learners', () => {
    it.each([
      ['thank you for your most helpful explanation', 'thanks'],
      ['thank you for your very clear explanation', 'praise'],
      ['thank you on behalf of my father, he found it very reassuring', 'thanks'],
      ["I'm writing for my husband, he says thanks", 'thanks'],
      ['Many thanks for your reply. Kind regards, Margaret Hughes', 'thanks'],
      ["bless you, you've been ever so helpful", 'praise'],
      ['thank you dear, you have been very patient with an old lady', 'praise'],
      ["you're actually really helpful", 'praise'],
      ['ty ty ur a legend fr', 'praise'],
      ['Dear Sir or Madam,', 'greeting'],
      ['Good evening. I do hope this message finds you well.', 'greeting'],
      ['hey, its Tom again', 'greeting'],
      ['hiii wyd', 'greeting'],
      ['thank you, have a blessed day', 'goodbye'],
      ['never mind, I found the answer on your website', 'never-mind'],
      ['ignore that, my grandson was playing with my phone', 'never-mind'],
      ['oops meant to send that to my sister', 'never-mind'],
      ['I am sorry to trouble you, I pressed the wrong button', 'never-mind'],
      ['too complicated for me sorry', 'misunderstood'],
      ['for goodness sake this thing is useless', 'misunderstood'],
      ["bruh that's not even what i asked smh", 'misunderstood'],
      ['honestly this is pointless, waste of my evening', 'misunderstood'],
      ['are you a robot or is someone typing this', 'identity'],
      ['am I speaking with a computer program', 'identity'],
      ['are you a qualified doctor', 'identity'],
      ['will anyone actually read this tonight', 'identity'],
      ['is anybody monitoring this chat at the weekend', 'identity'],
      ['do you remember what I asked you yesterday', 'memory'],
      ['sorry my english is bad, you understand me?', 'identity'],
      ['can you diagnose my back pain over the chat', 'personal-advice'],
    ])('reads "%s" as %s', (message, kind) => {
      const words = message.toLowerCase().replace(/'/g, '').replace(/[^a-z0-9 ]+/g, ' ').replace(/ +/g, ' ').trim();
      expect(detectSmallTalk(words)).toBe(kind);
    });

    it.each([
      "hi it's back again", "hey it's worse again", 'my leg gets it too', 'thank you, kind regards, what is sciatica',
      'thanks, she says her leg is numb', 'is surgery too complicated for a man of 80',
    ])('still reads "%s" as more than small talk', (message) => {
      const words = message.toLowerCase().replace(/'/g, '').replace(/[^a-z0-9 ]+/g, ' ').replace(/ +/g, ' ').trim();
      expect(detectSmallTalk(words)).toBeUndefined();
    });

    it('reads "I found it very helpful" as thanks, not as having found something', () => {
      expect(detectSmallTalk('i found it very helpful')).toBe('thanks');
    });
  });

  it.each([
    'please get in touch about booking a consultation', 'need 2 talk 2 sum1 real', 'yo can sum1 hmu',
    'I care for my mum, she needs her appointment next Tuesday moved',
    'I have left three voicemails and heard nothing', 'my son needs to see someone about his back, can you book him in',
  ])('"%s" starts the hand-off', (message) => {
    expect(decide(engine, message).kind).toBe('handoff');
  });

  it.each([
    'can you call me a taxi', 'please get in touch with my GP about it',
    'is there anyone I can ring at the weekend if my back gets worse', 'who can I talk to out of hours', 'can I talk to the specialist by video instead of coming in',
  ])('reads "%s" as no wish to be contacted by the clinic', (message) => {
    expect(decide(engine, message).kind).not.toBe('handoff');
  });
});

describe('a negated clause that is the subject of the question', () => {
  const topicOf = (message: string) => {
    const decision = decide(engine, message);
    return decision.kind === 'answer' ? decision.topic : decision.kind;
  };

  it.each([
    ['the injection didnt work, can i have another one', 'epidural-injection'],
    ['pregabalin doesnt do anything except make me dizzy, can i come off it', 'medication'],
    ['sciatica isnt going away, its been 10 weeks', 'natural-history'],
    ["I'd rather not have an operation, are there options", 'conservative-care'],
    ['i dont believe the disc will heal itself, does it actually', 'natural-history'],
    ['didnt really understand what the surgeon said about a microdiscectomy, what do they actually do', 'microdiscectomy'],
    ['they didnt offer me an injection, can i ask for one', 'epidural-injection'],
    ['never had physio before, what do they do', 'physical-therapy'],
    ['free fragment in my spinal canal, is that dangerous', 'sequestration'],
    // Before a question that names its own subject, a wish is the story.
    ['dont want to go under the knife, will the disc heal by itself', 'natural-history'],
    ['I really dont want to be cut open, can physio fix a bulging disc', 'physical-therapy'],
    ['not sleeping because of the sciatica, any tips', 'self-care'],
    ['no temperature after my discectomy, when can i go back to the gym', 'recovery'],
  ])('answers "%s" about what it negates', (message, topic) => {
    expect(topicOf(message)).toBe(topic);
  });

  it('still answers what is asked after a denied sign', () => {
    expect(topicOf('no weakness and no foot drop, just tingling in my toes, what does that mean')).toBe('symptoms');
    expect(topicOf("I'm not numb anywhere, my bladder's fine, I just have one-sided sciatica, how long will it last?")).toBe('natural-history');
    // A refusal other than a wish, and a person who did nothing, are not what is asked about.
    expect(topicOf('no way am i having my spine fused, is there anything else')).toBe('conservative-care');
    expect(decide(engine, 'y did my disc go,i didnt do nothin').topic).toBe('causes');
  });

  it('does not answer another subject\'s failed treatment or refused operation', () => {
    expect(topicOf('hip replacement didnt help my groin pain, why')).toBe('fallback');
    expect(topicOf('I dont want my tonsils out, other options?')).toBe('fallback');
  });
});
