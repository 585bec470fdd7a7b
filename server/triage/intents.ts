import { ASKS } from '../retrieval/retriever.js';
import { OTHER_PLACE_WORDS, OTHER_SUBJECT_WORDS } from '../retrieval/stop-words.js';

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

/** How a patient asks whether a person or a program answers, in any grammar ("you are human?", "r u a bot"). */
const ASKS_WHO_ANSWERS = '(are you|are u|r u|r you|you are|u are|u r|ur|youre|is this|is it|am i (talking|speaking|chatting|writing|talk|speak|chat|write) (to|with))';
const BOT_OR_PERSON = '(a |an |just a |some kind of a? ?)?(real |reel )?(robot|bot|human|person|ai|computer|machine|chatbot|doctor)';
/**
 * "a robot or human?" after "who is you", or on its own, asks the same. One side must be a program:
 * "a real person or a doctor please" asks for someone.
 */
const BOT_OR_HUMAN = '(a |an )?(robot|bot|ai|computer|machine|chatbot) or (a |an )?(real )?(human|person)|(a |an )?(real )?(human|person) or (a |an )?(robot|bot|ai|computer|machine|chatbot)';

/** "someone", as patients type and dictate it. */
const SOMEONE = '(someone|somebody|some one|some body|some ?1|sum ?1|sumone|sumbody|anyone|anybody|any one|any ?1)';
/** The people a patient writes for: "can you call my mum back", "book an appointment for my son". */
const RELATIVE = '(daughter|son|child|children|kids?|baby|wife|husband|partner|mum|mom|mother|dad|father|parents?|gran|nan|grandma|grandmother|grandad|grandpa|grandfather|brother|sister|friend|relative)';

/**
 * "is anyone actually reading this", "will a human read this", "does anyone at the clinic see these
 * chats", "am I just talking to myself": whether a person reads the chat is the question of who
 * answers asked from the other side, and the identity reply says what the bot is and how to reach a
 * person.
 */
const READER = `(${SOMEONE}|a (real |actual )?(human|person)|(real |actual )?(people|humans|staff)|a member of staff|the staff|the clinic)( at the clinic| from the clinic| there| out there)?`;
const WHAT_IS_WRITTEN = '((these|the|my) (messages?|chats?|questions?)|this (chat|conversation)|this|these|that|it|them|what i (write|type|send|say|ask)|what im (writing|typing|saying|asking))';
const ASKS_SOMEONE_READS = `(is|are|will|does|do|would|can|could) ${READER}( actually| ever| really| even)? (read|reading|see|seeing|reply|replying|answer|answering|check|checking|monitor|monitoring|look at|looking at)( ${WHAT_IS_WRITTEN})?( on here| here)?|(is|are) (this|the|these) (chat|chats|conversation|messages?)( actually| ever| even)? (monitored|read|checked|answered|seen)( by ${READER})?|am i (just )?(talking|typing|writing|speaking|chatting) to (myself|a (wall|bot|robot|computer|machine))( here)?`;

/**
 * How a patient closes a conversation once the answer is in: "that's everything", "no more
 * questions", "I'll have a think", "I'll talk it over with my wife", "I'll come back later". It
 * says the patient is leaving, so it is answered as goodbye.
 */
const SIGNS_OFF = `(thats|that is|that was) (everything|it|all)( for (now|today))?( i (needed|wanted)( to (know|ask))?)?|that(ll| will) (do|be all)( for (now|today))?|that (covers|answers) (it|everything|all( of it)?)|nothing (else|more)( from me)?|no (more|other|further) questions|(ill|i will|i shall|i (might|may|need to|want to|should|better)) (have a (think|ponder|read)|think (it over|about it)|mull (it )?over|sleep on it|leave it (there|at that)|leave you (in peace|to it|alone|be)|read up( on it)?|look into it|be in touch|((discuss|talk about|talk over|talk through|go over|go through) (it|this|that|things)|talk (it|this|that|things) (over|through)) with my ${RELATIVE}|talk to my ${RELATIVE}( about it)?)|come back (later|another time|to you)|get back to you`;

/**
 * Relief said in thanks' place: "that's put my mind at rest", "I feel a lot less worried now",
 * "really reassuring".
 */
const RELIEF = '(put|set) my mind at (rest|ease)|((i |im )?(feel|feeling) )?(a lot |much |so much |loads |a bit |far )?less (worried|anxious|scared|stressed|nervous|confused|frightened)|reassuring|reassured|relieved|(what a )?relief|sorted';

/**
 * "hello, I have a question", "hi, can I ask you something": a greeting that announces a question
 * asks nothing yet, and the greeting's reply asks what the patient would like to know. Anything the
 * question is about ("I have a question about fees") is left over, so the message goes on to
 * retrieval.
 */
const ANNOUNCES_A_QUESTION = '(i have|i got|ive got|i have got|got) (a |one |some |a few |few |a couple of |couple of |two |2 |another |one more |more )?(quick |small |little |short |simple |general )?(question|questions|query|queries)|(can|could|may) i ask (you )?(something|a question|some questions|a few questions|you a question|(some |a few |a couple of )?things)|i (want|would like|wanted) to ask (you )?(something|a question|some questions)|i need (some )?(information|info|advice|help)';

/**
 * Greetings, thanks and goodbyes in the languages a clinic's patients and their families most often
 * write in when English is not their first language. They are read only when nothing else is left
 * of the message, so "merci, what is sciatica" still goes on to retrieval; a message in another
 * language beyond its greeting falls back, where the reply offers a person.
 */
const GREETING_ABROAD = 'hola|bonjour|salut|ciao|buongiorno|buenos dias|buenas( tardes| noches)?|bom dia|boa tarde|guten (tag|morgen|abend)|namaste|(as ?)?salaa?mu?( ?alaikum)?|shalom|aloha|kia ora|hej|hei|hoi|merhaba|konnichiwa|ni hao|shwmae|bore da|dia duit';
const THANKS_ABROAD = '(muchas )?gracias|merci( beaucoup)?|danke( schon| sehr)?|dankeschon|obrigad[oa]|grazie( mille)?|diolch( yn fawr)?|dank (je|u)( wel)?|dankjewel|tack|takk|kiitos|spasibo|shukran|shukriya|asante( sana)?|arigato|xie xie|dhanyavad|mahalo';
const GOODBYE_ABROAD = 'adios|au revoir|arrivederci|auf wiedersehen|tschuss|hasta (luego|pronto|la vista)|a bientot';

/**
 * Checked in this order; the first kind found names the message. Frustration that asks nothing
 * ("you're useless", "that didn't help") comes before thanks, which would otherwise read the
 * "helpful" in "not helpful", and is answered as identity: that reply says what the bot is and
 * offers a person, which is what an annoyed patient needs to hear. "think you" is "thenk you" after
 * spelling correction; it can only stand for thanks when nothing else is left of the message.
 */
const SMALL_TALK: { kind: SmallTalk; pattern: RegExp }[] = [
  { kind: 'identity', pattern: new RegExp(`\\b(${ASKS_WHO_ANSWERS} ${BOT_OR_PERSON}( or ${BOT_OR_PERSON})?|${BOT_OR_HUMAN}|who (made|built|created|designed|programmed|wrote|runs) (you|this( chat| bot| chatbot| thing| assistant| service)*)|(some )?kind of (ai|bot|robot|computer)|(who|what) (are|r|is) (you|u)|who (am i|im|i am) (actually |really )?(talking|speaking|chatting|writing) (to|with)( here)?|${ASKS_SOMEONE_READS}|what (else )?can (you|u) (do|help( me)?( with)?|tell me( about)?)|how can (you|u) help( me)?|what (sort|kind|type)s? of (things|questions|stuff) can i ask( (you|u|about))?|what can i ask( (you|u))?( about)?|what do (you|u) (do|know|cover)( about)?|how does this work|(i dont know|im not sure|not sure) how (this|it) works|what is this)\\b`, 'g') },
  { kind: 'identity', pattern: /\b(((you are|youre|u r|ur|this is|thats|that is|its|you|this|that|it) )?(so |really |completely |totally |absolutely |pretty |bloody )?(useless|rubbish|pointless|hopeless|stupid|ridiculous|terrible|awful|a joke|a waste of time|no help|no use|of no use|not (very |really |much |at all )?(helpful|useful|helping))( at all| whatsoever)?|((that|this|it|you) )?(didnt|doesnt|did not|does not|isnt|is not|wasnt|was not|arent|are not) (really |much )?(help|helping|helpful|useful|answer my question)( at all| whatsoever)?|what a waste of time|ugh|argh|ffs|sigh|pfft)\b/g },
  { kind: 'goodbye', pattern: new RegExp(`\\b(bye|good ?bye|bye bye|see you|see ya|cya|good night|goodnight|(night|nite|nighty) (night|nite)|im done|${SIGNS_OFF}|take care|speak soon|talk (to you )?(later|soon)|ttyl|all the best|have (a )?(nice|good|great|lovely) (day|evening|afternoon|weekend|night|one)|catch (you|ya|u) (later|soon)|laters?|cheerio|ta ?ra|ta ta|toodle ?(oo|pip)|ttfn|${GOODBYE_ABROAD})\\b`, 'g') },
  { kind: 'thanks', pattern: new RegExp(`\\b(many thanks|thanks|thank you|thank u|thankyou|thanku|thnku|thx|thnx|tnx|thanx|thks|thnks|tks|tq|ty|tyvm|think you|cheers|god bless( you| u)?|ta|much appreciated|appreciate it|helps|helped|helpful|useful|great stuff|great|perfect|brilliant|lovely|awesome|nice one|nice|ok|okay|k|cool|got it|understood|i understand|fine|alright|all right|noted|fair enough|sounds good|makes sense|good to know|will do|i see|(that|this|it|you) (answers|answered) (my|the|that) questions?|thats (what i (needed|wanted)( to know)?|all i needed)|(im|i am) (fine|good|ok|okay|well|great|alright|all good)|lol|lmao|(ha|he){2,}h?|(much )?obliged|thank (ye|ee)|thankee|gotcha|okey ?doke?y?|right ?o|sweet|grand|magic|champion|spot on|smashing|fab|super|wonderful|excellent|fantastic|amazing|${RELIEF}|${THANKS_ABROAD}|(you are|youre|thats|that is) (very |so |too )?kind|(for|4) (all )?(the |your |you |ur )?(kind |quick |great )?(time|help|information|informations|info|explanation|explaining|explain|answer|answers|reply|advice|patience|support))\\b`, 'g') },
  { kind: 'greeting', pattern: new RegExp(`\\b(hi|hello|helo|hallo|hullo|hey|hiya|heya|howdy|gday|greetings|yo|(good ?|gud |gd )?(morning|mornin|afternoon|evening|day)|hi there|hello there|hey there|(how|hw) (are|r) (you|u)( doing| keeping)?( today)?|hows it going|how is it going|how (are |r )?(you|u|ya) going|hows things|how are things|whats up|wassup|top of the morning|ey ?up|wotcha|watcha|howya|${GREETING_ABROAD}|(are )?(you|u) there|(anyone|anybody|someone|somebody) (out )?(there|here|around|about|online)|hope (youre|you are|ur|u r|you) (well|ok|okay|good|keeping well|doing well)|hope (all is|alls|everything is) (well|good)|${INTRODUCTION}|${ANNOUNCES_A_QUESTION})\\b`, 'g') },
];

/**
 * Words that may surround small talk without making it a question ("ok thanks so much", "good
 * evening to you"), including the endearments and kisses a message signs off with ("cheers love",
 * "ta duck", "thanks x"), the words that make thanks bigger ("thanks loads", "a million"), the way
 * a patient addresses whoever reads ("hello doctor", "good morning sir"), the spellings "alot"
 * and "mutch" that no correction reaches, and what dictation keeps of speech around them ("um",
 * "yeah", "right", "I was just wondering", the "no" of "no that's everything thanks").
 */
const FILLER = /\b(so|very|much|mutch|a lot|alot|lots|really|again|there|then|and|for|that|thats|it|was|is|has|have|been|all|too|today|your|youve|the|help|actually|oh|ah|well|just|you|u|to|a|kindly|everyone|everybody|folks|guys|mate|love|luv|hun|hon|dear|pal|buddy|partner|duck|pet|hen|chuck|flower|petal|bab|babe|darling|sweetheart|bud|bro|bruv|sir|madam|maam|madame|monsieur|doctor|doc|x+|please|now|exactly|anyway|indeed|loads|heaps|tons|muchly|bunch|million|mil|um+|uh+|erm+|er|hmm+|yeah|yes|yep|ya|no|nope|nah|right|basically|here|i think|i was (just )?wondering)\b/g;

/**
 * "helloooo", "hiii", "thanksss": a letter typed three or more times in a row is one letter; no
 * English word has three in a row.
 */
const DRAWN_OUT = /(\p{L})\1{2,}/gu;

/**
 * Emoji sent on their own greet, thank or ask for a call; the words read from text drop them, so
 * they are read as the words they stand for.
 */
const EMOJI_WORDS: [RegExp, string][] = [
  [/\u{1F44B}/gu, ' hello '],
  // "📞 me pls": the telephone stands for the call the patient wants.
  [/[\u{1F4DE}\u{260E}\u{1F4F1}\u{1F4F2}]/gu, ' call '],
  [/[\u{1F44D}\u{1F44C}\u{1F64F}\u{1F44F}\u{1F64C}\u{263A}\u{1F642}\u{1F60A}\u{1F600}\u{1F603}\u{1F604}\u{1F601}\u{1F970}\u{1F917}\u{2764}\u{1F495}\u{1F496}\u{1F497}\u{1F499}\u{1F49A}\u{1F49C}]/gu, ' thanks '],
];

/** The message with greeting and thanking emoji turned into words, for the intent patterns to read. */
export function withEmojiWords(text: string): string {
  return EMOJI_WORDS.reduce((out, [emoji, words]) => out.replace(emoji, words), text);
}

/** The people at a clinic a patient asks for. */
const CLINIC_PERSON = `(${SOMEONE}|a person|a human|staff|the clinic|the team|receptionist|secretary|nurse|doctor|doc|dr \\w+|mr \\w+|mrs \\w+|ms \\w+|miss \\w+|(spine |spinal )?(surgeon|specialist|consultant)|physio)`;

/**
 * "my GP told me to speak to a surgeon" reports advice; "can my physio talk to your surgeon" asks
 * about someone else talking to the clinic. Neither is the patient asking to be contacted.
 */
const REPORTED_ADVICE = '\\b(told|asked|advised|suggested|recommended|wants|wanted|said|says) (me |us |i |that i )?(to |should |could |must |need to )?';
const NOT_THE_PATIENT_ASKING = `(?<!\\b(my|his|her|their|our) \\w+ (\\w+ )?|${REPORTED_ADVICE})`;

/**
 * "my doctor call me and say I have a herniated disc" tells what the patient's own doctor did, in
 * the present tense a learner of English uses for the past; a wish would ask ("can the doctor call me").
 */
const THEIR_OWN_CALLER = `(?<!\\bmy (doctor|doc|gp|surgeon|consultant|specialist|physio|nurse|${RELATIVE}) )`;
/** "call", "ring", "phone" and the spellings no correction reaches ("cal me bak", "fone me"). */
const CALL = '(call|cal|ring|phone|fone|telephone|contact)';

/** Who a patient asks for, with the article or the words that come before them ("a member of staff"). */
const A_CLINIC_PERSON = `(a |an |the |your |one of (your |the )?)?(real |actual )?(${CLINIC_PERSON}|member of (the )?(staff|team)|staff member|human|person|nurses|doctors|people)`;
/** Whom a patient demands when they want someone, not something ("I want a doctor NOW"). */
const PERSON_IN_CHARGE = '(doctor|nurse|human|person|surgeon|specialist|consultant|manager|receptionist)';

/** The patient, or the person they write for ("can someone ring her"). */
const THE_ONE_TO_CONTACT = '(me|us|her|him|them)';

/**
 * The wish to be contacted by a person, and the question only a person can answer (is there a free
 * appointment next week): always a hand-off, whatever else the message asks, since the clinic acts
 * on it and no answer does that.
 */
const ASKS_TO_BE_CONTACTED = new RegExp([
  // "please somebody call to me": the "to" a learner of English adds.
  `${THEIR_OWN_CALLER}\\b(${CALL}|email|e mail|text|message|write to) (to )?me( back| bak| bk)?\\b`,
  // "what is a callback function" asks what the word means.
  '(?<!\\bwhat (is|are|does|do) (a |an |the )?)\\b(call ?back|callback|ring ?back)\\b',
  // "I'm after someone calling me back".
  `\\b${SOMEONE} (calling|ringing|phoning|contacting|emailing|texting) (me|us)\\b`,
  // "📞📞📞" once its emoji are words.
  '^(call ?)+( please| pls| plz)?$',
  // "I would like that somebody contacts me", "my wife would like someone to call her": the wish
  // said as what someone should do. Not after "my": "my doctor call me and say" reports, as for
  // THEIR_OWN_CALLER.
  `(?<!\\b(my|his|her|their|our) )\\b${CLINIC_PERSON} (to |could |can |will |should |please |just )*${CALL}s? (to )?${THE_ONE_TO_CONTACT}\\b`,
  // "can someone just ring": asked, the one to ring goes without saying; "the nurse will call" tells.
  `\\b(can|could|would) ${A_CLINIC_PERSON} (just |please )?${CALL}$`,
  // Dictation hears "call me back" as "cold me back" and "a call back" as "a cool back".
  '\\b(cold|cool) me back\\b|\\bgive me a (cold|cool) back\\b',
  // Someone writing for the patient: "can you call my mum back", "please ring my husband", "could
  // the nurse email her". "Can I call my mum" is not asking the clinic, so the clinic must be asked.
  `\\b((can|could|would|will) (you|(the |a |your )?${CLINIC_PERSON})( please)?|please) (${CALL}|email|e mail|text|write to) (my ${RELATIVE}|him|her|them)\\b`,
  '\\bgive me a (quick |short |brief )?(ring|call|bell|buzz|phone call)\\b',
  // "I'd appreciate a phone call from someone", "any chance of a call from the surgeon's
  // secretary"; "I got a call from the surgeon" tells what happened, so only a wish counts.
  `\\b(appreciate|like|love|want|need|get|arrange|request|chance of) a (quick |short |brief |phone |telephone )?(call|ring|phone call|callback) from ${A_CLINIC_PERSON}`,
  '\\b(get back to|reach out to|(get|be) (back )?in touch with) me\\b',
  // A message left for the staff, or for one of them by name ("message for Sister Jones: ...",
  // "can I leave a note for Priya", "please let Mr Cole's team know", "tell Nurse Carol").
  '\\b((pass|leave|give|send|get) (on )?a (message|note|msg) (to|for)|take a (message|note))\\b|^(a )?(message|note|msg) (for|to)\\b',
  '\\b(can|could|would|will|please) (you )?(pass|hand) (this|that|it|these|them|something|a message) on\\b',
  `\\blet (the |your )?${CLINIC_PERSON}( \\w+)?( team| secretary| office)? know\\b|\\b(can|could|would|will|please) (you )?(tell|ask) (the |your )?${CLINIC_PERSON}\\b|^tell (the |your )?${CLINIC_PERSON}\\b`,
  // "is Dr Whitfield in today": only the clinic knows who is in.
  '\\bis (dr|doctor|mr|mrs|ms|miss|nurse|sister|professor|prof) \\w+ (in|around|about|available|working|there|on duty)\\b',
  '\\b(leave|give you|take) my (number|phone number|details|contact details)\\b',
  '\\b(any|got|have) (\\w+ )?(appointments?|slots?|spaces?) (available|free|left|going)\\b|\\bavailability (today|tomorrow|this|next|on)\\b',
  '\\b((heres|here is) my (number|phone number|mobile( number)?|email( address)?|details|contact details)|my (phone |mobile |home |work |contact )?(number|email|e mail|email address|mobile|landline) is)\\b',
  '\\b(reach|get|catch|contact) me (on|at)\\b',
].join('|'));

/** A patient's own care, which only a clinician can talk through with them. */
const PERSONAL_CARE = '(results?|scans?|mri|x ray|ct|report|letter|operation|surgery|procedure|case|treatment|options|diagnosis|medication|symptoms)';

/** "I don't want a doctor to explain it" wishes nothing. */
const NOT_DENIED = '(?<!\\b(dont|do not|didnt|did not|wouldnt|would not|never) )';

/**
 * The wish to talk to a person, said outright ("talk to a real person", "human please") or
 * indirectly ("is there a nurse I could ask", "who do I speak to about my results", "I'd like the
 * nurse to explain my results", "could I have a word with the physio").
 */
const WISH_TO_TALK = new RegExp([
  // "i wanna tok to a reel persun": "tok" and "reel" are left as typed, since "reel" is a word and
  // "tok" too short to correct; "reel" stands for "real" only next to a person.
  `${NOT_THE_PATIENT_ASKING}\\b(talk|tok|speak|chat) (to|with) (a |an |the |your |my (surgeon|consultant|specialist)|${SOMEONE}|person|human|real|reel|actual|doctor|nurse|staff|reception|receptionist|secretary|surgeon|specialist|consultant|physio|team|office)`,
  '\\b(prefer|rather|sooner) (speaking|talking|chatting) (to|with)\\b',
  `\\b(like|love|want|need|prefer|rather|sooner|let me) (to )?(discuss|go through|go over|talk (\\w+ )?(over|through)|run (\\w+ )?(past|by)) ((this|it|that|things|them|everything|my \\w+( \\w+)?|the \\w+) )?with ${A_CLINIC_PERSON}`,
  `\\b(have|get) a (quick |short |brief )?(word|chat|talk) with ${A_CLINIC_PERSON}`,
  `${NOT_DENIED}\\b(want|like|love|prefer|need|rather) ${A_CLINIC_PERSON} to (explain|go through|go over|talk|discuss|tell|answer)\\b`,
  `\\b(is|are) there (a |an |any )?(real |actual )?(${CLINIC_PERSON}|person|human|people|nurses|doctors)(( there| here| around| available)? (i|we) (can|could|might|may) (ask|talk|speak|chat|ring|call|phone|discuss|go through|run)\\b|( available| around| free)?$)`,
  // "who do I speak to about my results" needs a clinician; "who do I speak to about an invoice"
  // asks who handles bills, which the clinic's own entry answers.
  `\\bwho (do|can|should|could|would) (i|we) ((speak|talk|chat) (to |with )?about|discuss) (my|our|his|her|the) (\\w+ )?${PERSONAL_CARE}\\b`,
  '\\b(free|available) (for a (quick )?(chat|call|word|talk)|to (talk|chat|speak))\\b',
  `\\b(get|put) ${A_CLINIC_PERSON} on( the (phone|line))?( please| pls| plz)?($| the (phone|line))`,
  // "is a physio a real doctor" asks about the physio.
  '(?<!\\b(is|are|was|were) (?!there\\b)(\\w+ ){1,3})\\b(real|reel|actual|live) (person|human|people|doctor)\\b',
  // "I want a doctor NOW", "get me a human"; "do I need a surgeon" asks whether. What the person
  // should do ("I want a surgeon to review my MRI") or give ("a specialist opinion") is read by
  // the patterns for those and by retrieval.
  `(?<!\\b(do|does|will|would|should|if|when|might|may) )\\bi (want|need|demand|would like|d like) (a |an |the |your )?(real |actual |proper )?${PERSON_IN_CHARGE}\\b(?! to | (opinion|review|referral|letter|note|report|assessment)s?\\b)`,
  `\\b(get|find|fetch) me (a |an |the |your )?(real |actual |proper )?(${PERSON_IN_CHARGE}|${SOMEONE})\\b`,
  '\\bi (want|would like|d like|wish|need) to (complain|(make|file|lodge|raise|put in) a complaint)\\b',
  // Frustration at having had no answer asks for one: "nobody has called me", "no one has rung me
  // back", "you never answer the phone", "I still haven't heard back".
  '\\b(nobody|no one|noone|no body)( has| have| had|s)?( ever| yet| still)? (called|rung|rang|phoned|contacted|emailed|texted|replied to|answered|got back to|gotten back to|been in touch with|returned my (calls?|messages?)) (me|us)\\b',
  '\\b(never|nobody|no one|noone|doesnt|dont|does not|do not|wont|will not)( ever)? (answers?|picks? up) (the |your |my )?(phones?|calls?)\\b',
  '\\b(havent|have not|hasnt|has not|never) (heard back|been (called|rung|contacted)( back)?|had a (call|reply|response|callback)( back)?)\\b',
  '\\b(want|need|prefer) (a |an )?(human|person)\\b',
  '\\b(human|person|agent|operator|receptionist) (please|pls|plz)\\b',
  '^(a |an |the |real |live |actual )?(agent|human|operator|receptionist|reception|person|nurse|staff)s?( please| pls| plz)?$',
  '\\b(put|connect|transfer|pass) me (through )?(to|with)\\b',
].join('|'));

/**
 * A patient who wants a person and asks how to reach the clinic or when it is open ("I'd rather
 * talk to a person, what's your number?", "I want to speak to a nurse, when are you open?") means
 * to make the contact themselves, so the answer they expect is the number, the address or the
 * hours; the clinic's answer offers the call back as well. The hand-off would ask for their details
 * and leave the question unanswered. Asking to be contacted ("call me back") is not held back.
 */
const ASKS_HOW_TO_REACH_THE_CLINIC = new RegExp([
  '\\b(what|whats|which|is there|have you got|do you have|can i (have|get)|give me)( is)? (a |an |the |your |ur )?(\\w+ ){0,2}(number|email|e mail|address)\\b',
  '\\b(when|what time|what times|what days) (\\w+ ){0,5}(open|close|shut)\\b|\\bopening (hours|times)\\b|\\bare you open\\b',
  '\\bhow (do|can|could|would|should) (i|we|she|he|they) (call|ring|phone|email|contact|reach|get hold of|get in touch with|get through to)\\b',
].join('|'));

/** With the misspellings the corrector leaves ("apointment", "appoinment"). */
const APPOINTMENT = '(appointment|apointment|appointmant|apointmant|appoinment|apoinment|appoitment|appt|consultation|consult|follow up|check up|visit)';
const I_WOULD_LIKE = '(i (want|wanna|need|would like|would love)|id (like|love|want)|im (after|looking for))';
/** The "to" is optional: "i want make appointment", "I need see doctor", as learners of English write. */
const I_WOULD_LIKE_TO = '(i (want|need|would like|would love)( to)?|i (am looking|was hoping|am hoping) to|i wanna|id (like|love|want) to|im (looking|hoping|wanting) to)';

/**
 * The wish to be booked in or seen, and advice the patient was given to see someone: "I'd like an
 * appointment", "can I see the surgeon", "schedule me a consultation", "my GP told me to speak to a
 * surgeon".
 */
const WISH_FOR_APPOINTMENT = new RegExp([
  `\\b(${I_WOULD_LIKE} (an |a |another |my |a new |a first )?${APPOINTMENT}|${I_WOULD_LIKE_TO} (book|make|arrange|schedule|get|have|set up|request) (an |a |another |my |a new |a first )?${APPOINTMENT})\\b`,
  `\\b${I_WOULD_LIKE_TO} (see|be seen by|come in and see|come in to see|visit) (a |an |the |your |one of your )?${CLINIC_PERSON}`,
  `\\b(can|could|may) (i|we) (get|have|hav|make|book|arrange|schedule) (an |a )?${APPOINTMENT}\\b`,
  // "please make for me an appointment", "can you book appointment for me".
  `\\b(please|can you|could you|would you) (make|book|arrange|schedule|get|give) (for me |me )?(an |a )?${APPOINTMENT}\\b`,
  `\\b(can|could|may) (i|we) (see|come in and see|come and see|come in to see|be seen by) (a |an |the |your |one of your )?${CLINIC_PERSON}`,
  `\\b(${I_WOULD_LIKE_TO}|(can|could|may) (i|we)) (come in|pop in|be seen|book (myself |ourselves )?in)\\b`,
  `\\b(book me( in)?|(schedule|fit|squeeze|pencil) me in|(schedule|get|make|give) me (an |a )?${APPOINTMENT}|put me down for)\\b`,
  // "my partner wants an appointment with the surgeon": the wish of the person the patient writes for.
  `\\b(my|our) ${RELATIVE} (wants|would like|needs|is after|is looking for) (an |a |another |a new |a first )?${APPOINTMENT}\\b`,
  `${REPORTED_ADVICE}(talk|speak|see) (to |with )?(a |an |the |your |one of your )?${CLINIC_PERSON}`,
].join('|'));

/**
 * Where information ends and a request begins. "How do I book?", "can I book online?", "do I need a
 * referral to see a surgeon?" ask how booking works, and the clinic-appointment entry answers them
 * (with a call-back offer). "I'd like an appointment", "can I see the surgeon", "book me in" ask for
 * the booking itself, and start the hand-off. A wish to be booked that comes with a question (how,
 * when, whether, cost, the wait, a referral, online or by video, for someone else, a change to an
 * existing appointment) gets its question answered: the lead form would leave it unanswered, and
 * the answer offers the call back. Learners of English ask "how i can book" and "how is possible". A wish to be contacted ("call me", "speak to someone") is never
 * held back this way.
 */
const ASKS_HOW_BOOKING_WORKS = new RegExp(`\\b(how (do|does|can|could|would|soon|long|much|quickly|far|is|i|we|to)|do i (need|have|get)|does it|can i just|is it possible|is there|are there|what (is|are|happens|should|do|does|will|would)|when (can|could|is|are|do|will|would)|where (do|is|are|can)|which|whats|hows|whens|wheres|do you|are you|will i|will it|would i|would it|should i|whether|online|website|video|remote|virtual|by phone|on the phone|over the phone|by email|instead|for (my|our) ${RELATIVE}|for someone else|referral|refer|cost|costs|price|fee|fees|charge|pay|paying|insurance|(the|a) wait|waiting (list|time)|(change|move) (my|the|an|this) (appointment|appt|consultation|booking|date|time)|cancel|reschedule|rearrange|postpone)\\b`);

/**
 * A booking at another business ("book me in at the dentist", "I want to make appointment at the
 * hairdresser", "an appointment with the vet for my cat") is not for this clinic. Read just after
 * the wish, where its place is named, so that "I hurt it at the gym" later in a story does not hold
 * back the wish to see a physio. The wish's last word may be cut short ("physio" of
 * "physiotherapist"), so the rest of it is skipped first.
 */
const BOOKED_ELSEWHERE = new RegExp(`^\\w* (\\w+ ){0,2}(at|with|for) (the |a |an |my |our |your |his |her )?(\\w+ )?(${[...OTHER_SUBJECT_WORDS, ...OTHER_PLACE_WORDS].join('|')})s?\\b`);

/**
 * Contact details left unprompted ("Sam Lee 07700 900123", "landline 020 7946 0123, ask for Mrs
 * Patel"): a phone number is left for someone to ring. It is ten to thirteen digits in at most four
 * groups; a run of years ("2019 2020 2021") is four-digit groups only. A number in a question ("is
 * 01632 960000 your number?") is asked about, not left (see detectHandoff).
 */
const DIGIT_GROUPS = /\b\d+( \d+)*\b/g;

function givesPhoneNumber(words: string): boolean {
  return [...words.matchAll(DIGIT_GROUPS)].some(([run]) => {
    const groups = run.split(' ');
    const digits = groups.join('').length;
    return digits >= 10 && digits <= 13 && groups.length <= 4 && !groups.every((group) => group.length === 4);
  });
}

export function detectHandoff(words: string): boolean {
  if (ASKS_TO_BE_CONTACTED.test(words)) return true;
  if (givesPhoneNumber(words) && !ASKS.test(words) && !ASKS_HOW_TO_REACH_THE_CLINIC.test(words)) return true;
  if (WISH_TO_TALK.test(words)) return !ASKS_HOW_TO_REACH_THE_CLINIC.test(words);
  const booking = WISH_FOR_APPOINTMENT.exec(words);
  return booking !== null && !ASKS_HOW_BOOKING_WORKS.test(words) && !BOOKED_ELSEWHERE.test(words.slice(booking.index + booking[0].length));
}

/**
 * "my mum says thank you", "my husband says cheers, bye": thanks passed on for the person the
 * patient writes with is still thanks.
 */
const PASSED_ON = new RegExp(`\\b(my|our) ${RELATIVE} (also |too )?(says|said|sends|would like to say|wants to say)\\b`, 'g');
/**
 * "thanks, my legs feel much stronger now", "ok thanks, the numbness has gone so I feel better":
 * news of getting better that comes with thanks asks nothing. It never makes small talk on its own,
 * and it needs its subject not asked about, so "is it getting better" and "thanks, is my disc getting
 * better" stay questions.
 */
const NEWS_OF_GETTING_BETTER = /(?<!\b(is|are|am|was|were|has|have|will|would|does|do|did|can|could|should) )\b((my|the|his|her|our) (\w+ ){0,2}?|i |im |i am |ive |i have |everything |things )(feel|feels|feeling|is|are|am|has|have|seems?|getting|got)( been| got)? (much |a lot |lots |so much |a bit |a little |loads |far |way )?(better|stronger|improved|improving|easier|gone|eased|easing|settled|settling)\b/g;

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
  return rest.replace(PASSED_ON, ' ').replace(NEWS_OF_GETTING_BETTER, ' ').replace(FILLER, ' ').trim().length === 0 ? found : undefined;
}
