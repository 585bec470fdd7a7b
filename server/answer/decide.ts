import type { Entry, KnowledgeBase } from '../kb/knowledge-base.js';
import { fillClinicPlaceholders } from '../kb/clinic-text.js';
import type { Calibration } from '../retrieval/calibration.js';
import { CLINIC_TOPIC_PREFIX } from '../retrieval/index.js';
import { plainWords } from '../retrieval/normalise.js';
import { ASKS, POINTS_BACK, Retriever, type RankedEntry } from '../retrieval/retriever.js';
import { detectHandoff, detectSmallTalk, withEmojiWords } from '../triage/intents.js';
import { withoutDenials } from '../triage/negation.js';
import { RedFlagTriage, type RedFlagMatch } from '../triage/red-flags.js';
import { SafetyNet } from '../triage/safety-net.js';
import { withCitations, withLineBefore } from './citations.js';
import type { Candidate, Decision, NamedElsewhere } from './decision.js';
import { CALL_BACK_SUGGESTION, reply } from './replies.js';

/** Everything `decide` needs, built once per knowledge base. */
export interface Engine {
  kb: KnowledgeBase;
  retriever: Retriever;
  triage: RedFlagTriage;
  safetyNet: SafetyNet;
  entriesById: Map<string, Entry>;
  /** Recent decisions by message, oldest first (see `decide`). */
  recent: Map<string, Decision>;
}

export function createEngine(kb: KnowledgeBase, calibration?: Calibration): Engine {
  const retriever = new Retriever(kb, RedFlagTriage.vocabulary(kb.redFlags), calibration);
  const triage = new RedFlagTriage(kb.redFlags, (text) => retriever.normaliser.correctedWords(text));
  return { kb, retriever, triage, safetyNet: new SafetyNet(kb), entriesById: new Map(kb.entries.map((e) => [e.id, e])), recent: new Map() };
}

/**
 * Every step reads at most this much of a message: room for any patient's story, while a pasted
 * document cannot stall the bot. (The channels refuse longer messages with a clear reply.)
 */
export const MAX_MESSAGE_CHARS = 4_000;
const MAX_CLARIFY_OPTIONS = 3;
/** A message that goes on from the last answer without pointing back: "and the risks?". */
const FOLLOWS_ON = /^\W*(?:and|also|what about|how about|what if|plus)\b/i;
/**
 * Short messages repeat: every tap on a suggested question sends its exact title, and a clinic's
 * patients ask the same few questions. The decision depends on nothing but the message and the
 * knowledge base, so the last few hundred are kept and a repeat costs a lookup instead of triage and
 * retrieval. Long messages are each one patient's story and are not kept.
 */
const REMEMBERED_DECISIONS = 500;
const REMEMBERED_MAX_CHARS = 200;

/**
 * The one decision path, shared by the bot, `annulus ask` and `annulus eval`:
 * red-flag triage first, then small talk and the wish for a person, then retrieval.
 *
 * `lastAnswered`: the entry the conversation was last answered from, which the bot keeps. A
 * message that points back or follows on ("is it painful?", "and the risks?") and finds no answer
 * alone is read once more after that entry's title, as a story's question is read after the story.
 * Only then: read with the thread every time, new questions were pulled to the old topic ("what is
 * a lumbar puncture" after an answer on recovery), as were other subjects ("my phone battery is
 * bulging, is it dangerous"), which never take the thread.
 */
export function decide(engine: Engine, message: string, lastAnswered?: string): Decision {
  const alone = decideAlone(engine, message);
  const earlier = lastAnswered === undefined ? undefined : engine.entriesById.get(lastAnswered)?.title;
  const followsOn = POINTS_BACK.test(message) || FOLLOWS_ON.test(message);
  if (earlier === undefined || alone.kind !== 'fallback' || alone.elsewhere?.otherSubject || !followsOn) return alone;
  const threaded = decideAfresh(engine, message, earlier);
  return threaded.kind === 'answer' ? threaded : alone;
}

function decideAlone(engine: Engine, message: string): Decision {
  if (message.length > REMEMBERED_MAX_CHARS) return decideAfresh(engine, message);
  const remembered = engine.recent.get(message);
  if (remembered) {
    engine.recent.delete(message);
    engine.recent.set(message, remembered);
    return remembered;
  }
  // Frozen, since every later asker shares it.
  const decision = freezeDecision(decideAfresh(engine, message));
  engine.recent.set(message, decision);
  if (engine.recent.size > REMEMBERED_DECISIONS) engine.recent.delete(engine.recent.keys().next().value as string);
  return decision;
}

function decideAfresh(engine: Engine, message: string, toldBefore?: string): Decision {
  const text = [...message.replace(/[\p{Cc}\p{Cf}]+/gu, ' ')].slice(0, MAX_MESSAGE_CHARS).join('');
  const { kb, retriever } = engine;

  const triageReading = engine.triage.read(text);
  const redFlag = engine.triage.check(triageReading);
  if (redFlag) return urgent(engine, redFlag);
  // An entry that already says when to call the emergency number needs no second telling.
  const { safetyNet } = engine;
  const netted = (decision: Decision): Decision => safetyNet.covers(triageReading) && !decision.text.includes(kb.clinic.emergency.number)
    ? { ...decision, ...withLineBefore(decision, safetyNet.text, safetyNet.sources) }
    : decision;

  const spelledOut = withEmojiWords(text);
  const correctedWords = retriever.normaliser.correctedWords(spelledOut);
  const words = correctedWords.join(' ');
  // Typo correction knows English and the entries' words, not greetings in other languages: "hola"
  // became "hold" and got the clinic's phone number. A message it changed is also read as typed.
  const asTyped = () => {
    const typed = plainWords(spelledOut).join(' ');
    return typed === words ? undefined : detectSmallTalk(typed);
  };
  const smallTalk = detectSmallTalk(words) ?? asTyped();
  if (smallTalk === 'goodbye') {
    const farewell = `${reply(smallTalk, kb.clinic)} ${safetyNet.text}`.trim();
    return { ...simple('smalltalk', farewell), ...withCitations(farewell, safetyNet.sources, safetyNet.text) };
  }
  if (smallTalk) return simple('smalltalk', reply(smallTalk, kb.clinic));
  if (detectHandoff(words)) return simple('handoff', reply('handoff', kb.clinic));

  const asked = withoutDenials(
    text,
    (clause) => (asks(clause) ? [] : retriever.normaliser.correctedWords(clause)),
    (clause) => asks(clause) && retriever.normaliser.terms(clause).some((term) => retriever.index.namesTopic(term)),
  );
  const { terms, ranked } = retriever.search(asked, engine.triage.askedAbout(triageReading), toldBefore);
  const candidates = toCandidates(ranked);
  const places = correctedWords.filter((word) => retriever.index.namesOtherPlace(word));
  const placeTerms = new Set(places.flatMap((place) => retriever.normaliser.terms(place)));
  const otherSubject = terms.some((term) => retriever.index.namesOtherSubject(term));
  // The whole message, not only the reading that ranked best: "...inject her back. She's diabetic.
  // Is it safe?" places its question in the field in another sentence. Read again only when needed.
  const onlyTheOtherSubject = otherSubject && !retriever.normaliser.terms(asked).some((term) => retriever.index.namesTheField(term));
  const elsewhere: NamedElsewhere = {
    otherSubject,
    onlyTheOtherSubject,
    otherPlace: places.length > 0,
    onlyThePlace: places.length > 0 && !terms.some((term) => !placeTerms.has(term) && retriever.index.namesTopic(term)),
    ...(PREGNANT_NOW.test(words) ? { pregnancy: { asksIfSafe: ASKS_IF_SAFE.test(words) } } : {}),
  };
  const outcome = chooseOutcome(candidates, retriever.calibration, elsewhere);
  if (outcome === 'fallback') {
    const text = reply(elsewhere.pregnancy ? 'fallback-pregnancy' : 'fallback', kb.clinic);
    return netted({ ...simple('fallback', text), suggestions: [CALL_BACK_SUGGESTION], candidates, elsewhere });
  }
  if (outcome === 'clarify') {
    const [best] = candidates as [Candidate];
    const options = candidates.filter((c) => c.confidence >= retriever.calibration.clarify).slice(0, MAX_CLARIFY_OPTIONS);
    const list = options.map((c) => `- ${c.title}`).join('\n');
    return netted({
      ...simple('clarify', `${reply('clarify', kb.clinic)}\n\n${list}`),
      topic: best.topic, entryId: best.entryId, confidence: best.confidence,
      suggestions: [...options.map((c) => c.title), CALL_BACK_SUGGESTION], candidates, elsewhere,
    });
  }

  const top = ranked[0] as RankedEntry;
  const entry = top.indexed.entry;
  const snippet = retriever.snippet(top.indexed, terms);
  const { text: answerText, citations } = withCitations(entry.body, entry.sources, snippet);
  const related = entry.related
    .map((id) => engine.entriesById.get(id)?.title)
    .filter((title): title is string => title !== undefined);
  const offersCallBack = entry.topic.startsWith('clinic-');
  return netted({
    kind: 'answer', text: answerText, topic: entry.topic, entryId: entry.id, confidence: round(top.confidence),
    citations, suggestions: offersCallBack ? [...related, CALL_BACK_SUGGESTION] : related, candidates, elsewhere,
  });
}

/**
 * A clause that asks denies nothing, and withoutDenials is given no words of it to read as a denial:
 * "is that normal?" is no all-clear, "is a free fragment dangerous?" no denial of a fragment, and
 * "isn't amitriptyline an antidepressant" asks about amitriptyline. Dropped, the question went
 * with them and the story was answered instead.
 */
const NEGATIVE_QUESTION = /^\W*(?:isn|aren)['\u2019]?t\b/i;

function asks(clause: string): boolean {
  return ASKS.test(clause) || NEGATIVE_QUESTION.test(clause);
}

/**
 * Pregnancy and breastfeeding change which medicines, scans, injections and operations are safe,
 * and neither the entries nor the facts they rest on say how. "Sciatica while pregnant, what can I
 * take" was answered with the entry on painkillers, and "is an x-ray safe if I'm pregnant" with
 * the one on scans. Such questions, and any that asks whether something is safe in pregnancy, fall
 * back to the offer of a person; what pregnancy leaves as it is ("my daughter is pregnant and has a
 * slipped disc, what can she do at home") is still answered. A pregnancy told as past ("it started
 * when I was pregnant") or denied ("not pregnant, is it safe to have an epidural") changes nothing now.
 */
const PREGNANCY_CHANGES = new Set(['medication', 'epidural-injection', 'mri', 'microdiscectomy', 'spinal-fusion', 'artificial-disc-replacement', 'surgery-decision']);
const PREGNANT_NOW = /(?<!\b(was|were|been|before|after|since|during|not|never|no longer) (my |her |the )?)\b(pregnant|pregnancy|breastfeeding|breast feeding)\b/;
const ASKS_IF_SAFE = /\b(safe|safely|allowed|harm|harmful|dangerous|risky|ok to|okay to|alright to)\b/;

/**
 * Answer when the best candidate is confident, or fairly confident and well ahead of every other
 * topic; ask which was meant when two topics are neck and neck or it is unsure; otherwise say so
 * and offer a person. A question that names a subject outside the clinic's field ("is the library
 * open on Saturdays"), or a place and nothing the entries are about ("what time does the pharmacy
 * close"), is answered only when confident: being ahead of entries that match nothing of it, or
 * only the place, says little. "Is swimming in the pool ok with a slipped disc" names a topic too.
 * One that names another subject and nothing of the clinic's field is not answered at all.
 */
export function chooseOutcome(
  candidates: readonly Candidate[], thresholds: Calibration, elsewhere?: NamedElsewhere,
): 'answer' | 'clarify' | 'fallback' {
  const [best] = candidates;
  if (!best) return 'fallback';
  const rival = candidates.find((c) => c.topic !== best.topic);
  // Rounded as the confidences are: 0.47 - 0.37 is 0.0999... in floating point, and a lead of
  // exactly the margin fell short of it.
  const lead = round(best.confidence - (rival?.confidence ?? 0));
  // The clinic's own entries answer in words every business shares ("open late", "price"), so next
  // to another subject or place ("is the post office open late", "does the chemist take card") they
  // are that subject's.
  if ((elsewhere?.otherSubject || elsewhere?.otherPlace) && best.topic.startsWith(CLINIC_TOPIC_PREFIX)) return 'fallback';
  // "Rotator cuff physio exercises": the entries match only its treatment words, which every part
  // of the body shares, however closely they match them.
  if (elsewhere?.onlyTheOtherSubject) return 'fallback';
  if (elsewhere?.pregnancy && (elsewhere.pregnancy.asksIfSafe || PREGNANCY_CHANGES.has(best.topic))) return 'fallback';
  const ahead = !elsewhere?.otherSubject && !elsewhere?.onlyThePlace && best.confidence >= thresholds.answerWithLead && lead >= thresholds.clearLead;
  const sure = best.confidence >= thresholds.answer || ahead;
  if (sure && lead >= thresholds.closeMargin) return 'answer';
  return best.confidence >= thresholds.clarify ? 'clarify' : 'fallback';
}

function urgent(engine: Engine, { rule }: RedFlagMatch): Decision {
  const { clinic, redFlags, sources } = engine.kb;
  const opening = fillClinicPlaceholders(redFlags.levels[rule.level], clinic).text;
  const why = fillClinicPlaceholders(rule.why, clinic).text;
  const cited = rule.sources.flatMap((id) => {
    const source = sources.get(id);
    return source ? [{ source }] : [];
  });
  const { text, citations } = withCitations(`${opening}\n\n${why}`, cited, why);
  return { ...simple('urgent', text), citations, redFlag: { id: rule.id, level: rule.level } };
}

function simple(kind: Decision['kind'], text: string): Decision {
  return { kind, text, citations: [], suggestions: [], candidates: [] };
}

/** Ranked entries as the candidates people and JSON see, confidences rounded. */
function toCandidates(ranked: readonly RankedEntry[]): Candidate[] {
  return ranked.map(({ indexed, confidence }) => ({
    entryId: indexed.entry.id, topic: indexed.entry.topic, title: indexed.entry.title, confidence: round(confidence),
  }));
}

function freezeDecision(decision: Decision): Decision {
  for (const list of [decision.citations, decision.suggestions, decision.candidates]) {
    for (const item of list) Object.freeze(item);
    Object.freeze(list);
  }
  if (decision.redFlag) Object.freeze(decision.redFlag);
  if (decision.elsewhere) {
    if (decision.elsewhere.pregnancy) Object.freeze(decision.elsewhere.pregnancy);
    Object.freeze(decision.elsewhere);
  }
  return Object.freeze(decision);
}

const round = (value: number) => Math.round(value * 1000) / 1000;
