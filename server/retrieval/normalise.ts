import Fuse from 'fuse.js';
import { stemmer } from 'stemmer';
import type { Lexicon } from '../kb/schema.js';
import { boundedEditDistance } from './edit-distance.js';
import { isEnglishWord } from './english-words.js';
import { soundKey, spelledAsHeard } from './sound-key.js';
import { OTHER_SUBJECT_WORDS, STOP_WORDS } from './stop-words.js';

/**
 * A letter written as an initial, with the letter or number after it: "M.R.I.", "G.P.", "L.5".
 * The dots go, so "M.R.I." is the one word "mri" and "L.5" the level "l5", as the knowledge base
 * writes them; split at the dots they were letters no entry uses ("e s i", "h n p"). A number
 * first ("3.5 mm") is a decimal and keeps its point.
 */
const INITIAL = /(?<![\p{L}\p{N}])(\p{L})\.(?=[\p{L}\p{N}])/gu;

/** Lower case, no accents, no apostrophes ("don't" -> "dont"), split into letters-and-digits words. */
export function plainWords(text: string): string[] {
  return text
    .replace(INITIAL, '$1')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc`]/g, '')
    .match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * A word as lexicon phrases are matched: a plural and its singular meet, so "cortisone injections"
 * finds the listed "cortisone injection" without every plural being written out. Only a plain -s
 * goes: "sciatica", "spondylosis", "process" and "bus" keep theirs. "Disk" is how Americans spell
 * "disc", so "fake disk" finds the listed "fake disc" too.
 */
function singular(word: string): string {
  const one = word.length > 3 && word.endsWith('s') && !/(?:ss|us|is|ys)$/.test(word) ? word.slice(0, -1) : word;
  return one === 'disk' ? 'disc' : one;
}

/**
 * "My 16 year old son", "I'm 85 years old", "a 15 yo": the words after an age belong to the number,
 * which weighs as a story word. Alone they would weigh as rare words ("old" is in a few entries)
 * and outweigh the question they come with.
 */
const AGE_UNITS = new Set(['year', 'years', 'yr', 'yrs']);
/**
 * "She'll", "we'll", "he'd", "we'd": with the apostrophe dropped they are "shell", "well", "hed",
 * "wed", words of their own, and "shell" weighed as one no entry uses and sank "does that mean
 * she'll need an operation?". Written with the apostrophe, the ending is the "will" or "would"
 * (or "had") of a stop word. Only for the index terms: red-flag patterns read "id had" and "shed".
 */
const CONTRACTED = /(?<=\p{L})['\u2018\u2019\u02bc`](ll|d)\b/giu;

function withContractionsSpelled(text: string): string {
  return text.replace(CONTRACTED, (_, ending: string) => (ending.toLowerCase() === 'll' ? ' will' : ' would'));
}

/** A word that is a number: an age, a date, a size. */
export const NUMBER = /^\d+$/;

/**
 * "I am 70 years", "I'm 45 years", "aged 60 years": learners of English often leave out "old", and
 * after these the number is still an age, not how long something has lasted ("for 3 years").
 */
const AGE_SAYING = new Set(['am', 'im', 'aged', 'age']);

function isAgeWord(words: readonly string[], i: number): boolean {
  const word = words[i] as string;
  if (word === 'yo') return NUMBER.test(words[i - 1] ?? '');
  if (AGE_UNITS.has(word)) {
    return NUMBER.test(words[i - 1] ?? '') && (words[i + 1] === 'old' || AGE_SAYING.has(words[i - 2] ?? ''));
  }
  return word === 'old' && AGE_UNITS.has(words[i - 1] ?? '') && NUMBER.test(words[i - 2] ?? '');
}

/**
 * "A 7mm extrusion", "6 x 8 mm", "50 percent", "40mg", "lost 3 stone": how big a finding is, how much
 * of a medicine is taken or how much weight was lost belongs to the story, like an age. A number with its unit written on is read as
 * the number ("7mm" is "7"), and a unit after a number, or an "x" between two, is dropped; the number
 * then weighs as a story word. Read as written, "7mm", "x" and "percent" were words no entry uses,
 * weighed as unknown, and sank a question the knowledge base answers ("extrusion measuring 11 x 7 x 9 mm").
 */
const MEASURE_UNITS = [
  'mm', 'cm', 'millimetre', 'millimetres', 'millimeter', 'millimeters', 'centimetre', 'centimetres', 'centimeter',
  'centimeters', 'percent', 'mg', 'mcg', 'ml', 'stone', 'stones', 'kg', 'kgs', 'kilo', 'kilos', 'lb', 'lbs',
  // How long something took ("driving 2 hrs to work", "sitting 10 hours a day"): "hours" is also the
  // clinic's opening hours, and "2 hrs to work" with sciatica asked how long driving for work takes to cause a disc.
  'hour', 'hours', 'hr', 'hrs', 'min', 'mins', 'minute', 'minutes',
  // A distance ("my 10k run", "walking 5 miles"): how far, as how big, is the story's.
  'k', 'km', 'kms', 'mile', 'miles',
];
const SPOKEN_UNITS = new Set(MEASURE_UNITS);
/**
 * Digits with a unit written on: "7mm", "40mg", "6x8mm", and the tesla of "a 3T scanner" ("1.5T"
 * reads as "1" and "5t"). Only units: "3d printing" or "4yo" are other words.
 */
const NUMBER_WITH_UNIT = new RegExp(`^(\\d+)(?:(?:x\\d+)+(?:${MEASURE_UNITS.join('|')}|t)?|(?:${MEASURE_UNITS.join('|')}|t))$`);

function numberOfMeasure(word: string): string {
  return NUMBER_WITH_UNIT.exec(word)?.[1] ?? word;
}

/**
 * "Lost 3 stone", "I've lost 10kg", "losing 2 stone": weight lost told by how much. The unit goes as
 * any measure's does (isMeasureWord), so "weight" is said after the verb: the lexicon then reads
 * "lost weight" as the weight loss that the prevention entry and the warning signs both ask about,
 * the words around it telling which ("on purpose", "unexplained").
 */
const LOSING = new Set(['lost', 'lose', 'losing', 'loses']);
const WEIGHT_UNITS = new Set(['stone', 'stones', 'kg', 'kgs', 'kilo', 'kilos', 'lb', 'lbs', 'pounds']);
const WEIGHT_WITH_UNIT = /^\d+(?:kg|kgs|lb|lbs|st)$/;

function withWeightNamed(words: readonly string[]): readonly string[] {
  const lostBy = (i: number) => LOSING.has(words[i] as string)
    && (WEIGHT_WITH_UNIT.test(words[i + 1] ?? '') || (NUMBER.test(words[i + 1] ?? '') && WEIGHT_UNITS.has(words[i + 2] ?? '')));
  return words.some((_, i) => lostBy(i)) ? words.flatMap((word, i) => (lostBy(i) ? [word, 'weight'] : [word])) : words;
}

function isMeasureWord(words: readonly string[], i: number): boolean {
  const word = words[i] as string;
  if (!NUMBER.test(words[i - 1] ?? '')) return false;
  return SPOKEN_UNITS.has(word) || (word === 'x' && NUMBER.test(words[i + 1] ?? ''));
}

/**
 * "I'm a hairdresser", "I work as a software developer", "I am a retired engineer": words that name
 * another subject (OTHER_SUBJECT_WORDS) say who the patient is when they follow one of these and
 * "a" (with at most one word between), not what the question is about, and are dropped. Kept, the
 * patient's trade was carried into the question as its subject and "what are the symptoms of a
 * herniated disc?" fell back. So are words no entry uses ("how do I avoid a slipped disc as a
 * builder", "I'm a gamer"): weighed as unknown, the trade outweighed the disc; a word entries do use
 * ("as a smoker", "as a driver") may be what is asked about, and stays.
 */
const WHO_I_AM = new Set(['im', 'am', 'as']);
const OTHER_SUBJECT_STEMS = new Set([...OTHER_SUBJECT_WORDS].map((word) => stemmer(word)));

function saysWhoTheyAre(words: readonly string[], i: number, known: (word: string) => boolean): boolean {
  const article = ['a', 'an'].includes(words[i - 1] as string) ? i - 1 : i - 2;
  // The words around are looked at first: stemming every word of every message to ask is waste.
  if (!['a', 'an'].includes(words[article] as string) || !WHO_I_AM.has(words[article - 1] as string)) return false;
  const names = (word: string | undefined) => word !== undefined && OTHER_SUBJECT_STEMS.has(stemmer(word));
  // An unknown word is the trade only as the last word: in "a retired engineer" the trade is the engineer.
  const unknownTrade = (k: number) => words[k] !== undefined && !known(words[k] as string) && !STOP_WORDS.has(words[k] as string);
  const last = !names(words[i + 1]) && !(article === i - 1 && unknownTrade(i + 1));
  return names(words[i]) || (unknownTrade(i) && last);
}

/**
 * "The physio called it a herniated disc", "my GP says it's sciatica": who said it belongs to the
 * story, what they said is what is asked about. A clinician's title right before a verb of saying
 * is dropped, so "physio" does not send a question about the diagnosis to physiotherapy; so is one
 * before the call or message that brought the news ("the nurse rang me and said my disc is bulging").
 */
const REPORTERS = new Set([
  'gp', 'gps', 'doctor', 'doctors', 'doc', 'dr', 'physio', 'physiotherapist', 'therapist', 'surgeon', 'consultant',
  'specialist', 'chiro', 'chiropractor', 'osteopath', 'nurse', 'radiologist', 'neurosurgeon', 'neurologist', 'pharmacist',
  'ortho', 'orthopedist', 'orthopaedist', 'pcp', 'provider', 'pt', 'pa', 'np', 'neurosurgeons', 'consultants', 'surgeons',
  // Family and friends name a patient's trouble too ("my mum calls it a bulgy disc", "in my family we
  // say your disc is out"); kept, "family" matched the entry that asks whether discs run in families.
  'family', 'mum', 'mom', 'mam', 'dad', 'mother', 'father', 'nan', 'nana', 'gran', 'granny', 'grandma', 'grandad', 'grandpa',
  'auntie', 'aunt', 'uncle', 'husband', 'wife', 'partner', 'sister', 'brother', 'son', 'daughter', 'friend', 'friends',
  'neighbour', 'neighbor', 'everyone', 'everybody', 'people',
]);
/** Between who and the saying: "in my family we say", "three people have told me", "my mum always says". */
const BEFORE_SAYING = new Set(['we', 'they', 'have', 'has', 'had', 'always', 'just', 'all', 'keep', 'keeps']);
const REPORTING = new Set([
  'said', 'says', 'say', 'called', 'calls', 'call', 'thinks', 'think', 'thought', 'told', 'tells', 'reckons', 'reckoned',
  'mentioned', 'mentions', 'diagnosed', 'suspects', 'suspected', 'described', 'describes', 'wrote', 'writes',
  'rang', 'rung', 'phoned', 'texted', 'emailed', 'messaged',
]);

function saysIt(words: readonly string[], i: number): boolean {
  if (!REPORTERS.has(words[i] as string)) return false;
  const next = BEFORE_SAYING.has(words[i + 1] ?? '') ? i + 2 : i + 1;
  return REPORTING.has(words[next] ?? '');
}

/**
 * "Treatments that don't involve surgery", "options that do not need an operation": a need or a
 * part that is denied reads as "without", so the lexicon's "without surgery" finds the care that is
 * not surgery. Word by word the denial is a stop word, and the question asked for surgery. A wish
 * denied is read the same: "I don't want surgery", "I'd rather not have an operation", "with no
 * operation" ask for the care that is not one, as "without surgery" does.
 */
const DENIALS = new Set(['dont', 'doesnt', 'didnt', 'wont', 'not', 'never', 'no']);
const NEEDING = new Set([
  'involve', 'involves', 'involving', 'need', 'needs', 'needing', 'require', 'requires', 'requiring',
  'include', 'includes', 'including', 'mean', 'means',
]);
/** "We don't do operations" refuses them as "I don't want" does. */
const WISHING = new Set(['want', 'wanna', 'wish', 'do']);
/** A wish said before its denial: "I prefer not surgery", "I'd rather not". */
const WISHING_FIRST = new Set(['prefer', 'rather']);
/**
 * A wish is read as "without" only when it is the patient's, said within a few words of "I" or
 * "we", or the "you" that means anyone ("what do you do for a disc if you don't want the knife"):
 * "my doctor not want give me MRI" is the doctor's, and denies the scan, not an operation.
 */
const WISHERS = new Set(['i', 'im', 'id', 'we', 'you']);
const WISHER_REACH = 3;
/** Between a denied wish and what is not wished for: "don't want to have an operation". */
const UNDERGOING = new Set(['have', 'having', 'get', 'getting', 'undergo', 'undergoing']);
/** "Go through", "go for", "go under": undergoing, unlike "go back to work". */
const GOING_THROUGH = new Set(['through', 'for', 'under']);

function isPatientsWish(words: readonly string[], i: number): boolean {
  return i === 0 || words.slice(Math.max(0, i - WISHER_REACH), i).some((word) => WISHERS.has(word));
}

function deniesNeedOrWish(words: readonly string[], i: number): boolean {
  const word = words[i] as string;
  const next = words[i + 1] ?? '';
  if (DENIALS.has(word) && NEEDING.has(next)) return true;
  // "With no operation" is "without an operation", whoever says it.
  if (word === 'with') return next === 'no';
  const wished = (DENIALS.has(word) && WISHING.has(next)) || (WISHING_FIRST.has(word) && (next === 'not' || next === 'no'));
  return wished && isPatientsWish(words, i) && !wishesToDoSomethingElse(words, i + 2);
}

/** "I don't want to go back too soon": a wish to do something other than undergo a treatment. */
function wishesToDoSomethingElse(words: readonly string[], after: number): boolean {
  return words[after] === 'to' && !UNDERGOING.has(words[after + 1] ?? '')
    && !(words[after + 1] === 'go' && GOING_THROUGH.has(words[after + 2] ?? ''));
}

function withoutForDeniedNeeds(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    if (deniesNeedOrWish(words, i)) {
      out.push('without');
      i += 1;
      if (words[i + 1] === 'to') i += 1;
      if (UNDERGOING.has(words[i + 1] ?? '')) i += 1;
      else if (words[i + 1] === 'go' && GOING_THROUGH.has(words[i + 2] ?? '')) i += 2;
      else if (words[i + 1] === 'for') i += 1;
    } else {
      out.push(words[i] as string);
    }
  }
  return out;
}

/**
 * "Ache low down when I bend. Is this a disc?", "could it be my disc or a muscle", "is that
 * sciatica", "sounds like a trapped nerve?", "have I got a slipped disc": after a patient tells
 * what they feel, "this", "it" or "that" is the feeling, and the question asks whether it is a
 * symptom of the condition named. Read word by word it asked what a disc is, and "what a spinal
 * disc is" answered with full confidence; the question reads as "symptoms" of the condition.
 * Only a condition right after the pointer (links between, see SELF_DIAGNOSIS_LINKS) counts: "is
 * it safe to drive with sciatica" asks about driving.
 */
const SELF_DIAGNOSIS_ASKING = new Set(['is', 'could', 'can', 'might', 'may', 'would', 'does', 'did', 'do', 'have', 'sounds', 'sound']);
const SELF_DIAGNOSIS_POINTERS = new Set(['this', 'that', 'it', 'these', 'those', 'mine', 'i']);
/** Between the pointer and the condition: "could it still be coming from a disc", "is that just my sciatica". */
const SELF_DIAGNOSIS_LINKS = new Set([
  'be', 'really', 'still', 'just', 'actually', 'possibly', 'probably', 'maybe', 'all', 'coming', 'come',
  'from', 'due', 'to', 'like', 'sound', 'a', 'an', 'the', 'my', 'his', 'her', 'their', 'your',
]);
/** Where a feeling comes from, said without its pointer: "tingeling and numbnes in the foot, is from disk?". */
const POINTERLESS_ORIGINS = new Set(['from', 'coming', 'due', 'caused']);
/** The conditions (as the lexicon names them) a patient asks their symptoms to be, and the neck they may come from. */
const SELF_DIAGNOSED = new Set(['disc', 'herniation', 'bulge', 'protrusion', 'sciatica', 'radiculopathy', 'nerve', 'cervical']);
const SELF_DIAGNOSIS_REACH = 4;
const QUESTION_OPENERS = new Set(['why', 'how', 'what', 'when', 'where', 'which', 'who']);
const SYMPTOMS = 'symptoms';
/** The term a self-diagnosis adds to a question (see SELF_DIAGNOSIS_ASKING). */
export const SELF_DIAGNOSIS_TERM = stemmer(SYMPTOMS);

/** Where the condition of a self-diagnosis asked at `i` is (see SELF_DIAGNOSIS_ASKING), or -1. */
function selfDiagnosedAt(words: readonly string[], i: number): number {
  const asking = words[i] as string;
  // "Why do I have pain down my leg" asks why, not whether it is sciatica.
  if (!SELF_DIAGNOSIS_ASKING.has(asking) || QUESTION_OPENERS.has(words[i - 1] ?? '')) return -1;
  // "Sounds like a disc?" names no pointer, nor does a learner's "is from disk?" opening a clause
  // read alone ("my back pain is from a slipped disc" has its subject); the others need one: "is a
  // disc bone" asks about discs.
  const pointerless = asking.startsWith('sound') || (i === 0 && asking === 'is' && POINTERLESS_ORIGINS.has(words[1] ?? ''));
  let k = pointerless ? i + 1 : i + 2;
  if (k === i + 2 && !SELF_DIAGNOSIS_POINTERS.has(words[i + 1] ?? '')) return -1;
  // "Does it" and "did it" ask what it does ("does it hurt"), unless it sounds or comes from something.
  if (['does', 'did'].includes(asking) && !['sound', 'come', 'coming'].includes(words[k] ?? '')) return -1;
  // "Could I have a slipped disc", "do I have sciatica" and "have I got" ask it too; "can I be..." does not.
  if (words[i + 1] === 'i') {
    if (['have', 'got'].includes(words[k] ?? '')) k += 1;
    else if (asking !== 'have') return -1;
  } else if (['do', 'have'].includes(asking)) {
    return -1;
  }
  for (const end = k + SELF_DIAGNOSIS_REACH; k < end; k += 1) {
    // "Could it be caused by a disc" asks it; "could that have caused my disc problem" asks what caused it.
    if (words[k] === 'caused' && words[k + 1] === 'by') k += 1;
    else if (!SELF_DIAGNOSIS_LINKS.has(words[k] ?? '')) break;
  }
  // "Is that nerve damage?" asks about damage, which the warning signs answer, not about symptoms.
  if (words[k] === 'nerve' && words[k + 1] === 'damage') return -1;
  return SELF_DIAGNOSED.has(words[k] ?? '') ? k : -1;
}

/**
 * What a scan or a letter found, told before "is that a herniation?", is what "that" means: the
 * question asks what a finding is called, not what a feeling comes from.
 */
const FINDINGS = new Set(['mri', 'scan', 'scans', 'report', 'xray', 'ct', 'letter', 'result', 'results', 'finding', 'findings', 'shows', 'showed']);
/**
 * Of SELF_DIAGNOSED, where a feeling may come from rather than what it is called: named before,
 * they do not make "that" a name ("my neck is stiff and my hand tingles, is that my neck?"). A
 * level named before does ("wats c5 c6, is that the neck?" asks where the level is).
 */
const SOURCES_OF_FEELING = new Set(['nerve', 'cervical']);

/**
 * "Is this a disc?" read as "symptoms" of a disc (see SELF_DIAGNOSIS_ASKING); the same array when
 * none. A condition named before is what "that" means ("disc displacement, is that a slipped disc"
 * asks whether two names mean the same).
 */
function withSelfDiagnosis(words: readonly string[]): readonly string[] {
  let condition = -1;
  const at = words.findIndex((_, i) => (condition = selfDiagnosedAt(words, i)) >= 0);
  const namedBefore = (word: string) => FINDINGS.has(word) || word === 'level' || (SELF_DIAGNOSED.has(word) && !SOURCES_OF_FEELING.has(word));
  if (at < 0 || words.slice(0, at).some(namedBefore)) return words;
  // "Is this a disc?" means a disc that has gone wrong: the herniation the symptoms entries ask about.
  const named = words[condition] === 'disc' ? 'herniation' : (words[condition] as string);
  return [...words.slice(0, at), SYMPTOMS, ...words.slice(at, condition), named, ...words.slice(condition + 1)];
}

/**
 * "Bulging a bit, like a tyre going soft", "mine is like a toothache in my back", "can they replace
 * a disc like a hip replacement", "gabapentin makes me feel like a zombie": the image a patient
 * compares with is not what they ask about. Within this many words after "like a", a word naming
 * another subject or one no entry knows is dropped; kept, "tyre" or "toothache" turned the
 * question away as another subject's. Words entries know stay: "like an electric shock down my
 * leg" describes sciatica.
 */
const IMAGE_REACH = 3;
/** Before "like", these make it the verb: "I'd like a second opinion", "would you like a". */
const LIKING = new Set(['i', 'id', 'we', 'you', 'they', 'would', 'dont', 'didnt', 'doesnt', 'really', 'also', 'do', 'does']);

/**
 * "The jelly has squeezed out through the wall", "the jelly stuff leaking out of my disc", "can the
 * jelly go back in by itself": the jelly (the lexicon's "nucleus") on the move is the herniated
 * part, not the disc's anatomy. Within this many words after it, a word of moving out (or of going
 * back in, the lexicon's "shrink") makes it a herniation; "does the jelly dry out" stays the disc's.
 */
const MOVING_REACH = 4;
const MOVING = new Set([
  'out', 'leak', 'leaks', 'leaked', 'leaking', 'squeeze', 'squeezed', 'squeezes', 'squeezing', 'squished', 'squishing', 'push',
  'pushed', 'pushes', 'pushing', 'pressing', 'presses', 'pressed', 'burst', 'bursting', 'ooze', 'oozed', 'oozing', 'escape',
  'escaped', 'escaping', 'escapes', 'poking', 'pokes', 'popped', 'pops', 'bursts', 'oozes', 'shrink',
]);
const DRYING = new Set(['dry', 'dries', 'dried', 'drying', 'wear', 'wears', 'worn', 'wore']);

function withJellyMoved(words: readonly string[]): readonly string[] {
  let out: string[] | undefined;
  words.forEach((word, i) => {
    const moved = word === 'nucleus' && words.slice(i + 1, i + 1 + MOVING_REACH)
      .some((next, k) => MOVING.has(next) && !(next === 'out' && DRYING.has(words[i + k] as string)));
    if (moved) out ??= words.slice(0, i);
    out?.push(moved ? 'herniation' : word);
  });
  return out ?? words;
}

/**
 * "Desiccation at L4-5, what's that", "foraminal narrowing at C5-6": a level after "at" says where a
 * finding is, not what is asked. Weighed as a level, it matched the entry on level names ("what does
 * L4-5 mean") better than the finding matched its own. Said alone ("what does L4-5 mean", "L5-S1
 * protrusion") the level is kept.
 */
function isWhereFound(words: readonly string[], i: number): boolean {
  return words[i] === 'level' && words[i - 1] === 'at';
}

/**
 * "El five ess one", "see five see six": dictation writes the letters of a spinal level as their
 * names. Before a number they are the letter, which the lexicon then reads as a level ("l five",
 * "c6"). "El", "ell", "ess" and "cee" name nothing else there; "see", "sea" and "tee" are words
 * ("see one of your surgeons", "tee 2"), so they are letters only next to another level said so.
 */
const LETTER_NAMES = new Map([['el', 'l'], ['ell', 'l'], ['ess', 's'], ['cee', 'c'], ['see', 'c'], ['sea', 'c'], ['tee', 't']]);
const ONLY_LETTER_NAMES = new Set(['el', 'ell', 'ess', 'cee']);
const LEVEL_NUMBER = /^(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/;
/** Between the two halves of a level: "c five to c six", "el four and el five". */
const LEVEL_JOINERS = new Set(['to', 'and', 'dash', 'slash']);

function withLettersSpoken(words: readonly string[]): readonly string[] {
  const spokenAt = (i: number) => LETTER_NAMES.has(words[i] ?? '') && LEVEL_NUMBER.test(words[i + 1] ?? '');
  const levelAt = (i: number) => spokenAt(i) || (/^[lcst]$/.test(words[i] ?? '') && LEVEL_NUMBER.test(words[i + 1] ?? ''));
  const paired = (i: number) => [i - 2, i + 2].some(levelAt)
    || (LEVEL_JOINERS.has(words[i + 2] ?? '') && levelAt(i + 3)) || (LEVEL_JOINERS.has(words[i - 1] ?? '') && levelAt(i - 3));
  const isLetter = (i: number) => spokenAt(i) && (ONLY_LETTER_NAMES.has(words[i] as string) || paired(i));
  return words.some((_, i) => isLetter(i)) ? words.map((word, i) => (isLetter(i) ? LETTER_NAMES.get(word) as string : word)) : words;
}

/** "Operation on my knee", "replacement of the disc": see Normaliser.turnedCompound. */
const TURNING = new Set(['on', 'of']);
const DETERMINERS = new Set(['my', 'the', 'a', 'an', 'his', 'her', 'your', 'their', 'our']);

/** Words this short are left alone: too many real words lie one letter apart ("leg", "log"). */
const MIN_CORRECTABLE = 4;
/** No misspelt word is this long; a longer one is noise, and matching it would cost seconds. */
const MAX_CORRECTABLE = 30;
const CACHE_LIMIT = 20_000;
/**
 * Fuse shortlists known words that look like the unknown one (a share of wrong letters up to
 * this); the edit distance then decides, because Fuse counts a swapped pair ("grion") as two slips
 * and a shorter word inside the typo as a match.
 */
const SHORTLIST_THRESHOLD = 0.5;
const SHORTLIST_SIZE = 200;

/**
 * Dictation and phone keyboards split a long word into pieces: "sten osis", "pro lapsed", "micro
 * dis sectomy", "for am in al". A run of up to this many words with a piece the knowledge base
 * does not know is joined when the joined word is one it knows, or is a slip or two from one
 * (knownJoin). Runs of known words stay apart, so "back pain" is two words, and so do the pieces
 * the lexicon lists, which it reads as phrases ("her nia ted", "sequest rated"); so do joins
 * shorter than MIN_JOINED_LENGTH: "a gain" or "to day" are as often two words as one. The known
 * word is looked for among those that start as the join does (JOIN_PREFIX letters) and are about
 * as long: a few edit distances, never a Fuse search, which a story of unknown names and places
 * would otherwise cost for every run.
 */
const MAX_JOINED_PIECES = 4;
const MIN_JOINED_LENGTH = 6;
/** See mayJoinNear. */
const MIN_WHOLE_WORD_LENGTH = 7;
const JOIN_PREFIX = 3;

/** Whether one ranking, compared item by item, comes before another. */
function isBefore(rank: readonly number[], other: readonly number[]): boolean {
  for (let k = 0; k < rank.length; k += 1) {
    if (rank[k] !== other[k]) return (rank[k] as number) < (other[k] as number);
  }
  return false;
}

/**
 * Turns a patient's words into the terms the index is built from: typos corrected against the
 * knowledge base's own vocabulary, lay phrases mapped to canonical terms by the lexicon, stop
 * words dropped, the rest stemmed. Index and query go through the same steps, so they meet.
 */
export class Normaliser {
  private readonly frequency = new Map<string, number>();
  /** Fuse over the words the entries use: approximate matching is the job it does best. */
  private readonly vocabulary: Fuse<string>;
  private readonly corrections = new Map<string, string>();
  /** The words entries and rules use, by how they sound (soundKey): for what edit distance cannot reach. */
  private readonly bySound = new Map<string, string[]>();
  private readonly soundKeys = new Map<string, string>();
  /**
   * The words entries, rules and canonical terms use, without the lexicon's variants: a piece of a
   * split variant ("sci" of "sci attica") is known to the corrector but means nothing alone.
   */
  private readonly ownWords: ReadonlySet<string>;
  /** Known words of MIN_JOINED_LENGTH or more by their first JOIN_PREFIX letters (see joinSplitWords). */
  private readonly byPrefix = new Map<string, { word: string; heard: string }[]>();
  /** "modifier head" -> canonical words, for the lexicon's two-word phrases (see turnedCompound) */
  private readonly compounds = new Map<string, string[]>();
  /** first word of a lexicon phrase -> its phrases, longest first */
  private readonly phrases = new Map<string, { words: string[]; canonical: string[] }[]>();
  /**
   * A listed misspelling of a one-word term -> the term, for reading phrases: "make apointment" is
   * the listed "make appointment", which the corrector never reaches, since "apointment" is known.
   */
  private readonly respelled = new Map<string, string>();

  /**
   * The stems of the words the answers themselves use (questions, titles, bodies), or undefined when
   * only a vocabulary was given: the rules' and the lexicon's words are known to the corrector but
   * name nothing an answer is about ("nurse" is in a red-flag rule's comment and "thank you nurse").
   */
  private readonly answerStems: ReadonlySet<string> | undefined;

  /** `answerTexts`: the texts answers are found by, when `vocabularyTexts` holds more (see answerStems). */
  constructor(lexicon: Lexicon, vocabularyTexts: Iterable<string>, answerTexts?: readonly string[]) {
    this.answerStems = answerTexts && new Set(answerTexts.flatMap((text) => plainWords(text).map((word) => stemmer(word))));
    for (const text of vocabularyTexts) this.learn(text);
    for (const canonical of Object.keys(lexicon.terms)) this.learn(canonical);
    // Typos are corrected towards the words entries and rules use, never towards a listed misspelling.
    const targets = [...this.frequency.keys()];
    this.ownWords = new Set(targets);
    for (const [canonical, variants] of Object.entries(lexicon.terms)) {
      const canonicalWords = plainWords(canonical);
      for (const variant of variants) {
        const words = plainWords(variant);
        this.learn(variant);
        const [term] = canonicalWords;
        if (words.length === 1 && canonicalWords.length === 1 && boundedEditDistance(words[0] as string, term as string, 2) <= 2) {
          this.respelled.set(words[0] as string, term as string);
        }
        const first = words[0];
        if (first === undefined) continue;
        words.forEach((word, k) => { words[k] = singular(word); });
        if (words.length === 2 && !this.compounds.has(words.join(' '))) this.compounds.set(words.join(' '), canonicalWords);
        const list = this.phrases.get(singular(first)) ?? [];
        if (list.some((phrase) => phrase.words.join(' ') === words.join(' '))) continue;
        list.push({ words, canonical: canonicalWords });
        list.sort((x, y) => y.words.length - x.words.length);
        this.phrases.set(singular(first), list);
      }
    }
    for (const target of this.frequency.keys()) {
      if (target.length < MIN_JOINED_LENGTH || /\d/.test(target)) continue;
      const prefix = target.slice(0, JOIN_PREFIX);
      const known = { word: target, heard: spelledAsHeard(target) };
      const list = this.byPrefix.get(prefix);
      if (list) list.push(known);
      else this.byPrefix.set(prefix, [known]);
    }
    for (const target of targets) {
      const key = soundKey(target);
      this.soundKeys.set(target, key);
      const list = this.bySound.get(key);
      if (list) list.push(target);
      else this.bySound.set(key, [target]);
    }
    this.vocabulary = new Fuse(targets, {
      threshold: SHORTLIST_THRESHOLD, ignoreLocation: true, ignoreFieldNorm: true,
    });
  }

  private learn(text: string) {
    for (const word of plainWords(text)) this.frequency.set(word, (this.frequency.get(word) ?? 0) + 1);
  }

  knows(word: string): boolean {
    return this.frequency.has(word);
  }

  /**
   * Whether an answer may be about the word: the answers use it, or the lexicon reads it as
   * something they use ("smoker"). Without answer texts, whether the corrector knows it.
   */
  private answersUse(word: string): boolean {
    if (!this.answerStems) return this.knows(word);
    return this.answerStems.has(stemmer(word)) || this.phrases.has(singular(word)) || this.respelled.has(word);
  }

  /** The known word nearest to `word`, or `word` itself when none is close enough. */
  correct(word: string): string {
    if (word.length < MIN_CORRECTABLE || word.length > MAX_CORRECTABLE || this.frequency.has(word) || STOP_WORDS.has(word) || /\d/.test(word)) return word;
    const cached = this.corrections.get(word);
    if (cached !== undefined) return cached;
    if (isEnglishWord(word)) {
      this.remember(word, word);
      return word;
    }
    // One slip in a short word, two in a long one. The first letter is kept: people seldom slip on
    // it, and a word that differs there is usually another word ("iphone" is not a misspelt "phone").
    // Of two words as near, the one that sounds like the typo wins, then the one entries use more:
    // "mattres" is a "mattress" that lost an s, not "matters" with two letters swapped.
    const maxSlips = word.length >= 8 ? 2 : 1;
    const key = soundKey(word);
    let best = word;
    let bestRank = [maxSlips + 1, 0, 0];
    for (const { item } of this.vocabulary.search(word, { limit: SHORTLIST_SIZE })) {
      if (item[0] !== word[0]) continue;
      const distance = boundedEditDistance(word, item, maxSlips);
      if (distance > maxSlips) continue;
      const rank = [distance, this.soundKeys.get(item) === key ? 0 : 1, -(this.frequency.get(item) ?? 0)];
      if (isBefore(rank, bestRank)) {
        best = item;
        bestRank = rank;
      }
    }
    if (best === word) best = this.soundsLike(word, key, maxSlips) ?? word;
    this.remember(word, best);
    return best;
  }

  /**
   * The known word that sounds like `word`, for slips no edit distance reaches in letters but one
   * does in sounds ("opereshun" is "operashon" as heard, two slips from "operation"'s "operashon"):
   * of those with its sound key and within `maxSlips` once both are spelled as heard, the nearest,
   * then the one entries use more. The key alone matched too loosely in short words ("abit" sounded
   * like "about", "yday" like "idea"). A map lookup and a few short edit distances, once per
   * unknown word (the answer is cached with the others).
   */
  private soundsLike(word: string, key: string, maxSlips: number): string | undefined {
    const heard = spelledAsHeard(word);
    let best: string | undefined;
    let bestRank = [maxSlips + 1, 0];
    for (const item of this.bySound.get(key) ?? []) {
      const distance = boundedEditDistance(heard, spelledAsHeard(item), maxSlips);
      if (distance > maxSlips) continue;
      const rank = [distance, -(this.frequency.get(item) ?? 0)];
      if (isBefore(rank, bestRank)) {
        best = item;
        bestRank = rank;
      }
    }
    return best;
  }

  private remember(word: string, correction: string) {
    if (this.corrections.size >= CACHE_LIMIT) this.corrections.clear();
    this.corrections.set(word, correction);
  }

  /** Plain words with typos corrected: what red-flag patterns read. */
  correctedWords(text: string): string[] {
    return plainWords(text).map((word) => this.correct(word));
  }

  /**
   * The words with the pieces of a split word joined back (see MAX_JOINED_PIECES). A run that spells
   * a known word exactly wins; otherwise the shortest run one or two slips from one, so a word after
   * the pieces is not swallowed: "ibu profen ok" is "ibuprofen ok", not "ibuprofen". The same array
   * when nothing was joined.
   */
  private joinSplitWords(words: readonly string[]): readonly string[] {
    let out: string[] | undefined;
    for (let i = 0; i < words.length; ) {
      const runs: { join: string; pieces: number; mayBeNear: boolean }[] = [];
      for (let pieces = 2; pieces <= Math.min(MAX_JOINED_PIECES, words.length - i); pieces += 1) {
        const run = words.slice(i, i + pieces);
        if (!run.some((word) => !this.ownWords.has(word) && !/\d/.test(word))) continue;
        runs.push({ join: run.join(''), pieces, mayBeNear: this.mayJoinNear(run) });
      }
      const exact = runs.find(({ join }) => join.length >= MIN_JOINED_LENGTH && this.frequency.has(join));
      const joined = exact ? { word: exact.join, pieces: exact.pieces } : this.nearJoin(runs);
      if (joined) out ??= words.slice(0, i);
      out?.push(joined?.word ?? (words[i] as string));
      i += joined?.pieces ?? 1;
    }
    return out ?? words;
  }

  /** The shortest of the runs whose join is a slip or two from a known word (see knownJoin), as that word. */
  private nearJoin(runs: readonly { join: string; pieces: number; mayBeNear: boolean }[]): { word: string; pieces: number } | undefined {
    for (const { join, pieces, mayBeNear } of runs) {
      const word = mayBeNear ? this.knownJoin(join) : undefined;
      if (word) return { word, pieces };
    }
    return undefined;
  }

  /**
   * Whether a run may join into a word it spells only nearly: when a piece is a fragment, neither a
   * known nor an English word. Real words one or two slips from a known word once joined are mostly
   * two words ("overdo it" is not "overdose", "sell car" not "self care"). And a known word of some
   * length is a word, not a piece: "symptoms ms" is not "symptoms". Shorter ones may be what the
   * corrector made of a piece: "herny ated" is "hernia ated" by then.
   */
  private mayJoinNear(run: readonly string[]): boolean {
    return run.some((piece) => !this.ownWords.has(piece) && !isEnglishWord(piece))
      && !run.some((piece) => this.ownWords.has(piece) && piece.length >= MIN_WHOLE_WORD_LENGTH);
  }

  /**
   * The known word that the joined pieces spell with at most the slips `correct` allows, in
   * letters or as heard ("micro dis sectomy", "radical opathy").
   */
  private knownJoin(join: string): string | undefined {
    if (join.length < MIN_JOINED_LENGTH || join.length > MAX_CORRECTABLE || /\d/.test(join)) return undefined;
    const maxSlips = join.length >= 8 ? 2 : 1;
    const heard = spelledAsHeard(join);
    let best: string | undefined;
    let bestRank = [maxSlips + 1, 0];
    for (const item of this.byPrefix.get(join.slice(0, JOIN_PREFIX)) ?? []) {
      const distance = Math.min(boundedEditDistance(join, item.word, maxSlips), boundedEditDistance(heard, item.heard, maxSlips));
      if (distance > maxSlips) continue;
      const rank = [distance, -(this.frequency.get(item.word) ?? 0)];
      if (isBefore(rank, bestRank)) {
        best = item.word;
        bestRank = rank;
      }
    }
    return best;
  }

  /** The words without the image of a comparison (see IMAGE_REACH); the same array when none. */
  private withoutImages(words: readonly string[]): readonly string[] {
    let out: string[] | undefined;
    let imageEnds = -1;
    words.forEach((word, i) => {
      if (word === 'like' && ['a', 'an'].includes(words[i + 1] as string) && !LIKING.has(words[i - 1] ?? '')) imageEnds = i + 1 + IMAGE_REACH;
      const image = i <= imageEnds && i > imageEnds - IMAGE_REACH && (!this.frequency.has(word) || OTHER_SUBJECT_STEMS.has(stemmer(word)));
      if (image) out ??= words.slice(0, i);
      else out?.push(word);
    });
    return out ?? words;
  }

  /** Lexicon phrases replaced by their canonical terms, on corrected words. */
  canonicalWords(words: readonly string[]): string[] {
    const out: string[] = [];
    const spelled = (word: string) => this.respelled.get(word) ?? singular(word);
    for (let i = 0; i < words.length; ) {
      const candidates = this.phrases.get(singular(words[i] as string)) ?? this.phrases.get(spelled(words[i] as string));
      const listed = candidates?.find((p) => p.words.every((w, k) => words[i + k] !== undefined
        && (singular(words[i + k] as string) === w || spelled(words[i + k] as string) === w)));
      const turned = this.turnedCompound(words, i);
      const hit = turned && turned.length > (listed?.words.length ?? 0) ? turned : listed && { canonical: listed.canonical, length: listed.words.length };
      if (hit) {
        out.push(...hit.canonical);
        i += hit.length;
      } else {
        out.push(words[i] as string);
        i += 1;
      }
    }
    return out;
  }

  /**
   * A listed two-word phrase said the other way round: "operation on my knee" is the listed "knee
   * operation", "replacement of the disc" the "disc replacement". One lookup by the word at `i`.
   */
  private turnedCompound(words: readonly string[], i: number): { canonical: string[]; length: number } | undefined {
    if (!TURNING.has(words[i + 1] ?? '')) return undefined;
    const determined = DETERMINERS.has(words[i + 2] ?? '') ? 1 : 0;
    const modifier = words[i + 2 + determined];
    if (modifier === undefined) return undefined;
    const compound = this.compounds.get(`${singular(modifier)} ${singular(words[i] as string)}`);
    return compound && { canonical: compound, length: 3 + determined };
  }

  /** The index terms of a text: corrected, canonical, without stop words, stemmed. */
  terms(text: string): string[] {
    const words = withLettersSpoken(withWeightNamed(this.correctedWords(withContractionsSpelled(text)))).map(numberOfMeasure);
    const answersUse = (word: string) => this.answersUse(word);
    const canonical = this.canonicalWords(withoutForDeniedNeeds(words.filter((word, i) => !saysIt(words, i) && !isAgeWord(words, i) && !isMeasureWord(words, i) && !saysWhoTheyAre(words, i, answersUse))));
    // Joined after the lexicon has read its own split phrases ("her nia ted"), and read by it again.
    const joined = this.joinSplitWords(canonical);
    return withSelfDiagnosis(withJellyMoved(this.withoutImages(joined === canonical ? canonical : this.canonicalWords(joined))))
      .filter((word, i, all) => !isWhereFound(all, i))
      .filter((word) => !STOP_WORDS.has(word))
      .map((word) => stemmer(word));
  }
}
