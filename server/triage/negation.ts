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
 * temperature and my bum is numb", "nothing works and honestly I don't want to be here anymore"),
 * and so does the main clause after a condition that holds the denial ("if the surgery doesn't work
 * I'm going to end it"). "No numbness and tingling" keeps its denial, since no new subject follows
 * the "and". A reply's opening "no" before a subject answers the question before it, and what
 * follows is a report: "no I can't feel it when I wipe".
 */
const SUBJECT = '(i|im|ive|id|ill|my|he|hes|she|shes|his|her|we|they|theyre|it|its|there|theres)';
const NEW_PART = new RegExp(`\\b(and|so|because|cos|then|plus|also|while|whereas|^no|^nope|^nah)( now| then| also| still| yet| honestly| frankly| truthfully| tbh| to be honest| sometimes| lately| recently| suddenly| today| tonight| this morning| at night| some days| some nights)* (?=${SUBJECT}\\b)`, 'g');
const CONDITION_THEN_MAIN = new RegExp(`\\b(if|when|whenever|unless|until|once)\\b.*?\\b(not|dont|doesnt|didnt|isnt|arent|wont|cant|never|no|havent|hasnt)\\b.*? (?=(i|im|ill|id|ive|we|he|she|hes|shes|they)\\b)`, 'g');

function ownPart(before: string): string {
  let start = 0;
  for (const part of before.matchAll(NEW_PART)) start = Math.max(start, part.index + part[0].length);
  for (const condition of before.matchAll(CONDITION_THEN_MAIN)) start = Math.max(start, condition.index + condition[0].length);
  return before.slice(start);
}

/**
 * A clause in the parts that each have their own subject (see NEW_PART): "my colleague has cancer
 * and I've been lifting at work" tells of the colleague, then of the patient.
 */
export function partsOf(clause: string): string[] {
  const starts = [0, ...[...clause.matchAll(NEW_PART)].map((part) => part.index + part[0].length)];
  return starts.map((start, k) => clause.slice(start, starts[k + 1] ?? clause.length));
}

/** Whether the words just before a match (same clause, already lower case) deny it. */
export function isNegated(before: string, window = NEGATION_WINDOW): boolean {
  const words = ownPart(before.replace(UNAWARE, ' ').replace(UNMEANT, ' ').replace(DOUBT, ' ').replace(NEVER_BEFORE, ' ')).trim().split(' ').filter(Boolean).slice(-window);
  return words.some((word) => NEGATION_CUES.has(word)) || NEGATION_PHRASES.test(words.join(' '));
}

/**
 * "Free" names a term as often as it denies: "a free fragment in my spinal canal" is the finding asked
 * about, "pain free for a year" a denial. It denies only after what it is free of, or before "of" and
 * "from".
 */
const FREED_OF = /^(pain|symptom|symptoms|sciatica|numbness|tingling|ache|trouble|problem|problems|issue|issues|injury|flare|relapse)$/;

function opensWithDenial(words: readonly string[]): boolean {
  return words.slice(0, 3).some((word, i) => NEGATION_CUES.has(word)
    && (word !== 'free' || FREED_OF.test(words[i - 1] ?? '') || /^(of|from)$/.test(words[i + 1] ?? '')));
}

/** The words of a clause that can open what it says is not so. */
const DENYING = '(?:no|not|never|nothing|nobody|noone|no one|none|without|dont|doesnt|didnt|havent|hasnt|hadnt|isnt|arent|wasnt|werent)';
/** Between the denial and what it governs: "hasn't really seemed to help", "not even touching it". */
const HEDGE = '(?: (?:really|even|actually|exactly|particularly|properly|totally|fully|quite|much|at all|yet|ever|so|too|seem|seems|seemed|to|be|been|being|is|are|was|has|have|had|getting|got|that|any))*';
/**
 * A treatment that fails or a symptom that does not settle: "ibuprofen isn't doing anything", "the
 * injection didn't work", "naproxen isn't touching the pain", "physio hasn't helped", "the fusion
 * didn't take away my pain", "it's not getting better after 8 weeks", "still not right 6 weeks after
 * the op", "not back to normal". What failed is the subject: a patient asks what else there is, or
 * whether it will go. "No change in my bladder" and "no right leg pain" still deny signs.
 */
const NO_EFFECT = '(?:work|works|worked|working|wrk|help|helps|helped|helping|touch|touches|touched|touching|ease|eases|eased|easing|relief|relieve|relieved|relieving|shift|shifted|shifting|last|lasted|kick in|kicked in|kicking in|improve|improved|improving|improvement|settle|settled|settling|better|easier|(?:change|changed|changing)(?! (?:in|to))|difference|effect|(?:go|goes|gone|going|went) away|(?:clear|cleared|clearing) up|heal|healed|healing|subside|subsided|subsiding|(?:calm|calmed|calming) down|budge|budged|(?:take|takes|taken|taking|took)(?: \\w+){0,3} away|back to|(?:make|makes|making|made) (?:a|any|much|the slightest) difference|right(?! (?:leg|legs|side|sided|arm|arms|foot|hand|buttock|hip|knee|shoulder|calf|thigh|one))|normal|the same)';
/**
 * "The tablets aren't doing anything" fails; "I didn't do anything, it just went" denies an injury,
 * so a person doing nothing is no failed treatment.
 */
const DOES_NOTHING = `(?<!\\b(?:i|we|he|she|they|you)(?: really| even| just)? )${DENYING}${HEDGE} (?:do|does|doing|did|done) (?:anything|much|a thing|owt|nothing|jack)`;
/**
 * A wish, a trust or a belief denied: "I don't want surgery, what else is there", "I don't trust my
 * surgeon, can I get a second opinion", "I don't believe a disc can heal, does it". Retrieval reads a
 * denied wish as the care without it ("without surgery"), as it reads "I'd rather not have an
 * operation". It is the subject only of a question that names nothing of its own: before "will the
 * disc heal by itself" or "can physio fix it" it is the story, and read whole "without surgery"
 * outweighed the question. A refusal said any other way ("no way am I having my spine fused", "not
 * keen on injections", "surgery isn't an option", "not having an operation") is dropped: read word by
 * word it asked for the care refused, and the question after it says what is wanted ("is there
 * anything else"). So is a wish, or a doubt, with nothing after it ("I'm not convinced").
 */
const WISH = '(?:want|wants|wanted|wanna|wish|like|fancy|trust|believe|agree|prefer|plan|planning|intend|think)';
/**
 * Not knowing or not being told: "no idea what a disc is", "not sure what sciatica means",
 * "never heard of it", "nobody has explained it". What is not known is the question.
 */
const NOT_KNOWN = '(?:know|knew|understand|understood|idea|clue|heard|sure|certain|clear|aware|familiar|explain|explained|told|said|mentioned|remember)';
/**
 * What a clinician did not do: "my doctor not want give me MRI", "they didn't offer physio", "the GP
 * didn't refer me". The care withheld is the subject. A leg that "doesn't give way" is a denied sign.
 */
const WITHHELD = '(?:(?:give|gave|given)(?! way)|refer|referred|send|sent|offer|offered|prescribe|prescribed|let|scan|scanned|operate|recommend|recommended|suggest|suggested|order|ordered|book|booked|examine|examined|check|checked)';
/**
 * A loss told with a denial is a symptom, not the denial of one: "no feeling in my toes", "no
 * strength in my leg", "not sleeping with the pain", "not able to walk far". "No balance problems" is
 * still a denial.
 */
const LOSS = '(?:feeling|sensation|strength|power|grip|control of|movement|balance|coordination|sleep|sleeping|able|use of)(?! (?:problem|problems|issue|issues|trouble|difficulty|difficulties|loss|change|changes))';
/**
 * Care not yet had is asked about, not denied: "haven't had an MRI yet", "never tried physio",
 * "without an operation". Its words, as typo correction leaves them. A bare "no surgery please" is a
 * refusal, and dropped.
 */
const CARE = '(?:surgery|surgeries|surgical|operation|operations|op|ops|knife|discectomy|microdiscectomy|fusion|disc replacement|injection|injections|epidural|epidurals|steroid|steroids|physio|physiotherapy|chiro|chiropractor|osteopath|acupuncture|massage|exercises|stretches|mri|scan|scans|xray|x ray|ct|painkillers|tablets|pills|medication|medicine|meds|ibuprofen|naproxen|paracetamol|codeine|co codamol|gabapentin|pregabalin|amitriptyline|tramadol|diazepam|referral|appointment|consultation|second opinion|treatment)';
/** The verb that makes care an event: "haven't had", "never tried", "not been offered". */
const UNDERGONE = '(?:had|have|has|get|got|getting|been|tried|trying|try|taking|take|took|taken|using|use|used|offered|given|done|seen|started|booked)';
/** Between a denial and the care it governs: "haven't had an MRI yet", "not been offered any physio". */
const BEFORE_CARE = '(?: (?:to|go|going|through|under|for|on|an|a|any|the|my|more|another|other|further|yet|ever|this|that|these|those|been|had|offered|given))*';
/** Everything a clause can open with a denial and still be the patient's subject, whatever is asked. */
const SUBJECT_AFTER_DENIAL = new RegExp([
  `\\b${DENYING}${HEDGE} ${NO_EFFECT}\\b`,
  DOES_NOTHING,
  `\\b${DENYING}${HEDGE} (?:${NOT_KNOWN}|${WITHHELD}) \\w`,
  `\\b${DENYING}${HEDGE} ${LOSS}\\b`,
  `\\b(?:${DENYING}${HEDGE} ${UNDERGONE}|without)${BEFORE_CARE} ${CARE}\\b`,
].join('|'));
/** A wish denied, the subject unless a question after it names its own (see WISH). */
const WISHED = new RegExp(`\\b(?:rather|prefer|preferably) not\\b|\\b${DENYING}${HEDGE} ${WISH} \\w`);

/**
 * Why a clinician asks about what was just denied: "nothing wrong with my bowels or bladder, my GP
 * just asked, why do they ask that", "no numbness down there, why does my physio keep asking about
 * it". The denied words are what the question points back to, so they stay. The question is read
 * as typed, since a clause that asks is given no words (see `withoutDenials`' caller).
 */
const WHY_THEY_ASK_ABOUT_IT = /\bwhy (?:do|does|did|would|are|is|were|was) (?:[\w']+ ){1,2}(?:(?:always|keep|keeps|still) )?(?:ask|asks|asking|asked|check|checks|checking)(?: (?:me|you|us|him|her))?(?: (?:about|for))? (?:that|it|this|them|those|these)\b/;

/** A short clause that only reports something is fine: "peeing fine", "bladder normal". */
const ALL_CLEAR = /^(\w+ ){0,3}(is |are |feels? |seems? )?(fine|normal|ok|okay|good|alright|all right|perfect)$/;

/**
 * A denial covers the sign, not the care it is told after: "no temperature after my discectomy, when
 * can I go back to the gym" asks about the discectomy. That part of a denied clause is kept.
 */
const SETTING = /\b(?:after|since|following|post)\b/iu;
const NAMES_CARE = new RegExp(`\\b${CARE}\\b`);

/**
 * The message without what only denies a symptom, finding or event that the question does not ask
 * about ("no fever or weight loss, do I need an MRI?" asks about MRI, not fever). A clause that opens
 * with a denial can still be the subject (SUBJECT_AFTER_DENIAL, WISHED): "ibuprofen isn't doing
 * anything, what else can I take" asks about ibuprofen. `asksItsOwnSubject` tells a question that
 * names its own subject ("will the disc heal by itself") from one that names nothing ("what else is
 * there"). A message that is nothing but denials is kept whole. The punctuation between clauses
 * stays, so retrieval can still tell a story's sentences apart.
 */
export function withoutDenials(
  text: string, toWords: (clause: string) => string[], asksItsOwnSubject: (clause: string) => boolean,
): string {
  const pieces: { clause: string; punctuation: string }[] = [];
  let start = 0;
  for (const found of text.matchAll(new RegExp(CLAUSE_BREAK.source, 'giu'))) {
    // A word that breaks a clause ("but") is dropped, as splitClauses drops it.
    pieces.push({ clause: text.slice(start, found.index), punctuation: /\p{L}/u.test(found[0]) ? ', ' : found[0] });
    start = found.index + found[0].length;
  }
  pieces.push({ clause: text.slice(start), punctuation: '' });
  const clauses = pieces.filter((piece) => piece.clause.trim() !== '');
  const isSubject = (said: string, at: number) => SUBJECT_AFTER_DENIAL.test(said)
    || (WISHED.test(said) && !clauses.slice(at + 1).some((later) => asksItsOwnSubject(later.clause)))
    || clauses.slice(at + 1).some((later) => WHY_THEY_ASK_ABOUT_IT.test(later.clause.toLowerCase()));
  // Each denied clause, with what is kept of it: its setting, or nothing.
  const denied = new Map<(typeof pieces)[number], string>();
  for (const [at, piece] of clauses.entries()) {
    const words = toWords(piece.clause);
    const said = words.join(' ');
    if (!(opensWithDenial(words) && !isSubject(said, at)) && !ALL_CLEAR.test(said)) continue;
    const setting = SETTING.exec(piece.clause);
    const told = setting ? piece.clause.slice(setting.index) : '';
    denied.set(piece, NAMES_CARE.test(toWords(told).join(' ')) ? told : '');
  }
  if (denied.size === 0 || denied.size === clauses.length) return text;
  return pieces.map((piece) => (denied.get(piece) ?? piece.clause) + piece.punctuation).join('').trim();
}
