import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { CALIBRATION, type Calibration } from './calibration.js';
import { bestPhrasing, confidence, confidenceBound } from './confidence.js';
import { EntryIndex, type IndexedEntry } from './index.js';
import { Normaliser, SELF_DIAGNOSIS_TERM } from './normalise.js';
import { chooseSnippet, readSentences, type BodySentences } from './snippet.js';

export interface RankedEntry {
  indexed: IndexedEntry;
  confidence: number;
}

/** Enough for a clarify list of three and the runners-up a channel may show. */
const RANKED = 10;
/**
 * Questions are looked for among a story's last this many sentences, where they come; a pasted
 * document of hundreds of one-line questions costs no more than a long story.
 */
const MAX_SENTENCE_READINGS = 24;
/**
 * Splits after the punctuation, so a sentence keeps its question mark. A dot after a lone letter
 * is an initial's ("M.R.I.", "G.P.", "L.5"), not a sentence's end: split there, "I need an M.R.I.
 * or not" lost its scan to a sentence of its own.
 */
const SENTENCE_END = /(?<=[!?\n]|(?<!(?:^|[^\p{L}\p{N}])\p{L})\.)/u;
/** Words a question opens with: those that ask, and the verbs put before their subject. */
const ASKING_WORDS = 'what|whats|how|why|when|where|which|who|any';
const VERBS_FIRST = 'is|are|am|can|could|do|does|did|should|would|will|may|might|has|have';
/** Of VERBS_FIRST, those that open a question without their subject named after them ("does stress cause..."). */
const ASKING_VERBS = 'is|are|can|could|do|does|did|should|would|will|may|might';
/**
 * Words before a question that do not change it: "so", "anyway", and "now" after what came before
 * ("my chest pain turned out to be reflux, the GP sorted it last month, now what helps a bulging disc"),
 * and the turn to another matter ("had the epidural last month, btw do you have parking").
 */
const LEAD_IN = '(?:(?:so|and|but|ok|okay|also|hi|hello|well|anyway|anyways|now|so now|and now|btw|by the way|oh and|one more thing|on another note)\\W+)?';
/**
 * Asking without a question word: "now I just want to know what a disc protrusion is", "I was
 * wondering if physio helps", "please tell me what L5-S1 means". So does a patient who turns from
 * what they mention in passing to what they ask: "I have a protrusion by the way, but mainly I want
 * to know what time you open", "had a microdiscectomy last year, my question now is about your fees".
 */
const ASKING_ADVERB = '(?:just|really|only|mainly|mostly|also|actually|simply|basically)\\s+';
const ASKING_PHRASE = `(?:${ASKING_ADVERB})?(?:i\\s+)?(?:${ASKING_ADVERB})?(?:want|wanted|wanna|would\\s+like|d\\s+like|need)\\s+to\\s+know|(?:please\\s+)?(?:tell|explain\\s+to)\\s+me|i\\s+(?:was\\s+|am\\s+|m\\s+)?wonder(?:ing)?|(?:my|the)\\s+(?:(?:main|real|actual|only|other|quick)\\s+)?question\\s+(?:now\\s+|today\\s+|here\\s+)?is`;
/** The opening of a question, typed with or without its question mark. */
const OPENS_QUESTION = new RegExp(`^\\W*${LEAD_IN}(?:${ASKING_WORDS}|${VERBS_FIRST}|${ASKING_PHRASE})\\b`, 'i');
/**
 * A sentence that asks: a question mark, or the opening of a question. Only these are read alone:
 * a bare "I had an MRI." between "my knee hurts" and "what is a meniscus tear" would otherwise
 * answer with the MRI entry on its own.
 */
export const ASKS = new RegExp(`\\?\\s*$|${OPENS_QUESTION.source}`, 'i');
/**
 * A clause after a comma that opens a question. A verb such as "has" or "is" opens one only when
 * its subject follows ("is it safe", "can she come"), when the clause ends the question with its
 * mark ("fell off my bike as a kid and broke my arm, nothing since, is cycling ok with sciatica?"),
 * or when it ends the message after a few words, as a question typed without its mark does ("my
 * grandad had prostate cancer and died at 92, does back pain run in families"): otherwise after a
 * comma it more often goes on with the clause before ("what is a bulge, is same like hernia"), and
 * "has" or "have" so goes on whatever follows ("my physio clinic, not yours, has cancelled my
 * appointment three times").
 */
const CLAUSE_OPENS_QUESTION = new RegExp(`^\\W*${LEAD_IN}(?:(?:${ASKING_WORDS}|${ASKING_PHRASE})\\b|(?:${VERBS_FIRST})\\W+(?:i|you|it|there|my|your|a|an|the|this|that|these|those|he|she|they|we|me|someone|anyone|anybody|somebody)\\b|(?:${VERBS_FIRST})\\b[^?]*\\?\\s*$|(?:${ASKING_VERBS})(?:\\W+\\w+){3,}\\W*$)`, 'i');
/**
 * Clauses after a comma that are read alone as well, the last ones of the message: a list of
 * questions between commas costs no more than a few.
 */
const MAX_CLAUSE_READINGS = 3;
/**
 * Dictation leaves out the commas: "ok so i went to the gp on tuesday and she said its probably a
 * slipped disc [...] but i dont really get what a slipped disc actually is can you explain". In a
 * sentence of at least this many words and no comma, a question's opening after the first few
 * words starts a clause, read as one after a comma is: read whole, the story's words drowned the
 * question, and the message fell back.
 */
const RUN_ON_WORDS = 16;
const RUN_ON_LEAD_IN = 4;
/**
 * "Who", "which", "when" and "where" open a story's clauses as often ("the ones who just did physio").
 * After a preposition a question word opens what the story is about, not a question: "my partner is
 * worried about how we'll cope with me off work and the kids at home" read alone asked about home care.
 */
const RUN_ON_OPENING = new RegExp(`(?<!\\b(?:about|on|of|at|with|over|into)\\s+)\\b(?:what|whats|how|why|(?:${VERBS_FIRST})\\s+(?:i|you|it|there|my|your|a|an|the|this|that|he|she|they|we))\\b`, 'gi');

/** A clause that goes on with the question before it: "..., like what job do they do", "..., or is that rare?". */
const GOES_ON_ASKING = /\?|^\W*(?:like|or|i mean|as in)\b/i;

/**
 * A question that opens a sentence and is followed by what the patient tells after a comma: "can my
 * daughter come into the room with me, she drives me everywhere". Read whole, the driving answered
 * about driving after surgery; the question is read alone as well. None when what follows asks too
 * ("how is disc surgery done, do they take the whole disc out" is one question in two, and so is
 * "how many weeks does sciatica take to settle, like on average"), or when the opening points back
 * to what follows it ("is it normal, the pain in my calf"). A sentence without commas may be a
 * dictated run-on (dictatedOpening).
 */
function askingOpening(sentence: string): string[] {
  const [opening, ...rest] = sentence.split(',') as [string, ...string[]];
  if (rest.length === 0) return dictatedOpening(sentence);
  const tells = !rest.some((clause) => CLAUSE_OPENS_QUESTION.test(clause) || GOES_ON_ASKING.test(clause));
  return tells && OPENS_QUESTION.test(opening) && !POINTS_BACK.test(opening) ? [opening] : [];
}

/**
 * The same in a dictated run-on (RUN_ON_WORDS): the question up to where the patient starts telling
 * ("what are the risks of a microdiscectomy my aunt had one years ago and ended up worse") or
 * giving a reason ("do you lot do appointments on saturdays because i work monday to friday").
 */
const STARTS_TELLING = /\b(?:my|i|im|ive|id|we|our|because|cos|coz|cuz)\b/gi;

function dictatedOpening(sentence: string): string[] {
  const text = sentence.trim();
  const words = text.split(/\s+/);
  if (words.length < RUN_ON_WORDS || !OPENS_QUESTION.test(text)) return [];
  const leadIn = words.slice(0, RUN_ON_LEAD_IN).join(' ').length;
  const telling = [...text.matchAll(STARTS_TELLING)].find(({ index }) => index > leadIn);
  return telling ? [text.slice(0, telling.index)] : [];
}

/** The clauses of a sentence that may ask on their own: after its commas, or in a dictated run-on (RUN_ON_WORDS). */
function laterClauses(sentence: string): string[] {
  const afterCommas = sentence.split(',').slice(1);
  const text = sentence.trim();
  const words = text.split(/\s+/);
  if (afterCommas.length > 0 || words.length < RUN_ON_WORDS) return afterCommas;
  const leadIn = words.slice(0, RUN_ON_LEAD_IN).join(' ').length;
  return [...text.matchAll(RUN_ON_OPENING)].filter(({ index }) => index > leadIn).map(({ index }) => text.slice(index));
}
/**
 * A message or question that points back: "and how long does that take?", "will it go away?",
 * "is this normal?".
 */
export const POINTS_BACK = /\b(?:it|they|them|that|these|those|this)\b/i;
/**
 * The same in a clause after a comma or in a run-on, where the "it" of "is it ok to keep working
 * with a bulging disc" or "is it safe to do yoga for my back" stands for what follows and points
 * nowhere: read only with the story before it, the question was lost in it ("my knee has given way a
 * few times since my meniscus tear, is it safe to do yoga for my back" fell back). A sentence of
 * its own ("When is it safe to start lifting again?" after a story of a microdiscectomy) still
 * reads with the story, which its "again" and "start" lean on.
 */
const DUMMY_IT = 'it\\s+(?:ok|okay|alright|safe|normal|bad|good|better|best|possible|worth|true|wise|wrong|advisable|fine|dangerous|risky|common|usual|likely|necessary|harmful|sensible)\\s+(?:to|for|if|that|with)\\b';
const CLAUSE_POINTS_BACK = new RegExp(`\\b(?:(?!${DUMMY_IT})it|they|them|that|these|those|this)\\b`, 'i');
/**
 * A question that goes on about someone or something of the story: "will she walk again?", "can he
 * have surgery?", "can a dog recover from a slipped disc without surgery?" after a story of a dachshund.
 */
const POINTS_TO_SOMEONE = new RegExp(`${CLAUSE_POINTS_BACK.source}|\\b(?:he|she|him|her|his|hers|their|dogs?|cats?|pets?|puppy|horses?)\\b`, 'i');
/**
 * A question that turns from the story's animal or thing to people: "my cat had a slipped disc and
 * lost control of her bladder, can that happen to people?". The cat is no longer the subject, and
 * weighed as one it sent the question to "I don't know".
 */
const TURNS_TO_PEOPLE = /\b(?:happen|happens|happened|get|gets)\s+(?:to|in)\s+(?:people|humans?|a person|us)\b|\b(?:can|do|does)\s+(?:people|humans?|a person)\s+(?:get|have)\b/i;
/**
 * Words of the clinic's field that other things have too, so they do not place a question in it
 * alone: a CD, a dog or a frisbee has a disc ("my cd is scratched, can a disc be fixed"), and
 * "back" is also where one goes ("gallbladder removal, when can i go back to work").
 */
const SHARED_FIELD_TERMS = new Set(['disc']);
const BACK_AS_DIRECTION = /\b(?:go|goes|going|gone|went|get|gets|getting|got|come|comes|coming|came)\s+back\b|\bback\s+(?:to|into|home|again)\b/i;
/**
 * An opening in a note's shorthand, before a comma, with no one in it: "3 weeks after microdiscectomy
 * at L4-5, can i drive", "2 level fusion L4-S1, how long is recovery". It heads the question, which
 * asks about what it names; read alone, "can i drive" answered about driving with a slipped disc and
 * "how long is recovery" about sciatica, each with confidence over 0.9. An opening with someone in
 * it ("I'm scared I've damaged my spine, what is a disc") tells a story, and the question after it
 * is read alone as well.
 */
const HEADING = /^(?![^,]*\b(?:i|im|ive|id|me|my|we|us|our|he|she|they|his|her|their|you|your)\b)[^,]*,/i;
/**
 * A clause that turns to another matter ("had the epidural last month, btw do you have parking") is
 * not headed by what came before it, whoever is in the opening.
 */
const TURNS_AWAY = /^\W*(?:btw|by the way|oh and|one more thing|on another note|unrelated)\b/i;
/**
 * A clause that chooses among what came before it, or names it again: "sitting or standing, which is
 * worse for a slipped disc", "had a microdiscectomy last year, could the same disc go again". Read
 * alone, "which is worse for a slipped disc" asked which disc word is worse and "the same disc go
 * again" whether a disc slips, each with full confidence.
 */
const CHOOSES_OR_REPEATS = /^\W*(?:(?:so|and|but|ok|okay)\W+)?which\b|\bsame\b(?!\s+(?:as|thing|like)\b)/i;

/**
 * A sentence opened by the announcement of a new question: "my ED is from my blood pressure meds,
 * the GP sorted it. Separate q: is swimming ok with a bulging disc?". The announcement is not part
 * of what is asked: left in, the question no longer opened its sentence, was read only with the
 * story, and the story's medicines outweighed it.
 */
const ANNOUNCES_QUESTION = /^\W*(?:(?:a|one|my|and)\s+)?(?:separate|different|unrelated|another|other|quick|new|second|next|last|final)\s+(?:question|q|qn|query)\s*(?:[:,\-\u2013\u2014]|\.{2,})\s*/i;

/** The word after one of these is something already known: "the operation", "this scan". */
const KNOWN_THING = /\b(?:the|this|that|these|those)\s+(\p{L}+)/giu;
/**
 * The share of a question that the knowledge base must ask together with a topic of the story
 * before the question is taken to refer to it (see search).
 */
const RESOLVING_FIT = 0.5;

interface Reading {
  terms: string[];
  ranked: RankedEntry[];
  /** The terms as EntryIndex.mask marks them, for comparing with phrasings. */
  mask: Float32Array;
}

/**
 * Each entry at its best confidence over several readings of one message. The terms returned are
 * those of the reading that put the top entry first, so its snippet quotes what was asked.
 */
function bestReadings(readings: readonly Reading[]): { terms: string[]; ranked: RankedEntry[] } {
  const best = new Map<IndexedEntry, RankedEntry>();
  let leader: Reading | undefined;
  for (const reading of readings) {
    const top = reading.ranked[0];
    if (top && (!leader || top.confidence > (leader.ranked[0] as RankedEntry).confidence)) leader = reading;
    for (const ranked of reading.ranked) {
      if (ranked.confidence > (best.get(ranked.indexed)?.confidence ?? -1)) best.set(ranked.indexed, ranked);
    }
  }
  const ranked = [...best.values()].sort((a, b) => b.confidence - a.confidence).slice(0, RANKED);
  return { terms: leader?.terms ?? [], ranked };
}

/** Retrieval over one knowledge base: query normalisation, the index, confidence and snippets. */
export class Retriever {
  readonly normaliser: Normaliser;
  readonly index: EntryIndex;
  /** Bodies split and normalised on first answer, not at start-up: most entries are rarely asked. */
  private readonly bodies = new WeakMap<IndexedEntry, BodySentences>();

  constructor(kb: KnowledgeBase, extraVocabulary: Iterable<string> = [], readonly calibration: Calibration = CALIBRATION) {
    const texts = kb.entries.flatMap((e) => [...e.questions, e.title, e.body]);
    this.normaliser = new Normaliser(kb.lexicon, [...texts, ...extraVocabulary], texts);
    this.index = new EntryIndex(kb.entries, this.normaliser, calibration.unknownTermEntries);
  }

  /**
   * A message of several sentences is read whole and also question by question, and each entry
   * keeps its best reading: in a story, a paragraph about work, children and sleep outweighs the
   * one sentence that asks about a disc or a scan. In the whole reading the words only the story
   * uses weigh less than the question's (EntryIndex.storyWeight). A question that points back is
   * read with the topics the story names, as told and as far as they fit it (fitToQuestion), and so
   * is one that names a more general topic than the story does ("how is the procedure done?"); one
   * that names its topic as already known ("the operation") is read only so, with the story's topic
   * it means weighed as if named. A story with no sentence that looks like a question has its last
   * sentence read, where the question usually comes. Commas do not split a reading: "my tyre has a
   * bulge, is it safe to drive" must be read whole to be turned away. A reading that names no topic
   * ("should I be worried?") is left out: its few question words would match whichever entry asks
   * the same. For the same reason a message that points back and names nothing ("is that
   * painful?") has no answer unless `toldBefore` says what "that" was.
   * `alsoAbout`: words every reading is read with, what triage knows the message asks about.
   * `toldBefore`: a sentence read as the story's opening that asks nothing, the title of the entry
   * a conversation was last answered from (see decide).
   */
  search(text: string, alsoAbout: readonly string[] = [], toldBefore = ''): { terms: string[]; ranked: RankedEntry[] } {
    const about = alsoAbout.flatMap((words) => this.normaliser.terms(words));
    const before = toldBefore ? [{ sentence: toldBefore, asks: false, pointsBack: false, chooses: false, headed: false, terms: this.normaliser.terms(toldBefore) }] : [];
    const turnsToPeople = TURNS_TO_PEOPLE.test(text);
    const sentences = [...before, ...text.split(SENTENCE_END)
      .map((sentence) => sentence.replace(ANNOUNCES_QUESTION, ''))
      .map((sentence) => ({ sentence, asks: ASKS.test(sentence), pointsBack: POINTS_BACK.test(sentence), chooses: false, headed: false, terms: this.normaliser.terms(sentence) }))]
      .map((sentence) => ({ ...sentence, terms: turnsToPeople ? sentence.terms.filter((term) => !this.index.namesOtherSubject(term)) : sentence.terms }))
      .filter((sentence) => sentence.terms.length > 0)
      .map((sentence) => ({ ...sentence, terms: [...sentence.terms, ...about] }));
    const allTerms = sentences.flatMap((sentence) => sentence.terms);
    if (POINTS_BACK.test(text) && !allTerms.some((term) => this.index.namesSomething(term))) return { terms: allTerms, ranked: [] };
    const asked = new Set(sentences.flatMap((sentence) => this.askedPart(sentence.sentence, sentence.asks, sentence.terms, about)));
    const told = asked.size > 0 ? new Set(allTerms.filter((term) => !asked.has(term))) : undefined;
    const whole = this.rank([...new Set(allTerms)], (term) => (told?.has(term) ? this.index.storyWeight(term) : this.index.weight(term)));
    // A question after a comma is read alone too, as a sentence that asks: "killing time in the
    // waiting room, what does L5-S1 mean" drowned in its opening clause. The whole reading stays as
    // it is, and the other subjects of the message go into every reading, so "my tyre has a bulge,
    // is it safe to drive" is still turned away. One that points back is read only with what it
    // points back to, as the whole reading does: alone, "numb patch on my foot, could that be from a
    // disc" asked what a disc is.
    // A patient asking whether what they feel is a disc is read alone too ("stabbing pain when I
    // stand up from the sofa, is it a disc?"): "it" is the feeling, and the question names its topic.
    const clauses = sentences
      .flatMap(({ sentence, terms }) => [
        ...askingOpening(sentence).map((clause) => ({ clause, headed: false })),
        ...laterClauses(sentence)
          .filter((clause) => CLAUSE_OPENS_QUESTION.test(clause)
            && (!CLAUSE_POINTS_BACK.test(clause) || CHOOSES_OR_REPEATS.test(clause) || terms.includes(SELF_DIAGNOSIS_TERM)))
          .map((clause) => ({ clause, headed: HEADING.test(sentence) && !TURNS_AWAY.test(clause) })),
      ])
      .slice(-MAX_CLAUSE_READINGS)
      .map(({ clause, headed }) => ({
        sentence: clause, asks: true, pointsBack: CHOOSES_OR_REPEATS.test(clause), chooses: CHOOSES_OR_REPEATS.test(clause),
        headed, terms: this.normaliser.terms(clause),
      }))
      .filter((clause) => clause.terms.length > 0)
      .map((clause) => ({ ...clause, terms: [...clause.terms, ...about] }));
    if (sentences.length < 2 && clauses.length === 0) return { terms: whole.terms, ranked: whole.ranked };
    const readings = [whole];
    // A story about a cat, a knee or a laptop is about it in every sentence, also the one that asks
    // "how long before she's back to normal?".
    const elsewhere = allTerms.filter((term) => this.index.namesOtherSubject(term) && !this.index.namesAffairs(term));
    const fieldAfterElsewhere = elsewhere.length > 0 && this.namesFieldAfterElsewhere(text);
    // What "it" or "this" is may lie sentences back, past what the patient felt or did: "I've been
    // off work with sciatica. [...] I'm usually very active. Will it ever go away?" asks about
    // sciatica, not activity.
    const storyTopics = allTerms.filter((term) => this.index.namesTopic(term));
    const specificity = (terms: Iterable<string>) => Math.max(0, ...[...terms].filter((term) => this.index.namesTopic(term)).map((term) => this.index.weight(term)));
    const storySpecificity = specificity(storyTopics);
    const toldLast = new Map(sentences.flatMap((sentence, i) => sentence.terms.map((term) => [term, i] as const)));
    const first = Math.max(0, sentences.length - MAX_SENTENCE_READINGS);
    const anyAsks = clauses.length > 0 || sentences.some((sentence) => sentence.asks);
    [...sentences.slice(first), ...clauses].forEach((sentence) => {
      if (!sentence.asks && (anyAsks || sentence !== sentences.at(-1))) return;
      const terms = new Set(sentence.terms);
      // Read alone, as it was asked, when it names something itself: "is a slipped disc something
      // that runs in families?" says "that" but asks about families, and a story of flare-ups,
      // sleep and work read into it drowned the question. The clinic's topics count here, though
      // unboosted: "what's your email address?" after a story is a question the clinic answers.
      // A clause that chooses or repeats (CHOOSES_OR_REPEATS) is read only with the story.
      // A self-diagnosis ("..., worse when I sit, is that sciatica") names what it asks about: its "that"
      // is the feeling told before, not a topic already known, and read with the story's "sit" as
      // "that operation" is read with its story, it asked about sitting.
      const selfDiagnosis = terms.has(SELF_DIAGNOSIS_TERM);
      const namesOwn = !sentence.chooses && [...terms].some((term) => this.index.namesAnyTopic(term) && (!sentence.pointsBack || this.index.namesSomething(term)));
      // Also read with the story's topics when it points back, or when the story names something
      // more specific than the question does: "how is the procedure done?" after "I've been told an
      // epidural is the next step" asks about the epidural.
      const readsContext = !selfDiagnosis && (sentence.pointsBack || storySpecificity > specificity(terms));
      const context = [...new Set(storyTopics.filter((term) => !terms.has(term)))];
      // Another illness or operation told before a question that names the clinic's field and no one
      // else is the patient's history: "I had a heart attack in 2018 and have stents, can I have a
      // microdiscectomy under general anaesthetic?", "after my knee op..., when can I start physio for
      // my back?". Carried into the question, it turned it away as another subject's. A question that
      // goes on about someone ("my cat has a slipped disc, will she walk again?") keeps them.
      // So is one the story moves on from, in a clause of its own, to the field before the question: "I
      // had a fever last month with covid, all gone, my back still aches from the disc, is physio a
      // good idea"; unless the question chooses, or names a thing already told ("could the op be why?").
      const movedOn = fieldAfterElsewhere && !sentence.chooses && !this.namesKnownTopic(sentence.sentence, terms);
      const historyOnly = !POINTS_TO_SOMEONE.test(sentence.sentence)
        && ([...terms].some((term) => this.namesFieldOwn(term, sentence.sentence)) || movedOn);
      const others = historyOnly ? elsewhere.filter((term) => terms.has(term)) : elsewhere;
      const own = terms.size > 0 && (namesOwn || readsContext) ? this.rank([...new Set([...terms, ...others])]) : undefined;
      const fit = this.fitToQuestion(context, [...terms], own, whole);
      const bestFit = Math.max(0, ...fit.values());
      // "What are the risks of the operation?" or "how long is the recovery?" after a story that
      // names the microdiscectomy refers to it, and read alone answers about operations or
      // recoveries in general.
      const resolved = !selfDiagnosis && bestFit >= RESOLVING_FIT && this.namesKnownTopic(sentence.sentence, terms);
      // Under a heading (HEADING) that names something more specific, the clause is read only with it.
      if (namesOwn && own && !resolved && !(sentence.headed && readsContext)) readings.push(own);
      if ((!readsContext && !resolved) || context.length === 0) return;
      const referent = resolved ? this.referent(context, fit, toldLast) : undefined;
      const weight = (term: string) => {
        const share = fit.get(term);
        if (term === referent || share === undefined) return this.index.weight(term);
        // A story topic counts as told, less by as much as it fits the question worse than the best
        // fitting one: "what does that mean?" after work, sleep and a herniated disc reads the
        // herniation, while a question in vague words ("is that the right thing?") fits none
        // closely and reads every topic much the same.
        return this.index.storyWeight(term) * (1 - (bestFit - share));
      };
      readings.push(this.rank([...new Set([...terms, ...context, ...others])], weight));
    });
    return bestReadings(readings);
  }

  /**
   * The terms of what a sentence asks: all of it when it asks, or when a clause after a comma opens a
   * question; nothing when it only tells. A patient asking whether what they feel comes from a disc
   * (SELF_DIAGNOSIS_TERM) asks only from that clause on: in "sharp pain when I get up from a chair,
   * is it my disc or a muscle" the sharp pain and the chair are what happened, and weighed in full
   * the chair answered about sitting.
   */
  private askedPart(sentence: string, asks: boolean, terms: readonly string[], about: readonly string[]): readonly string[] {
    if (OPENS_QUESTION.test(sentence)) return asks ? terms : [];
    const clauses = sentence.split(',');
    const question = clauses.findIndex((clause, i) => i > 0 && CLAUSE_OPENS_QUESTION.test(clause));
    if (question < 0) return asks ? terms : [];
    if (!terms.includes(SELF_DIAGNOSIS_TERM)) return terms;
    return [...this.normaliser.terms(clauses.slice(question).join(',')), ...about];
  }

  /** Whether a clause after the last one naming another subject names the clinic's field. */
  private namesFieldAfterElsewhere(text: string): boolean {
    const clauses = text.split(/[,;.!?\n]/).map((clause) => ({ clause, terms: this.normaliser.terms(clause) }));
    const last = clauses.map(({ terms }) => terms.some((term) => this.index.namesOtherSubject(term) && !this.index.namesAffairs(term))).lastIndexOf(true);
    return last >= 0 && clauses.slice(last + 1).some(({ clause, terms }) => terms.some((term) => this.namesFieldOwn(term, clause)));
  }

  /** Whether a term places what `text` says in the clinic's field by itself (see SHARED_FIELD_TERMS). */
  private namesFieldOwn(term: string, text: string): boolean {
    return this.index.namesTheField(term) && !SHARED_FIELD_TERMS.has(term) && !(term === 'back' && BACK_AS_DIRECTION.test(text));
  }

  /** Whether the sentence names one of its topics as something already known (see KNOWN_THING). */
  private namesKnownTopic(sentence: string, terms: ReadonlySet<string>): boolean {
    for (const [, word] of sentence.matchAll(KNOWN_THING)) {
      if (this.normaliser.terms(word as string).some((term) => terms.has(term) && this.index.namesTopic(term))) return true;
    }
    return false;
  }

  /**
   * How well each of the story's topics fits a question: the most of the question (by weight) that
   * one phrasing asks together with the topic, among the entries the question or the whole message
   * ranks best. "Will it ever go away?" after a story of sciatica, sitting and work is asked with
   * sciatica ("will my sciatica go away"), not with sitting or work; weighed only by how rare they
   * are, "sit", "sleep" or "work" outweighed the sciatica or herniation the story is about. A
   * question with no words of its own ("what is that exactly?") fits none better than another.
   */
  private fitToQuestion(context: readonly string[], terms: readonly string[], own: Reading | undefined, whole: Reading): Map<string, number> {
    const ownWeight = terms.reduce((sum, term) => sum + this.index.weight(term), 0);
    if (!own || ownWeight === 0) return new Map(context.map((term) => [term, 0]));
    const candidates = new Set([...own.ranked, ...whole.ranked].map(({ indexed }) => indexed));
    return new Map(context.map((term) => {
      let asked = 0;
      for (const indexed of candidates) asked = Math.max(asked, this.index.askedWith(indexed, term, own.mask));
      return [term, Math.min(1, asked / ownWeight)];
    }));
  }

  /**
   * The story topic a question refers to: of those it fits, the one told last ("my dad had a fusion
   * [...] now they suggest a microdiscectomy. What does that operation involve?"), the rarer of two
   * told together.
   */
  private referent(context: readonly string[], fit: ReadonlyMap<string, number>, toldLast: ReadonlyMap<string, number>): string | undefined {
    let referent: string | undefined;
    for (const term of context) {
      if ((fit.get(term) as number) < RESOLVING_FIT) continue;
      const later = referent === undefined ? 1 : (toldLast.get(term) as number) - (toldLast.get(referent) as number);
      if (later > 0 || (later === 0 && this.index.weight(term) > this.index.weight(referent as string))) referent = term;
    }
    return referent;
  }

  /**
   * Entries ranked by confidence that they answer a question with these terms, each weighed by
   * `weight` (the index's own weights unless the story is weighed apart, EntryIndex.storyWeight).
   */
  private rank(terms: string[], weight: (term: string) => number = (term) => this.index.weight(term)): Reading {
    const queryWeight = terms.reduce((sum, term) => sum + weight(term), 0);
    const mask = this.index.mask(terms, weight);
    if (queryWeight === 0) return { terms, ranked: [], mask };

    const share = this.calibration.phrasingShare;
    const { positions, matched } = this.index.matches(terms, weight);
    const byCoverage = Array.from(positions).sort((a, b) => (matched[b] as number) - (matched[a] as number));
    // Phrasings are compared only while an entry could still make the list: its bound must beat
    // the confidence of the last entry on it.
    const ranked: RankedEntry[] = [];
    for (const position of byCoverage) {
      const coverage = (matched[position] as number) / queryWeight;
      const last = ranked.length >= RANKED ? (ranked[RANKED - 1] as RankedEntry).confidence : -1;
      if (confidenceBound(coverage, share) <= last) break;
      const indexed = this.index.entries[position] as IndexedEntry;
      // A phrasing matches at most what the entry does, so a short question covers at most that
      // much of the entry's lightest phrasing: in a large knowledge base most entries that share a
      // word with it are passed over unread. (The slack covers the mask's float32 rounding.)
      const coverable = (coverage * queryWeight * (1 + 1e-6)) / indexed.lightestPhrasing;
      if (confidenceBound(coverage, share, coverable) <= last) continue;
      const score = confidence(coverage, bestPhrasing(mask, queryWeight, indexed), share);
      const at = ranked.findIndex((r) => r.confidence < score);
      ranked.splice(at < 0 ? ranked.length : at, 0, { indexed, confidence: score });
      if (ranked.length > RANKED) ranked.pop();
    }
    return { terms, ranked, mask };
  }

  snippet(indexed: IndexedEntry, terms: readonly string[]): string {
    let body = this.bodies.get(indexed);
    if (!body) {
      body = readSentences(indexed.entry.body, this.normaliser);
      this.bodies.set(indexed, body);
    }
    return chooseSnippet(body, terms, (term) => this.index.weight(term));
  }
}
