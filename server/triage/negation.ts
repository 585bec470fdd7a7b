/** Words that, shortly before a symptom in the same clause, deny it: "no bladder problems". */
const NEGATION_CUES = new Set([
  'no', 'not', 'never', 'without', 'dont', 'doesnt', 'didnt', 'havent', 'hasnt', 'hadnt', 'isnt', 'arent',
  'wasnt', 'werent', 'deny', 'denies', 'denied', 'nor', 'neither', 'none', 'free', 'nothing', 'excluded',
  'nobody', 'noone', 'zero',
]);
/** Long enough to reach through a list: "I don't have a fever or any bladder problems". */
const NEGATION_WINDOW = 7;
/** "ruled out cauda equina", "no sign of", "apart from": cues of more than one word. */
const NEGATION_PHRASES = /\b(ruled out|rule out|no sign of|no signs of|apart from|other than)\b/;

/**
 * Clause breaks: a denial does not reach past them ("no fever, but I can't pee"). A point or comma
 * between digits is part of a number ("a temperature of 38.5").
 */
const CLAUSE_BREAK = /(?:(?<!\d)[.,]|[.,](?!\d)|[!?;\n])+|\b(?:but|however|although|though|except|yet)\b/iu;

export function splitClauses(text: string): string[] {
  return text.split(CLAUSE_BREAK).filter((clause): clause is string => clause !== undefined && clause.trim() !== '');
}

/**
 * Not knowing that something happened is no denial that it did: it is how a numb bladder shows
 * itself ("I didn't realise I'd leaked", "didn't even know until I saw my jeans").
 */
const UNAWARE = /\b(dont|didnt|doesnt|never|not) (even |really )?(realis|realiz|notic|know)\w*( it)?(?= (that|until|till|when|i|id|ive|im|my)\b| ?$)/g;

/**
 * Saying a loss was not meant denies nothing after it: "lost 2 stone not trying back ache" still
 * has back ache.
 */
const UNMEANT = /\b(not|never|havent|hasnt|wasnt|isnt|without)( been)? (trying|dieting|meaning to)\b/g;

/**
 * Doubt is no denial: an anxious patient plays a sign down ("not sure if I'm numb down there or just
 * imagining it", "I'm not 100% sure but I think I can't feel the paper", "no idea whether I'm
 * leaking"). Only doubt about the person themself: "not sure whether saddle numbness is an
 * emergency" asks about the sign, and its "not" still counts.
 */
const DOUBT = /\b(not|never) (really |totally |completely |entirely |quite |100 |100 percent |a 100 percent )?(sure|certain|convinced|positive)( (if|whether|that))?(?= (i|im|ive|id|me|my|it|its|this|that|there|theres|both|he|hes|his|she|shes|her)\b)|\b(dont|do not|didnt) know (if|whether)(?= (i|im|ive|id|me|my|it|its|this|that|there|theres|both|he|hes|his|she|shes|her)\b)|\bno idea (if|whether)\b|\b(dont|do not) want to (make a fuss|bother (you|anyone)|worry (you|anyone)|waste (your|anyones) time|overreact|be dramatic|sound (silly|stupid|daft))\b/g;

/**
 * Saying a sign is new is no denial of it: "never had this before - my bowels let go", "I've never
 * felt anything like it, my groin is numb".
 */
const NEVER_BEFORE = /\b(never|not|havent|hasnt|hadnt) (ever )?(had|felt|experienced|known|seen|happened)( (this|that|it|anything like (this|that|it)))( before| in my life| ever)?\b/g;

/**
 * A denial reaches no further than its own part of a sentence: a new subject after "and", "so" or
 * "because" starts a new one ("I don't have a fever and I can't feel my bum", "not had a
 * temperature and my bum is numb"), and so does the main clause after a condition that holds the
 * denial ("if the surgery doesn't work I'm going to end it"). "No numbness and tingling" keeps its
 * denial, since no new subject follows the "and".
 */
const SUBJECT = '(i|im|ive|id|ill|my|he|hes|she|shes|his|her|we|they|theyre|it|its|there|theres)';
const NEW_PART = new RegExp(`\\b(and|so|because|cos|then|plus|also|while|whereas)( now| then| also| still| yet)? (?=${SUBJECT}\\b)`, 'g');
const CONDITION_THEN_MAIN = new RegExp(`\\b(if|when|whenever|unless|until|once)\\b.*?\\b(not|dont|doesnt|didnt|isnt|arent|wont|cant|never|no|havent|hasnt)\\b.*? (?=(i|im|ill|id|ive|we|he|she|hes|shes|they)\\b)`, 'g');

function ownPart(before: string): string {
  let start = 0;
  for (const part of before.matchAll(NEW_PART)) start = Math.max(start, part.index + part[0].length);
  for (const condition of before.matchAll(CONDITION_THEN_MAIN)) start = Math.max(start, condition.index + condition[0].length);
  return before.slice(start);
}

/** Whether the words just before a match (same clause, already lower case) deny it. */
export function isNegated(before: string, window = NEGATION_WINDOW): boolean {
  const words = ownPart(before.replace(UNAWARE, ' ').replace(UNMEANT, ' ').replace(DOUBT, ' ').replace(NEVER_BEFORE, ' ')).trim().split(' ').filter(Boolean).slice(-window);
  return words.some((word) => NEGATION_CUES.has(word)) || NEGATION_PHRASES.test(words.join(' '));
}

/** A short clause that only reports something is fine: "peeing fine", "bladder normal". */
const ALL_CLEAR = /^(\w+ ){0,3}(is |are |feels? |seems? )?(fine|normal|ok|okay|good|alright|all right|perfect)$/;

/**
 * The message without the clauses that only deny something ("no fever or weight loss, do I need
 * an MRI?" asks about MRI, not fever). A message that is nothing but denials is kept whole. The
 * punctuation between clauses stays, so retrieval can still tell a story's sentences apart.
 */
export function withoutDenials(text: string, toWords: (clause: string) => string[]): string {
  const pieces: { clause: string; punctuation: string }[] = [];
  let start = 0;
  for (const found of text.matchAll(new RegExp(CLAUSE_BREAK.source, 'giu'))) {
    // A word that breaks a clause ("but") is dropped, as splitClauses drops it.
    pieces.push({ clause: text.slice(start, found.index), punctuation: /\p{L}/u.test(found[0]) ? ', ' : found[0] });
    start = found.index + found[0].length;
  }
  pieces.push({ clause: text.slice(start), punctuation: '' });
  const clauses = pieces.filter((piece) => piece.clause.trim() !== '');
  const denied = new Set(clauses.filter((piece) => {
    const words = toWords(piece.clause);
    return words.slice(0, 3).some((word) => NEGATION_CUES.has(word)) || ALL_CLEAR.test(words.join(' '));
  }));
  if (denied.size === 0 || denied.size === clauses.length) return text;
  return pieces.map((piece) => (denied.has(piece) ? piece.punctuation : piece.clause + piece.punctuation)).join('').trim();
}
