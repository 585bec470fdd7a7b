/**
 * Small talk and the wish for a person: recognised from the words, before retrieval, because no
 * knowledge entry answers "thanks" or "call me back".
 */
export type SmallTalk = 'greeting' | 'thanks' | 'goodbye' | 'identity';

/**
 * A name given with a greeting ("hi, I'm Sarah", "hello my name is Dave"). Any word can be a name,
 * and the spelling corrector may already have turned it into another word, so "I'm X" is read as a
 * name except when X is how a patient says they feel: "hi, I'm numb" is a symptom, not a name.
 */
const INTRODUCTION = '(my name is|my names|the names|im|i am) (?!(not|so|very|really|still|worried|scared|frightened|anxious|nervous|sore|numb|stuck|struggling|suffering|confused|pregnant|desperate|depressed|suicidal|dizzy|sick|ill|unwell|hurting|injured|bleeding|paralysed|paralyzed|worse|disabled|crying|lost|dying|terrified|exhausted)\\b)\\w+';

/**
 * Checked in this order; the first kind found names the message. Frustration that asks nothing
 * ("you're useless", "that didn't help") comes before thanks, which would otherwise read the
 * "helpful" in "not helpful", and is answered as identity: that reply says what the bot is and
 * offers a person, which is what an annoyed patient needs to hear.
 */
const SMALL_TALK: { kind: SmallTalk; pattern: RegExp }[] = [
  { kind: 'identity', pattern: /\b((are you|is this|am i (talking|speaking|chatting) (to|with)) (a |an |just a |some kind of a? ?)?(real )?(robot|bot|human|person|ai|computer|machine|chatbot|doctor)( or (a |an )?(real )?(robot|bot|human|person|ai|computer|machine|chatbot|doctor))?|who (made|built|created|designed|programmed|wrote|runs) (you|this( chat| bot| chatbot| thing| assistant| service)*)|(some )?kind of (ai|bot|robot|computer)|who are you|what are you|who am i (talking|speaking|chatting) (to|with)|what (else )?can (you|u) (do|help( me)?( with)?|tell me( about)?)|how can (you|u) help( me)?|what (sort|kind|type)s? of (things|questions|stuff) can i ask( (you|u|about))?|what can i ask( (you|u))?( about)?|what do (you|u) (do|know|cover)( about)?|how does this work|what is this)\b/g },
  { kind: 'identity', pattern: /\b(((you are|youre|u r|ur|this is|thats|that is|its|you|this|that|it) )?(so |really |completely |totally |absolutely |pretty |bloody )?(useless|rubbish|pointless|hopeless|stupid|ridiculous|terrible|awful|a joke|a waste of time|no help|no use|of no use|not (very |really |much |at all )?(helpful|useful|helping))|((that|this|it|you) )?(didnt|doesnt|did not|does not|isnt|is not|wasnt|was not|arent|are not) (really |much )?(help|helping|helpful|useful|answer my question)( at all)?|what a waste of time|ugh|argh|ffs|sigh|pfft)\b/g },
  { kind: 'goodbye', pattern: /\b(bye|goodbye|bye bye|see you|see ya|cya|good night|goodnight|night night|thats all|nothing else|im done|that will be all|take care|speak soon|talk (to you )?(later|soon)|ttyl|all the best|have a (nice|good|great|lovely) (day|evening|afternoon|weekend|night|one))\b/g },
  { kind: 'thanks', pattern: /\b(many thanks|thanks|thank you|thank u|thankyou|thx|ty|cheers|ta|much appreciated|appreciate it|helps|helped|helpful|useful|great|perfect|brilliant|lovely|awesome|nice one|ok|okay|k|cool|got it|understood|fine|alright|all right|noted|fair enough|sounds good|makes sense|good to know|will do|i see|(that|this|it|you) (answers|answered) (my|the|that) questions?|thats (what i (needed|wanted)( to know)?|all i needed)|(im|i am) (fine|good|ok|okay|well|great|alright|all good)|lol|lmao|(ha|he){2,}h?|(much )?obliged|(you are|youre|thats|that is) (very |so |too )?kind)\b/g },
  { kind: 'greeting', pattern: new RegExp(`\\b(hi|hello|hey|hiya|heya|howdy|gday|greetings|yo|(good )?(morning|afternoon|evening|day)|hi there|hello there|hey there|how are (you|u)|(are )?(you|u) there|(anyone|anybody|someone|somebody) (there|here|around|about)|${INTRODUCTION})\\b`, 'g') },
];

/**
 * Words that may surround small talk without making it a question ("ok thanks so much", "good
 * evening to you"), including the endearments and kisses a message signs off with ("cheers love",
 * "thanks x").
 */
const FILLER = /\b(so|very|much|a lot|lots|really|again|there|then|and|for|that|thats|it|was|is|has|been|all|your|the|help|actually|oh|ah|well|just|you|u|to|a|kindly|everyone|everybody|folks|guys|mate|love|luv|hun|hon|dear|pal|buddy|partner|x+|please|now|exactly|anyway)\b/g;

/**
 * "helloooo", "hiii", "thanksss": a letter typed three or more times in a row is one letter; no
 * English word has three in a row.
 */
const DRAWN_OUT = /(\p{L})\1{2,}/gu;

/**
 * Emoji sent on their own greet or thank; the words read from text drop them, so they are read as
 * the words they stand for.
 */
const EMOJI_WORDS: [RegExp, string][] = [
  [/\u{1F44B}/gu, ' hello '],
  [/[\u{1F44D}\u{1F44C}\u{1F64F}\u{1F44F}\u{1F64C}\u{263A}\u{1F642}\u{1F60A}\u{1F600}\u{1F603}\u{1F604}\u{1F601}\u{1F970}\u{1F917}\u{2764}\u{1F495}\u{1F496}\u{1F497}\u{1F499}\u{1F49A}\u{1F49C}]/gu, ' thanks '],
];

/** The message with greeting and thanking emoji turned into words, for the intent patterns to read. */
export function withEmojiWords(text: string): string {
  return EMOJI_WORDS.reduce((out, [emoji, words]) => out.replace(emoji, words), text);
}

/** "someone", as patients type it. */
const SOMEONE = '(someone|somebody|some ?1|sum ?1|sumone|sumbody|anyone|anybody|any ?1)';
/** The people at a clinic a patient asks for. */
const CLINIC_PERSON = `(${SOMEONE}|a person|a human|staff|the clinic|the team|receptionist|secretary|nurse|doctor|doc|dr \\w+|mr \\w+|mrs \\w+|ms \\w+|miss \\w+|(spine |spinal )?(surgeon|specialist|consultant)|physio)`;

/**
 * "my GP told me to speak to a surgeon" reports advice; "can my physio talk to your surgeon" asks
 * about someone else talking to the clinic. Neither is the patient asking to be contacted.
 */
const REPORTED_ADVICE = '\\b(told|asked|advised|suggested|recommended|wants|wanted|said|says) (me |us |i |that i )?(to |should |could |must |need to )?';
const NOT_THE_PATIENT_ASKING = `(?<!\\b(my|his|her|their|our) \\w+ (\\w+ )?|${REPORTED_ADVICE})`;

/**
 * The wish to be contacted by a person, and the question only a person can answer (is there a free
 * appointment next week): always a hand-off, whatever else the message asks.
 */
const WISH_FOR_CONTACT = new RegExp([
  '\\b(call|ring|phone|contact|email|e mail|text|message|write to) me( back)?\\b',
  '\\b(call ?back|callback|ring ?back)\\b',
  `\\b${CLINIC_PERSON} (to |could |can |will |should |please )?(call|ring|phone|contact) me\\b`,
  `${NOT_THE_PATIENT_ASKING}\\b(talk|speak|chat) (to|with) (a |an |the |your |my (surgeon|consultant|specialist)|${SOMEONE}|person|human|real|actual|doctor|nurse|staff|receptionist|surgeon|specialist|consultant|physio|team|office)`,
  '\\b(real|actual|live) (person|human|people|doctor)\\b',
  '\\b(want|need|prefer) (a |an )?(human|person)\\b',
  '\\b(human|person|agent|operator|receptionist) please\\b',
  '^(agent|human|operator|receptionist|person)$',
  '\\b(put|connect|transfer|pass) me (through )?(to|with)\\b',
  '\\bgive me a (ring|call|bell|phone call)\\b',
  '\\b(get back to|reach out to|(get|be) (back )?in touch with) me\\b',
  '\\b((pass|leave|give|send|get) (on )?a message (to|for)|take a message)\\b',
  `\\blet (the |your )?${CLINIC_PERSON} know\\b|\\b(can|could|would|will|please) (you )?(tell|ask) (the |your )?${CLINIC_PERSON}\\b`,
  '\\bbook me( in)?\\b',
  '\\b(leave|give you|take) my (number|phone number|details|contact details)\\b',
  '\\b(any|got|have) (\\w+ )?(appointments?|slots?|spaces?) (available|free|left|going)\\b|\\bavailability (today|tomorrow|this|next|on)\\b',
  '\\b((heres|here is) my (number|phone number|mobile( number)?|email( address)?|details|contact details)|my (phone |mobile )?number is)\\b',
].join('|'));

const APPOINTMENT = '(appointment|appt|consultation|consult|follow up|check up|visit)';
const I_WOULD_LIKE = '(i (want|wanna|need|would like|would love)|id (like|love|want)|im (after|looking for))';
const I_WOULD_LIKE_TO = '(i (want|need|would like|would love|am looking|was hoping|am hoping) to|i wanna|id (like|love|want) to|im (looking|hoping|wanting) to)';

/**
 * The wish to be booked in or seen, and advice the patient was given to see someone: "I'd like an
 * appointment", "can I see the surgeon", "schedule me a consultation", "my GP told me to speak to a
 * surgeon".
 */
const WISH_FOR_APPOINTMENT = new RegExp([
  `\\b(${I_WOULD_LIKE} (an |a |another |my |a new |a first )?${APPOINTMENT}|${I_WOULD_LIKE_TO} (book|make|arrange|schedule|get|have|set up|request) (an |a |another |my |a new |a first )?${APPOINTMENT})\\b`,
  `\\b${I_WOULD_LIKE_TO} (see|be seen by|come in and see|come in to see|visit) (a |an |the |your |one of your )?${CLINIC_PERSON}`,
  `\\b(can|could|may) (i|we) (get|have|make|book|arrange|schedule) (an |a )?${APPOINTMENT}\\b`,
  `\\b(can|could|may) (i|we) (see|come in and see|come and see|come in to see|be seen by) (a |an |the |your |one of your )?${CLINIC_PERSON}`,
  `\\b(${I_WOULD_LIKE_TO}|(can|could|may) (i|we)) (come in|pop in|be seen)\\b`,
  `\\b((schedule|fit|squeeze|pencil) me in|(schedule|get|make) me (an |a )?${APPOINTMENT}|put me down for)\\b`,
  `${REPORTED_ADVICE}(talk|speak|see) (to |with )?(a |an |the |your |one of your )?${CLINIC_PERSON}`,
].join('|'));

/**
 * Where information ends and a request begins. "How do I book?", "can I book online?", "do I need a
 * referral to see a surgeon?" ask how booking works, and the clinic-appointment entry answers them
 * (with a call-back offer). "I'd like an appointment", "can I see the surgeon", "book me in" ask for
 * the booking itself, and start the hand-off. A wish to be booked that comes with a question (how,
 * when, whether, cost, the wait, a referral, online or by video, for someone else, a change to an
 * existing appointment) gets its question answered: the lead form would leave it unanswered, and
 * the answer offers the call back. A wish to be contacted ("call me", "speak to someone") is never
 * held back this way.
 */
const ASKS_HOW_BOOKING_WORKS = /\b(how (do|does|can|could|would|soon|long|much|quickly|far)|do i (need|have|get)|does it|can i just|is it possible|is there|are there|what (is|are|happens|should|do|does|will|would)|when (can|could|is|are|do|will|would)|where (do|is|are|can)|which|whats|hows|whens|wheres|do you|are you|will i|will it|would i|would it|should i|whether|online|website|video|remote|virtual|by phone|on the phone|over the phone|by email|instead|for (my|our) (daughter|son|child|children|kids?|baby|wife|husband|partner|mum|mom|mother|dad|father|parents?|gran|nan|grandma|grandmother|grandad|grandpa|grandfather|brother|sister|friend|relative)|for someone else|referral|refer|cost|costs|price|fee|fees|charge|pay|paying|insurance|(the|a) wait|waiting (list|time)|(change|move) (my|the|an|this) (appointment|appt|consultation|booking|date|time)|cancel|reschedule|rearrange|postpone)\b/;

export function detectHandoff(words: string): boolean {
  return WISH_FOR_CONTACT.test(words) || (WISH_FOR_APPOINTMENT.test(words) && !ASKS_HOW_BOOKING_WORKS.test(words));
}

/** Small talk, when the message is nothing but small talk; otherwise undefined. */
export function detectSmallTalk(words: string): SmallTalk | undefined {
  let rest = words.replace(DRAWN_OUT, '$1');
  let found: SmallTalk | undefined;
  for (const { kind, pattern } of SMALL_TALK) {
    const without = rest.replace(pattern, ' ');
    if (without !== rest) found ??= kind;
    rest = without;
  }
  if (!found) return undefined;
  return rest.replace(FILLER, ' ').trim().length === 0 ? found : undefined;
}
