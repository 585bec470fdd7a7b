import { ASKS } from '../retrieval/retriever.js';
import { OTHER_PLACE_WORDS, OTHER_SUBJECT_WORDS } from '../retrieval/stop-words.js';

/**
 * Small talk and the wish for a person: recognised from the words, before retrieval, because no
 * knowledge entry answers "thanks" or "call me back".
 */
export type SmallTalk = 'greeting' | 'thanks' | 'praise' | 'goodbye' | 'identity' | 'personal-advice' | 'language' | 'memory' | 'misunderstood' | 'never-mind';

/**
 * A name given with a greeting ("hi, I'm Sarah", "hello my name is Dave"). Any word can be a name,
 * and the spelling corrector may already have turned it into another word, so "I'm X" is read as a
 * name except when X is how a patient says they feel: "hi, I'm numb" is a symptom, not a name, and
 * "I'm sorry to trouble you" apologises.
 */
const INTRODUCTION = '(my name is|my names|the names|im|i am) (?!(sorry|not|so|very|really|still|worried|scared|frightened|anxious|nervous|sore|numb|stuck|struggling|suffering|confused|pregnant|desperate|depressed|suicidal|dizzy|sick|ill|unwell|hurting|injured|bleeding|paralysed|paralyzed|worse|disabled|crying|lost|dying|terrified|exhausted)\\b)\\w+';

/** How a patient asks whether a person or a program answers, in any grammar ("you are human?", "r u a bot"). */
const ASKS_WHO_ANSWERS = '(are you|are u|r u|r you|you are|u are|u r|ur|youre|(is|are) (this|it|these|the)( chat| chats| service| conversation| thing| app| website| assistant)?|am i (talking|talkin|speaking|speakin|chatting|chattin|writing|talk|speak|chat|write) (to|with))';
/**
 * "are you chatgpt", "is this chat live", "are you real or not", "are you like chat gpt or
 * something", "is this one of those AI things", "r u a nurse", "is this a person typing or automated
 * replies": the names patients know programs by,
 * whether a person is typing, and the clinic's own staff ask what the bot is too.
 */
const BOT_OR_PERSON = '(like |kind of |sort of )?((a |an )?(automated|automatic|computer|computerised|ai) (service|system|program|programme|chat|assistant)|(a |an |just a |some kind of a? ?|one of (those|them|these) )?(real |reel |actual |live |qualified |trained |proper |registered )?(robot|bot|human|person|people|ai|computer|machine|chatbot|doctor|nurse|surgeon|physio|receptionist|specialist|consultant|program|programme|recording|language model)s?( typing| answering| replying| thing| things)?|(automated|automatic|auto|computer generated|pre written|prewritten|canned) (replies|responses|answers|messages|reply|response|answer)|chatgpt|chat gpt|gpt|openai|siri|alexa|google|live|real|for real|automated|automatic|artificial intelligence|manned|staffed)( or something( like that)?)?';

/**
 * The question put as a statement, as patients often type it: "so this is like an AI chat?", "so
 * it's basically a chatbot then", "this is a computer isn't it". Only a program is named this way:
 * "this is real pain" tells how the patient feels.
 */
const SAYS_IT_IS_A_PROGRAM = '(this is|it is|its|thats|that is|this ones) (like |just |basically |only |actually |really |all )?(a |an |one of (those|them|these) )?(ai|bot|robot|computer|chatbot|chat bot|machine|program|programme|automated|automatic)s?( (chat|chatbot|thing|things|system|service|assistant|program|replying|typing|answering))?';

/**
 * "a robot or human?" after "who is you", or on its own, asks the same. One side must be a program:
 * "a real person or a doctor please" asks for someone.
 */
const BOT_OR_HUMAN = '(a |an )?(robot|bot|ai|computer|machine|chatbot) or (a |an )?(real )?(human|person)|(a |an )?(real )?(human|person) or (a |an )?(robot|bot|ai|computer|machine|chatbot)';

/** "someone", as patients type and dictate it. */
const SOMEONE = '(someone|somebody|some one|some body|some ?1|sum ?1|sumone|sumbody|anyone|anybody|any one|any ?1)';
/** The people a patient writes for, or who care for them: "can you call my mum back", "book an appointment for my son", "ring my carer". */
const RELATIVE = '(daughter|son|child|children|kids?|baby|wife|husband|partner|fiance|fiancee|boyfriend|girlfriend|mum|mom|mother|dad|father|parents?|gran|nan|grandma|grandmother|grandad|grandpa|grandfather|grandson|granddaughter|brother|sister|aunt|auntie|uncle|niece|nephew|cousin|friend|neighbour|neighbor|carer|relative)';

/**
 * "who's on the other end of this", "is there a person at the other end", "who's typing".
 */
const ASKS_WHO_IS_AT_THE_OTHER_END = `(who is|whos|who are|who am i (talking|speaking|chatting) to|is there (${SOMEONE}|a (real )?(person|human))) (on|at) the other end( of (this|the) (chat|line|conversation|thing|screen))?( of this)?|(who is|whos) (typing|replying|answering|writing|behind (this|the screen|the chat))`;

/** The other half of "are you a bot or is someone typing this", "...or is there a person replying". */
const OR_IS_SOMEONE_TYPING = `(is|are) (there )?(${SOMEONE}|a (real |actual )?(person|human)|(real |actual )?(people|humans)) (typing|replying|answering|writing|reading|there|behind (it|this|you))( (this|these|them|it))?`;

/**
 * "is anyone actually reading this", "will a human read this", "does anyone at the clinic see these
 * chats", "am I just talking to myself": whether a person reads the chat is the question of who
 * answers asked from the other side, and the identity reply says what the bot is and how to reach a
 * person.
 */
const READER = `(${SOMEONE}|a (real |actual )?(human|person)|(real |actual )?(people|humans|staff)|a member of staff|the staff|the clinic)( at the clinic| from the clinic| there| out there)?`;
/**
 * "will anyone read this tonight", "is anybody monitoring this chat at the weekend": the identity
 * reply says who reads and how to reach a person, which is the out-of-hours worry's answer too.
 */
const OUT_OF_HOURS = '( (tonight|today|overnight|over night|at night|now|right now|straight away|soon|(at|over) (the )?weekends?|on (a |the )?(weekends?|\\w+days?|bank holidays?)|out of hours|after hours|outside (office |opening |working )?hours|when (you are|youre|the clinic is) (closed|shut)|before (the )?morning|until (the )?(morning|monday|tomorrow)))';
const WHAT_IS_WRITTEN = '((these|the|my) (messages?|chats?|questions?)|this (chat|conversation)|this|these|that|it|them|what i (write|type|send|say|ask)|what im (writing|typing|saying|asking))';
const ASKS_SOMEONE_READS = `(is|are|will|does|do|would|can|could) ${READER}( actually| ever| really| even)? (read|reading|see|seeing|reply|replying|answer|answering|check|checking|monitor|monitoring|look at|looking at)( ${WHAT_IS_WRITTEN})?( on here| here)?${OUT_OF_HOURS}?|(is|are) (this|the|these) (chat|chats|conversation|messages?)( actually| ever| even)? (monitored|read|checked|answered|seen)( by ${READER})?|am i (just )?(talking|typing|writing|speaking|chatting) to (myself|a (wall|bot|robot|computer|machine))( here)?`;

/**
 * What the patient will do with the answer once they have it: "I'll show this to my dad tonight",
 * "I'll pass this on to my mum", "I'll print it off".
 */
const TAKES_THE_ANSWER_AWAY = `(show|pass|send|forward|print|read|share|give|save|screenshot) (this|it|that|these|them)( (on|out|off|over|through|again|properly))?( (to|with|for) (my |our )?${RELATIVE})?|(show|send|forward|give) (my |our )?${RELATIVE} (this|it|that)`;

/**
 * What a patient leaving will do next, one thing or several ("I'll have a think and talk it over
 * with my husband").
 */
const WHAT_THE_PATIENT_WILL_DO = `(have a (think|ponder|read)|think (it over|about it)|mull (it )?over|sleep on it|leave it (there|at that)|leave you (in peace|to it|alone|be)|let (you|u) (go|get on)|read up( on it)?|look into it|be in touch|((discuss|talk about|talk over|talk through|go over|go through) (it|this|that|things)|talk (it|this|that|things) (over|through)) with my ${RELATIVE}|talk to my ${RELATIVE}( about it)?|${TAKES_THE_ANSWER_AWAY})`;

/**
 * How a patient closes a conversation once the answer is in: "that's everything", "no more
 * questions", "I'll have a think", "I'll talk it over with my wife", "I'll come back later", "I'll
 * let you go". It says the patient is leaving, so it is answered as goodbye.
 */
const SIGNS_OFF = `(thats|that is|that was) (everything|it|all)( for (now|today))?( i (needed|wanted)( to (know|ask))?)?|that(ll| will) (do|be all)( for (now|today))?|that (covers|answers) (it|everything|all( of it)?)|nothing (else|more)( from me)?|no (more|other|further) questions|(ill|i will|i shall|i (might|may|need to|want to|should|better)) ${WHAT_THE_PATIENT_WILL_DO}( and (then )?${WHAT_THE_PATIENT_WILL_DO})*( (later|tonight|tomorrow|in the morning))?|come back (later|another time|to you)|get back to you`;

/**
 * Relief said in thanks' place: "that's put my mind at rest", "I feel a lot less worried now",
 * "really reassuring".
 */
const RELIEF = '(put|set) my mind at (rest|ease)|((i |im )?(feel|feeling) )?(a lot |much |so much |loads |a bit |far )?less (worried|anxious|scared|stressed|nervous|confused|frightened)|reassuring|reassured|relieved|(what a )?relief|sorted';

/**
 * Gratitude said as a feeling: "I'm very grateful", "my husband and I are so grateful", "we really
 * appreciate it".
 */
const GRATEFUL = '((im|i am|were|we are|are|am)( both| all)? )?(so |very |really |truly |most |ever so |extremely |eternally )?(grateful|thankful|appreciative)( (to|for) (you|u|it|this|that|(all )?(your|ur) help))?|(i|we) (really |truly )?appreciate (it|this|that|you|(all )?(your|ur) help)';

/**
 * Who and what a patient praises at the clinic: "the staff on reception", "your nurses", "Mr Cole",
 * "the care". "My surgeon" is left out: a patient's own surgeon is often someone else's.
 */
const PRAISED = '(the |your |ur |all the |all your |everyone at the |everybody at the )?((physio|physiotherapy|nursing|spine|spinal|reception|admin|surgical|medical|clinic|front desk) )?(staff|team|nurses?|doctors?|receptionists?|reception|surgeons?|consultants?|physios?|secretary|secretaries|people|everyone|everybody|service|care|treatment|clinic|experience|(mr|mrs|ms|miss|dr|nurse|sister) \\w+)( (on|at|in) (the )?(reception|ward|desk|front desk|clinic|phone))?';
const GOOD_WORD = '(kind|lovely|brilliant|great|amazing|wonderful|helpful|fantastic|excellent|nice|friendly|professional|caring|fab|superb|first class|outstanding|marvellous|patient|reassuring|a credit)';

/**
 * "you've been very patient with an old lady", "ur so helpful", "you were ever so kind to me": the
 * reader praised for how they were.
 */
const YOU_WERE = '(you are|youre|ur|u r|you were|you have been|youve been|u have been|u been|you been)';
const HOW_YOU_WERE = '(kind|patient|helpful|useful|clear|brilliant|great|amazing|lovely|wonderful|fantastic|marvellous|excellent|informative|reassuring|understanding|a (great|big|real|huge) help|such a help|a great help)';
const WHOM_FOR = '( (to|with|for) (me|us|my \\w+|an? (\\w+ )?(old |elderly )?(lady|man|woman|gent|gentleman|person|chap|fellow|dear|soul|pensioner)))?';

/**
 * Praise asks nothing, and its reply thanks the patient: "you've been a star", "you're a
 * lifesaver", "well done whoever made this", "really easy to use", "much clearer than what my GP
 * told me", "10/10 would recommend", "the staff on reception were so kind yesterday". Only a few
 * words may follow "clearer than", so "much clearer than before, but what is a bulge" still asks.
 */
const PRAISE = [
  `${YOU_WERE} (actually |genuinely |honestly |always )?(so |very |really |ever so |most |extremely |incredibly |super |truly |such )?${HOW_YOU_WERE}${WHOM_FOR}`,
  '((you are|youre|ur|u r|you have been|youve been|u have been|u been|what|thats|that is|you|u) )?(a |an |such a |an absolute |a real |a proper |the )?(star|superstar|lifesaver|life saver|legend|gem|angel|diamond|godsend|saint|hero|treasure)s?( (you are|u are|you r|youre))?|(very |really |so |crystal )?(clear|informative|interesting|insightful)',
  'well done( (whoever|who ever) (made|built|designed|created|wrote|set up) (this|it|you))?',
  '(really |so |very |super |nice and )?(easy|simple|clear|quick|straightforward) to (use|understand|follow|read)',
  '(much |so much |a lot |far |way )?clearer( than (before|(what )?(my|the|your|his|her) (\\w+ )?(gp|doctor|surgeon|consultant|physio|nurse|specialist|hospital|leaflet|letter)( (told|said|gave|explained|wrote)( me| us)?)?|(what )?(i|we) (was|were) told|google|the internet))?',
  '(10|ten) (out of )?(10|ten)|(5|five) stars?( from me)?|((i|we) )?(would|will|d|id)? ?(definitely |highly |100 |totally )?recommend( (you|this|it|the clinic|you guys))?',
  `${PRAISED} (were|was|are|is|have been|has been|been) (so |very |really |ever so |absolutely |just |all |truly |incredibly )?${GOOD_WORD}( (to (me|us|my \\w+)|on the phone|with (me|us|my \\w+)))?( (yesterday|today|last (week|time|night)|on \\w+day|this (morning|afternoon)))?`,
].join('|');

/**
 * Thanks for the clinic's care, with when it was: "thank you for the wonderful operation", "thanks
 * for everything this year", "thank you for my op last year", "thanks for looking after my mum".
 */
const THANKED_FOR_CARE = `(for|4) (all )?(the |your |my |our |his |her |ur )?(wonderful |amazing |brilliant |excellent |fantastic |lovely |good |great |kind |fab |superb |successful )?(everything|operation|surgery|op|care|treatment|injection|appointment|consultation|service|kindness|hard work|all (you|u) (do|did|have done|ve done)|looking after (me|us|my ${RELATIVE}|him|her))( (last|this) (year|week|month)| (yesterday|today|last \\w+day|on \\w+day))?`;

/**
 * Whom the thanks are for, by name: "thank you to Mr Cole and his team".
 */
const THANKED_BY_NAME = '(to|2) (mr|mrs|ms|miss|dr|doctor|nurse|sister|prof|professor) \\w+( and (his|her|the|your|all the|all your) (team|staff|nurses|colleagues))?';

/**
 * "hello, I have a question", "hi, can I ask you something": a greeting that announces a question
 * asks nothing yet, and the greeting's reply asks what the patient would like to know. Anything the
 * question is about ("I have a question about fees") is left over, so the message goes on to
 * retrieval.
 */
const ANNOUNCES_A_QUESTION = '(a |one |just a )?(quick|small|little|short|simple) (question|query|q)|(i have|i got|ive got|i have got|got) (a |one |some |a few |few |a couple of |couple of |two |2 |another |one more |more )?(quick |small |little |short |simple |general )?(question|questions|query|queries)|(can|could|may) i ask (you )?(something|a question|some questions|a few questions|you a question|(some |a few |a couple of )?things)|i (want|would like|wanted) to ask (you )?(something|a question|some questions)|i need (some )?(information|info|advice|help)';

/**
 * A word that starts a question or goes on to another clause; the few words a patient thanks for or
 * gives news about ("thanks for the info on sciatica", "better since the injection") never are one,
 * so "thanks for the info on fusion, what now" still asks.
 */
const QUESTION_WORD = '(what|whats|how|hows|why|when|whens|where|which|who|is|are|am|was|were|can|could|should|would|will|do|does|did|has|have|if|but|and|so|please)';
const A_FEW_WORDS = `(the |my |your |that |this |those |these |all |a |an )?(?!${QUESTION_WORD}\\b)\\w+( (?!${QUESTION_WORD}\\b)\\w+){0,2}`;

/** "what's your name", "do you have a name", "what do I call you": the bot's name is what it is. */
const ASKS_ITS_NAME = '(whats|what is|wats|wat is) (your|ur|yer) name|(do|have) (you|u) (have|got) a name|(what|how) (should|do|can|shall) (i|we) call (you|u)';

/**
 * Whether the answers can be trusted and where they come from: "where do your answers come from",
 * "can I trust your answers", "are you trained by doctors", "do you actually know anything about
 * backs". The identity reply says the clinic's team checked them and that each shows its source.
 * "do you know anything about sciatica" asks about sciatica: only the field as a whole ("backs",
 * "this stuff") is doubt about the bot, and a named subject is left over for retrieval. Who checked
 * the answers is read before whether they are checked, so "checked by doctors" is read whole.
 */
const YOUR_ANSWERS = '(you|u|your (answers?|information|info|advice|replies)|the (answers?|information|info)|this (information|info|chat|bot|thing)|this|what (you|u) (say|tell me|told me))';
const THE_WHOLE_FIELD = '(backs?|spines?|discs?|disks?|back (problems|pain)|spinal (problems|stuff)|this( stuff)?|that stuff|medicine|medical stuff|health)';
const ASKS_WHERE_ANSWERS_COME_FROM = [
  `where (do|does|did) ${YOUR_ANSWERS} (get (it|them|that|this|(your|its) (answers?|information|info))( from)?|come from)`,
  '(what|which) (are|is) (your|the) sources?',
  `(can|could|should|do) (i|we) (trust|believe|rely on) ${YOUR_ANSWERS}`,
  `(are|were|is) ${YOUR_ANSWERS} (trained|written|checked|made|programmed|reviewed|approved|taught) by (doctors|a doctor|real doctors|clinicians|experts|professionals|humans|people|the clinic|surgeons|specialists)`,
  `(are|is) ${YOUR_ANSWERS} (reliable|accurate|trustworthy|up to date|correct|checked|reviewed|any good|legit|safe to trust)`,
  `how (do|can|would) (i|we) know (if |whether |that )?(${YOUR_ANSWERS} (is|are)|youre|its|this is) (right|correct|accurate|true|reliable)`,
  `(is|are) ${YOUR_ANSWERS}( advice| information| info)? (from|by|written by|checked by|approved by) (real |actual |qualified )?(doctors|a doctor|clinicians|experts|professionals|specialists|surgeons|the clinic)`,
  `(who|what) (trained|taught|checks|checked|writes|wrote|reviews|reviewed) ${YOUR_ANSWERS}`,
  `(do|does) ${YOUR_ANSWERS} (actually |even |really )?(know|understand) (anything|much|a lot|what (youre|you are) (talking|on) about)( about ${THE_WHOLE_FIELD})?`,
  `(do|does) (you|u) (actually |even |really )?know (anything |much )?about ${THE_WHOLE_FIELD}`,
].join('|');

/** "what topics do you cover", "what subjects can you answer": the identity reply lists them. */
const ASKS_WHAT_IT_COVERS = '(what|which)( kinds? of| sorts? of| types? of)? (topics|subjects|things|areas|conditions|problems|questions|stuff)( else)? (do|can|will|could) (you|u) (cover|answer|help with|deal with|know about|talk about|do)|what (do|can) (you|u) (answer|deal with|talk about)( questions)?( about)?';

/** "can you understand me", "can you read this": whether the bot follows the patient at all. */
const ASKS_IF_UNDERSTOOD = '((can|do|could) )?(you|u) (understand|read|hear) (me|this|what i (say|write|mean|type)|what im (saying|writing|typing))';

/**
 * "can you diagnose me", "can you give me medical advice", "what's wrong with me", "can you
 * prescribe me something": the bot can't, and its reply says so plainly and offers a clinician.
 * "can you give me advice about sciatica" names a subject, which is left over, so the message goes
 * on to retrieval.
 */
const ASKS_FOR_PERSONAL_ADVICE = [
  '(can|could|will|would|do|are) (you|u) (able to |allowed to |qualified to )?(diagnose|examine|assess) (me|us|him|her|my (\\w+ ){0,2}?(back|neck|pain|problem|problems|condition|symptoms|issue|issues|sciatica|leg|legs|case)( (pain|problems?|issues?))?)( (from|based on|by|over|on|through) (what i (tell|told|say|said|write|wrote|describe|type)( (you|u))?|my symptoms|(a |this |the )?(chat|text|message|messages|internet|computer)|here|online))?',
  '(can|could|will|would|do) (you|u) (give|offer|provide) (me |us )?(any |some |proper |real )?(medical|personal|professional|clinical|health) (advice|opinions?)',
  '(can|could|do) (you|u) (give|make) (me |us )?(a )?diagnosis',
  '((can|could) (you|u) (tell me|say) )?(whats|what is) wrong with (me|my (back|neck|spine|leg|legs|disc|discs|body))',
  'is (this|it|what you say) (medical|professional) advice',
  '(are|r) (you|u) (qualified|allowed|able|licensed) to (diagnose|give (medical )?advice|prescribe|treat)',
  // "can you prescribe me something"; "can you prescribe me naproxen" leaves the drug for retrieval.
  '(can|could|will|would) (you|u) prescribe( (me|us))?( (something stronger|something|anything))?',
].join('|');

/**
 * "can you speak spanish", "do you do Polish", "hablas español", "english not good, you speak
 * arabic?": the bot reads and answers English only, and its reply says so.
 */
const LANGUAGE = '(english|spanish|french|german|italian|portuguese|polish|romanian|russian|ukrainian|turkish|arabic|urdu|punjabi|hindi|bengali|bangla|gujarati|tamil|somali|farsi|persian|kurdish|lithuanian|latvian|bulgarian|greek|chinese|mandarin|cantonese|japanese|korean|vietnamese|tagalog|welsh|irish|dutch|swahili|espanol|francais|deutsch|other languages|another language|any other language|other language)';
const ASKS_ABOUT_LANGUAGES = `((can|do|could|will) )?(you|u) (speak|talk|write|reply|answer|understand|read|do|chat|type) (in )?${LANGUAGE}|(can|could|may) (i|we) (write|speak|ask|type|talk|message|chat) (to you |you )?(in )?${LANGUAGE}|(my )?english (is )?((not|no|isnt|is not) (so |very )?(good|great|well)|(very |so |a bit |quite )?(bad|poor|weak|limited|terrible|broken))|(i|me) (dont|do not|no) speak (good |much |very good )?english|(i|me) (speak|understand) (only )?(a )?little english|(sorry )?(for )?my (bad |poor )?english( is (\\w+ )?(bad|poor|weak|limited|terrible|broken|not (so |very )?(good|great)))?|(is|are) (this|there|it) (\\w+ ){0,2}(available |possible )?in ${LANGUAGE}|in ${LANGUAGE} (please|pls|por favor)|(habla|hablas|hablan) (usted )?(espanol|ingles)|parlez vous (francais|anglais)|(sprechen sie|sprichst du) (deutsch|englisch)|(parla|parli) italiano|(fala|falas) portugues`;

/** "do you remember what I asked before", "do u remember me from yesterday", "did you forget what I said", "are my messages saved". */
const ASKS_ABOUT_MEMORY = '((do|can|will|did|would) (you|u) (remember|recall|keep|save|store|see)|(did|have) (you|u) (forget|forgot|forgotten)) (what|anything|everything|our|my)( (i|we) (asked|said|wrote|told you|talked about|spoke about|typed)( (you|u))?| (previous|last|earlier|other|old) (questions?|chats?|conversations?|messages?|answers?)| (messages?|chats?|conversations?|questions?|details|data)| (ive|i have) (asked|said|written|told you))?( (before|earlier|last time|yesterday|previously|already|just now))?|((do|can|will) (you|u) (remember|recall)|(did|have) (you|u) (forget|forgot|forgotten)) me( (from )?(yesterday|before|earlier|last time|last week|the other day))?|(are|is|will|would|do|does) (my|our|these|the) (messages?|chats?|conversations?|questions?) (be |get )?(saved|stored|kept|recorded|deleted)|(does|do|will|would|can|is) (this|the|you|u)( chat| bot| chatbot| app| thing| website| site| system)? (save|store|keep|record|remember|log|saving|storing|keeping|recording) (my|our|these|the|what (i|we)|everything (i|we)|any of (my|the)) (messages?|chats?|conversations?|questions?|details|data|information|info|write|type|say|wrote|typed|said)';

/**
 * Complaints about the last answer: "wrong answer", "that's not what I asked", "you didn't
 * understand me", "that makes no sense", "you keep giving me the same answer", "I don't get it".
 * They ask nothing new, and the reply apologises, suggests other words, and offers a person.
 */
const COMPLAINS_OF_THE_ANSWER = [
  '(thats|that is|this is|its|it is|that was|this was|it was) not (even |quite |really )?(what i (asked|meant|said|wanted|was asking|asked about|asked for|was asking about|need|needed|wanted to know)|my question|the (right |correct )?answer|right|correct|relevant|what im asking( about)?)',
  '(not )?(the |a |that |an )?(wrong|incorrect) (answer|reply|topic|information|info|one)',
  '(thats|that is|this is|its|youre|you are|you got it|you got that) (all |completely |totally )?(wrong|incorrect|not right)',
  'not (the )?(right|correct) (answer|one|topic)',
  'not what i (asked|meant)',
  '(you|u) (still )?(didnt|did not|dont|do not|havent|have not|never) (even )?(understand|get|answer|read|listen to|answered|listened to)( (me|it|that|my question|the question|what i (asked|said|meant|mean|wrote)|what im (asking|saying)|a (single )?word( (i|im|ive) (say|said|saying|write|wrote|writing|type|typed|typing))?))?',
  '(you|u|youve|you have) (misunderstood|misread|missed|misunderstand)( (me|my question|the question|the point|it))?',
  // "can you put that more simply", "in plain english please", "explain it like I'm 5": the answer
  // was too hard, and the reply suggests other words. "can you explain that in plain english, what
  // is an annulus" leaves its question over.
  '(can|could|would|will) (you|u) (please )?(put|say|explain|word|write|phrase|rephrase|repeat) (that|this|it)( again)?( (more )?(simply|simpler|clearly|plainly|differently)| another way| in (plain|plainer|simple|simpler|normal|everyday|easy|easier|laymans|lay) (english|words|terms|language)| but simpler)?',
  '(in )?(plain|plainer|simpler|easier|everyday) (english|words|terms|language)|(explain|say) (it|that|this) (again )?(like|as if) (im|i am) (5|five|a child|a kid)|(more )?simply|simpler|dumb it down|say (it|that) again( but simpler)?',
  '(youre|you are|ur|u r|are you|are u) (even )?not (understanding|listening|getting it|reading)( (me|my question))?|(are|r) (you|u) (even )?(listening|reading)',
  '((that|this|it|which|your answer) (makes|made) (no|zero|little) sense|(that|this|it|your answer) (doesnt|does not|didnt|did not) make (any |much )?sense|makes no sense)( to me)?',
  '(thats|that is|this is|its|it is|that was|this was|it was) (all )?(a bit |way |far |much |just )?(too )?(nonsense|gibberish|confusing|unclear|complicated|technical|complex|hard to (understand|follow)|over my head)( for me)?',
  // "too complicated for me", "far too technical": said of the last answer with no subject.
  '(a bit |way |far |much |just |all )?too (complicated|technical|complex|confusing|difficult|hard|wordy|long|much jargon)( to (understand|follow|read))?( for (me|us|my \\w+))?',
  'i (dont|do not|didnt|did not) (understand|get)( (it|that|this|your answer|the answer|what you (mean|said|wrote)))?|im (so )?confused',
  '(you|u) (keep|kept) (giving|saying|telling|sending|repeating|showing)( me)? (the same|that|this)( (answer|thing|reply|stuff|one))?( (again|over and over|every time))?',
  '((thats|that is|its|this is) (just )?(exactly )?)?(the )?same (answer|reply|thing)( (again|every time|over and over|as (before|last time|earlier|the last one)))?',
  '(you|u) (just |already |keep |keep on )?(repeated|repeating|repeat) (yourself|urself|the same( thing| answer)?|that)',
  // "what?", "huh?", "come again?" said alone after an answer.
  '^(what|wat|wot|huh|pardon( me)?|come again|say (that )?again|you what|what do you mean|wdym)$',
  '(you|u) (already|just) (said|told me) (that|this)',
  // "you silly thing", "stupid machine", "this bot is driving me mad", "about as useful as a
  // chocolate teapot", "waste of my time this". Only the bot is called a thing or a machine, and
  // the idiom names its own objects, so "is physio as useful as surgery" still asks.
  '((you|u|this|what a|stupid|silly|useless) )?(silly|stupid|daft|dumb|thick|useless|rubbish|pathetic|dim|bloody) (thing|machine|bot|robot|computer|app|chatbot|program|system)',
  '((this|the|that|you|u|stupid|silly) ){0,2}((bot|thing|machine|app|chat|chatbot|computer|robot|system) )?(is |are |r )?(driving me (mad|crazy|nuts|insane|up the wall|round the bend|round the twist)|doing my head in|getting on my nerves|winding me up|so (annoying|frustrating|infuriating)|annoying|infuriating|frustrating)',
  '((youre|you are|ur|u r|thats|that is|this is|its) )?(about |just |only )?as (useful|helpful|much use|much help|much good) as (a |an )?(chocolate (teapot|fireguard|kettle)|ashtray on a motorbike|screen door on a submarine|handbrake on a canoe|\\w+ on a (motorbike|submarine|canoe))',
  '(a |an |such a |what a )?(total |complete |utter |absolute )?waste of (my |our |your )?(time|energy|life|breath|evening|morning|afternoon|day|night)( this| that| it)?',
  // "this thing is useless", "the bot is rubbish": the bot named before what it is called.
  '(this|the|that|your) (stupid |silly |daft )?(thing|bot|machine|app|chat|chatbot|computer|robot|system|website|site|program) (is|are|r) (so |really |completely |totally |absolutely |pretty |bloody |just )?(useless|rubbish|pointless|hopeless|stupid|ridiculous|terrible|awful|a joke|no help|no use|not (very |really |much )?(helpful|useful))',
  '(i|ive|i have) (already )?(read|seen|had) (that|this)( (one|answer))?( (already|before))?',
];

/**
 * "help", "can you help me", "start again", "is this working", "how do I use this chat box", "where
 * do I type my question", "testing testing 123", or only "hmm": the patient asks to begin, and the
 * greeting's reply says what the bot answers and asks what they would like to know. "can you help
 * me with my sciatica" leaves its subject over for retrieval, and "does it work?" after an answer
 * asks whether the treatment does.
 */
const ASKS_TO_BEGIN = '(can|could|will|would) (you|u) (please |actually |really |even )?help( me| us)?( or not)?|help( me)?|((lets|can we|could we|shall we|i want to|id like to) )?(start|begin) (again|over|afresh|from (the )?(scratch|beginning|top|start))|restart|reset|(new|another) (chat|conversation)|((is|does) (this|the) (thing|chat|bot|app|website)|(are|r) (you|u)) (even |actually )?(working|work|on|awake)|is this (even |actually )?(working|on)|how (do|does|can|should) (i|you|we) (use|start|work) (this|it|you)( chat box| chatbox| chat widget| chat| thing| box| widget| window| bot| app| website| site)?|where (do|can|should|shall|would) (i|we) (type|write|put|enter|ask|send)( (my|a|the|our|your))?( (question|questions|message|messages|query|text))?|(test|testing)( (test|testing))*( (123|1 2 3|one two three|1 2|one two))?( (this|the)( chat| thing| bot| app)?)?|hmm+|hm+|mm+|um+|erm+|uh+|er';

/**
 * Greetings, thanks and goodbyes in the languages a clinic's patients and their families most often
 * write in when English is not their first language. They are read only when nothing else is left
 * of the message, so "merci, what is sciatica" still goes on to retrieval; a message in another
 * language beyond its greeting falls back, where the reply offers a person.
 */
const GREETING_ABROAD = 'hola|bonjour|salut|ciao|buongiorno|buenos dias|buenas( tardes| noches)?|bom dia|boa tarde|guten (tag|morgen|abend)|namaste|(as ?)?salaa?mu?( ?alaikum)?|shalom|aloha|kia ora|hej|hei|hoi|merhaba|konnichiwa|ni hao|shwmae|bore da|dia duit';
const THANKS_ABROAD = '(muchas )?gracias|merci( beaucoup)?|danke( schon| sehr)?|dankeschon|obrigad[oa]|grazie( mille)?|diolch( yn fawr)?|dank (je|u)( wel)?|dankjewel|tack|takk|kiitos|spasibo|shukran|shukriya|asante( sana)?|arigato|xie xie|dhanyavad|mahalo';
/** "happy new year to you all at the clinic", "merry christmas", "eid mubarak". */
const SEASONS_GREETINGS = '((a |wishing you a |wish you a )?(very )?(happy|merry) (new year|christmas|xmas|easter|holidays|diwali|eid|hanukkah|chanukah|lunar new year|chinese new year|thanksgiving|st patricks day|bank holiday|weekend|friday)( and (a )?happy new year)?|seasons greetings|eid mubarak|ramadan (mubarak|kareem)|happy holidays)';
/** The part of the day a greeting asks after the reader in: "how are you tonight", "hope you're well this evening". */
const THIS_PART_OF_THE_DAY = '( (today|tonight|this (morning|afternoon|evening)))?';
const GOODBYE_ABROAD = 'adios|au revoir|arrivederci|auf wiedersehen|tschuss|hasta (luego|pronto|la vista)|a bientot';

/**
 * A slip, or a question the patient no longer needs: "sorry pressed send by accident", "oops wrong
 * button", "ignore that last message", "nvm", "never mind, sorted it", "sorry autocorrect". The
 * reply says it is no trouble and waits for a question.
 */
/** "I found it very helpful" thanks; "I found it" alone has found what it looked for. */
const NOT_FOUND_HELPFUL = '(?! (so |very |really |most |ever so |extremely )?(helpful|useful|reassuring|clear|informative|interesting))';
const NEVER_MIND = [
  'oops|whoops|oopsie|woops|my bad|my mistake',
  '(i )?(pressed|hit|clicked|tapped|sent|send|typed|pushed) (send|enter|the (wrong )?(button|key)|that|it|this|the wrong thing)( (by|in) (accident|mistake)| too (soon|early|quickly)| accidentally)?',
  '(sent|send) too (soon|early|quickly)|(by|in) (accident|mistake)|accidentally|wrong (button|key|chat|window|person|number|message|box)',
  '(ignore|disregard|delete|forget|scrap) (that|this|my|the|it)( (last|previous|earlier|other|first))?( (message|msg|one|question|text|bit))?',
  `never ?mind|nvm|no worries|(dont|do not) worry( about it)?|(its )?not important|(i )?(figured|worked|sorted) it( out)?`,
  // "found it", "never mind, I found the answer on your website": the patient found it elsewhere.
  `(ive |i have |i )?(found|figured out|worked out) (it|the answer|what i (needed|was looking for|wanted))${NOT_FOUND_HELPFUL}( (on|in) (your|the) (website|site|leaflet|letter|page|faq|faqs)| online| elsewhere| myself)?`,
  // The slip explained: "my grandson was playing with my phone", "meant to send that to my sister",
  // "that was meant for someone else", "the cat walked on the keyboard".
  '(my |the )?(\\w+ )?(was|were|has been|have been|got) (playing|messing|fiddling|typing|mucking about) (with|on) (my|the|his|her) (phone|tablet|ipad|computer|laptop|keyboard|mobile)',
  '(i )?(meant|wanted|was meaning|was trying|was supposed) to (send|write|type|text) (that|this|it)( message)? to (someone else|somebody else|my \\w+|the wrong (person|chat|number|place))',
  '(that|this|it) was(nt| not)? (meant |supposed to be )?(for|to) (someone else|somebody else|my \\w+)',
  '(the )?(cat|dog|kid|kids|baby|toddler) (walked|stood|sat|jumped|got) on (the|my) (keyboard|phone|laptop)',
  '(stupid |silly )?(typo|typos|autocorrect|auto correct|predictive text)',
].join('|');

/**
 * "hey, it's Tom again": a returning patient's name. What comes back or gets worse ("it's back
 * again", "it's worse again", "it's my back again") is news of the pain, not a name.
 */
const ITS_NAME_AGAIN = '(its|it is|this is) (?!(the|my|your|his|her|a|an|that|this|it|me|pain|back|neck|leg|sciatica|worse|bad|sore|painful|hurting|flaring|happening|started|starting|gone|numb|tingling|aching|killing|playing|acting|spasming|locked|stiff)\\b)\\w+( \\w+)? (again|here again)';

/**
 * Checked in this order; the first kind found names the message, and each kind has its own reply
 * (server/answer/replies.ts). Complaints and frustration that ask nothing ("wrong answer", "you're
 * useless", "that didn't help") come before thanks, which would otherwise read the "helpful" in
 * "not helpful" and the "makes sense" in "makes no sense"; their reply apologises and offers a
 * person, which is what an annoyed patient needs to hear. A slip ("never mind, sorted it") and
 * praise ("thanks, you've been a star") come before thanks too, whose "sorted" and "you are welcome"
 * would answer them less well. "think you" is "thenk you" after spelling correction; it can only
 * stand for thanks when nothing else is left of the message.
 */
const SMALL_TALK: { kind: SmallTalk; pattern: RegExp }[] = [
  { kind: 'identity', pattern: new RegExp(`\\b(${ASKS_WHO_ANSWERS} ${BOT_OR_PERSON}( or (${BOT_OR_PERSON}|what|not|${OR_IS_SOMEONE_TYPING}))?|${ASKS_ITS_NAME}|${ASKS_WHERE_ANSWERS_COME_FROM}|${ASKS_WHAT_IT_COVERS}|${ASKS_IF_UNDERSTOOD}|${BOT_OR_HUMAN}|who (made|built|created|designed|programmed|wrote|runs) (you|this( chat| bot| chatbot| thing| assistant| service)*)|(some )?kind of (ai|bot|robot|computer)|(who|what) (are|r|is) (you|u)|whos (this|that|there|you|u)|who is (this|that|there)|what (are|r) (you|u) for|who (am i|im|i am) (actually |really )?(talking|speaking|chatting|writing) (to|with)( here)?|${ASKS_SOMEONE_READS}|what (else )?can (you|u) (do|help( me)?( with)?|tell me( about)?)|how can (you|u) help( me)?|what (sort|kind|type)s? of (things|questions|stuff) can i ask( (you|u))?( about)?|what (else )?can i ask( (you|u))?( about)?|what do (you|u) (do|know|cover)( about)?|how (does|do) (this|the|you|u)( chat| chat box| chatbox| chat widget| widget| bot| chatbot| thing| app| service| system| assistant)? work|(i dont know|im not sure|not sure) how (this|it) works|what is this|${SAYS_IT_IS_A_PROGRAM}|${ASKS_WHO_IS_AT_THE_OTHER_END})\\b`, 'g') },
  { kind: 'personal-advice', pattern: new RegExp(`\\b(${ASKS_FOR_PERSONAL_ADVICE})\\b`, 'g') },
  { kind: 'language', pattern: new RegExp(`\\b(${ASKS_ABOUT_LANGUAGES})\\b`, 'g') },
  { kind: 'memory', pattern: new RegExp(`\\b(${ASKS_ABOUT_MEMORY})\\b`, 'g') },
  { kind: 'misunderstood', pattern: new RegExp(`\\b(${COMPLAINS_OF_THE_ANSWER.join('|')})( at all| whatsoever)?\\b`, 'g') },
  { kind: 'misunderstood', pattern: /\b(((you are|youre|u r|ur|this is|thats|that is|its|you|this|that|it) )?(so |really |completely |totally |absolutely |pretty |bloody )?(useless|rubbish|pointless|hopeless|stupid|ridiculous|terrible|awful|a joke|a waste of time|no help|no use|of no use|not (very |really |much |at all )?(helpful|useful|helping))( at all| whatsoever)?|((that|this|it|you) )?(didnt|doesnt|did not|does not|isnt|is not|wasnt|was not|arent|are not) (really |much )?(help|helping|helpful|useful|answer my question)( at all| whatsoever)?|what a waste of time|ugh|argh|ffs|sigh|pfft|smh|for (goodness|gods|heavens|petes|christs|crying out loud)( sakes?)?|good grief|give me strength|bloody hell)\b/g },
  { kind: 'goodbye', pattern: new RegExp(`\\b(bye|good ?bye|bye bye|see (you|u|ya|yous)( (later|soon|around|next time|tomorrow))?( alligator)?|(after|in) a while crocodile|cya|good night|goodnight|(night|nite|nighty) (night|nite)|im done|${SIGNS_OFF}|take care|speak soon|talk (to you )?(later|soon)|ttyl|all the best|have (a )?(nice|good|great|lovely|blessed|wonderful|fab|safe|good rest of the|nice rest of the) (day|evening|afternoon|weekend|night|one|christmas|holiday)|catch (you|ya|u) (later|soon)|laters?|cheerio|ta ?ra|ta ta|toodle ?(oo|pip)|ttfn|${GOODBYE_ABROAD})\\b`, 'g') },
  { kind: 'never-mind', pattern: new RegExp(`\\b(${NEVER_MIND})\\b`, 'g') },
  { kind: 'praise', pattern: new RegExp(`\\b(${PRAISE})\\b`, 'g') },
  { kind: 'thanks', pattern: new RegExp(`\\b(many thanks|thanks|thank you|thank(?= (for|4)\\b)|thank u|thankyou|thanku|thnku|thx|thnx|tnx|thanx|thks|thnks|tks|tq|ty|tyvm|think you|cheers|god bless( you| u)?|ta|much appreciated|appreciate it|appreciate (the|your|ur|all the|all your) (help|time|info|information|advice|reply|response|answers?)|helps|helped|helpful|useful|great stuff|great|perfect|brilliant|lovely|awesome|nice ?(one|1)|nice|ok|okay|k|kk|cool|got it|understood|i understand|fine|alright|all right|noted|fair enough|sounds good|makes sense|good to know|will do|i see|(that|this|it|you|thats|that has|youve|you have) (answers|answered) (my|the|that|all my) questions?|bless (you|u|ya)( all)?|(i|we) (should|would|d|wish to|want to|wanted to) (like |love )?(to )?thank (you|u)( all)?|(i|we|he|she|they|my \\w+) (found|find) (it|this|that|you|the (answer|answers|information|info|chat)) (so |very |really |most |ever so |extremely )?(helpful|useful|reassuring|clear|informative|interesting)|(i|we|he|she|they|my \\w+) (now )?understands? (it|that|this|things)( (now|better|a lot better|much better))?|thats (what i (needed|wanted)( to know)?|all i needed)|(im|i am) (fine|good|ok|okay|well|great|alright|all good)|lol|lmao|(ha|he){2,}h?|(much )?obliged|thank (ye|ee)|thankee|gotcha|okey ?doke?y?|right ?o|sweet|grand|magic|champion|spot on|smashing|fab|super|wonderful|excellent|fantastic|amazing|tysm|ty so much|ty vm|brill|brills|ace|mint|class|sound|gr8|wicked|cracking|bang on|${RELIEF}|${THANKS_ABROAD}|(you are|youre|thats|that is) (very |so |too )?kind|(for|4) (explaining|clearing (that |this |it )?up|going through|going over|sorting (that |this |it )?out|answering|helping|assisting|replying|responding|(getting|coming) back to (me|us))( (so |very |really )?(quickly|quick|fast|soon|promptly))?( ${A_FEW_WORDS})?|(for|4) (all )?(the |your |you |ur )?((very |so |really |most )?(kind|quick|great|prompt|swift|speedy|fast|rapid|detailed|clear|helpful|thorough|excellent|patient|useful|informative|lovely|brilliant|full|comprehensive|kind and \\w+) )?(time|help|information|informations|info|explanation|explaining|explain|answer|answers|reply|replies|response|responses|assistance|advice|patience|support)( (on|about|re|regarding|with) ${A_FEW_WORDS})?|(for|4) (before|earlier|yesterday|last time|the other day|this morning)|${THANKED_BY_NAME}|${THANKED_FOR_CARE}|${GRATEFUL}|(thats|that is) me (sorted|done|all set|finished))\\b`, 'g') },
  { kind: 'greeting', pattern: new RegExp(`\\b(hi|hello|helo|hallo|hullo|hey|hiya|heya|howdy|gday|greetings|yo|(good ?|gud |gd )?(morning|mornin|afternoon|evening|day)|hi there|hello there|hey there|(how|hw) (are|r) (you|u)( doing| keeping)?${THIS_PART_OF_THE_DAY}|how(s| is) (your|ur) (day|morning|afternoon|evening|night)( going| been)?|hows it going|how is it going|how (are |r )?(you|u|ya) going|hows things|how are things|whats up|wassup|top of the morning|ey ?up|wotcha|watcha|howya|${GREETING_ABROAD}|(are )?(you|u) there|(someone|somebody) (out )?(there|here|around|about|online)|(anyone|anybody)( (out )?(there|here|around|about|online|awake|home))?|${ASKS_TO_BEGIN}|hope (youre|you are|ur|u r|you|your) (all )?(well|ok|okay|good|keeping well|doing well)${THIS_PART_OF_THE_DAY}|((its|it is|this is) )?(just )?me( \\w+)? (again|back)( (from|since) (yesterday|earlier|before|last (week|time|night)|the other day|this morning))?|im back|${SEASONS_GREETINGS}|whats (good|new|happening|occurring|cracking)|sup|wagwan|wag1|(you|u|ya) (alright|ok|okay)|hope (all is|alls|everything is) (well|good)|(i )?(do |sincerely |really )?(hope|trust) (this|my) (message|email|e mail|note|msg|letter) finds (you|u) (well|in good health)|dear (sir or madam|sir madam|sirs|sir|madam|team|all|doctor|colleague|colleagues|receptionist|(mr|mrs|ms|miss|dr) \\w+)|wyd|wbu|hbu|wuu2|${ITS_NAME_AGAIN}|${INTRODUCTION}|${ANNOUNCES_A_QUESTION})\\b`, 'g') },
];

/**
 * Words that may surround small talk without making it a question ("ok thanks so much", "good
 * evening to you"), including the endearments and kisses a message signs off with ("cheers love",
 * "ta duck", "thanks x"), the words that make thanks bigger ("thanks loads", "a million"), the way
 * a patient addresses whoever reads ("hello doctor", "good morning sir"), the spellings "alot"
 * and "mutch" that no correction reaches, what dictation keeps of speech around them ("um",
 * "yeah", "right", "I was just wondering", the "no" of "no that's everything thanks"), and the words
 * that bring the thanks or the news ("I just wanted to say thanks"), read first, the tags and
 * pauses around a question about the bot ("ur a bot arent u", "hang on", "you don't understand a
 * word I say do you"), the honorifics of other languages' manners ("namaste ji", "salam alaikum
 * brother"), and whom the thanks are for ("happy new year to you all at the clinic").
 */
const FILLER = /\b((to|at|in|from) (the|your|all the|all your|everyone at the|all at the) (clinic|team|practice|office|staff|nurses|doctors)|(for|to|with) (me|us)|(im |i am |so )?sorry( to (trouble|bother|disturb) (you|u)| for (the trouble|bothering you|troubling you|the bother))?|most|omg|sm|fr|frfr|ngl|bruh|deffo|(i )?(just )?(wanted|want|would like|d like|wanna|thought id|thought i would|thought i should) (to )?(say|let you know|drop you a (line|note))|arent (you|u|ya)|innit|isnt it|hang on|hold on|wait|sorry|pls|plz|rn|right now|ji|sahib|saab|bhai|didi|aunty|auntie|uncle|just (a quick (note|line|message) )?to (say|let you know)|so|very|much|mutch|a lot|alot|lots|really|again|there|then|and|for|that|thats|it|was|is|has|have|been|all|too|today|your|youve|the|help|actually|oh|ah|well|just|you|u|to|a|kindly|everyone|everybody|folks|guys|mate|love|luv|hun|hon|dear|pal|buddy|partner|duck|pet|hen|chuck|flower|petal|bab|babe|darling|sweetheart|bud|bro|bruv|(my|me) (dear|dears|love|lovely|duck|darling|friend)|dears|sir|madam|maam|madame|monsieur|sirs|to whom it may concern|team|((kind|kindest|best|warm|warmest|many) )?regards|best wishes|yours (sincerely|faithfully|truly)|sincerely|in advance|v|vm|doctor|doc|brother|sister|my friend|friend|fam|m8|boss|chief|x+|please|now|exactly|anyway|indeed|loads|heaps|tons|muchly|bunch|million|mil|ever|honestly|tbh|um+|uh+|erm+|er|hmm+|yeah|yes|yep|ya|no|nope|nah|right|basically|here|i think|i was (just )?wondering|(do|dont|did|didnt|can|cant|will|wont|are|is|isnt) (you|u|ya|it)(?=\s*$))\b/g;

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
/** "call", "ring", "phone" and the spellings no correction reaches ("cal me bak", "fone me", "cll me", "rng me"). */
const CALL = '(call|cal|cll|ring|rng|phone|fone|phn|telephone|contact)';
/**
 * Ways to be reached besides a call: "whatsapp me", "txt me", "dm me", "drop me an email".
 */
const MESSAGE = '(email|e mail|text|txt|message|msg|whatsapp|whats app|dm|facetime|video call|write to)';

/** Who a patient asks for, with the article or the words that come before them ("a member of staff"). */
const A_CLINIC_PERSON = `(a |an |the |your |one of (your |the )?)?(real |actual )?(${CLINIC_PERSON}|member of (the )?(staff|team)|staff member|human|person|nurses|doctors|people)`;
/** Where at the clinic the person works, said after them: "somebody from the spine team", "a nurse at the clinic". */
const FROM_THE_CLINIC = '( (from|at|in|on) (the |your )?(\\w+ )?(team|clinic|office|practice|department|reception|ward|unit))?';
/** Whom a patient demands when they want someone, not something ("I want a doctor NOW"). */
const PERSON_IN_CHARGE = '(doctor|nurse|human|person|surgeon|specialist|consultant|manager|receptionist)';

/** The patient, or the person they write for ("can someone ring her"). */
const THE_ONE_TO_CONTACT = '(me|us|her|him|them)';

/** The patient's own clinicians elsewhere, whom the clinic's staff may be asked to ring: "can the doctor ring my GP". */
const THEIR_CLINICIAN = '(gp|doctor|physio|physiotherapist|pharmacist|consultant|surgeon|district nurse|care coordinator|osteopath|chiropractor)';

/**
 * The wish to be contacted by a person, and the question only a person can answer (is there a free
 * appointment next week): always a hand-off, whatever else the message asks, since the clinic acts
 * on it and no answer does that.
 */
const ASKS_TO_BE_CONTACTED = new RegExp([
  // "please somebody call to me": the "to" a learner of English adds.
  // "could your team call us back": a GP's secretary writes for the practice.
  // "can you call me a taxi" asks for a ride, not a call.
  `${THEIR_OWN_CALLER}\\b(${CALL}|${MESSAGE}) (to )?(me|us)( back| bak| bk)?\\b(?! (a|an) (taxi|cab|minicab|uber|lyft|car|ride|lift)\\b)`,
  // "what is a callback function" asks what the word means.
  '(?<!\\bwhat (is|are|does|do) (a |an |the )?)\\b(call ?back|callback|ring ?back|(call|cll|ring|rng) (bk|bak|bck))\\b',
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
  // A GP's secretary or a carer asks the same for the place they write from: "please ring the
  // surgery", "could the team phone the ward about my dad".
  `\\b((can|could|would|will) (you|(the |a |your )?${CLINIC_PERSON}${FROM_THE_CLINIC})( please)?|please|pls|plz|kindly) (${CALL}|${MESSAGE}) (my ${RELATIVE}|him|her|them|(the|our|my|his|her) (gp )?(surgery|practice|ward|care home|nursing home|office|unit))\\b`,
  // "can the doctor ring my GP about my medication"; "will you write to my GP" asks what the clinic does.
  `\\b((can|could|would) (you|(the |a |your )?${CLINIC_PERSON}${FROM_THE_CLINIC})( please)?|please|pls|plz|kindly) (${CALL}|${MESSAGE}) (my|our|his|her) ${THEIR_CLINICIAN}\\b`,
  '\\bgive me a (quick |short |brief )?(ring|call|bell|buzz|phone call)\\b',
  // "drop me an email when you get a sec", "shoot me a text", "send me a message".
  `\\b(drop|send|shoot|ping|flick) (me|us) (an |a )?(quick |short )?(${MESSAGE}|line|note|call|ring)\\b`,
  // "need a call asap pls", "wud like a call bk", "I'd appreciate a ring": the wish for a call
  // without saying who should make it. "do I need a call before my appointment" and "will I get a
  // call" ask how things go.
  `(?<!\\b(do|does|did|will|would|should|shall|if|when|whether|why|can|could) (i|we|you|they|he|she) )\\b(need|want|like|love|appreciate|request|requesting|prefer|get|im after|i am after) (a |an )?(quick |urgent |phone |telephone |brief |short |video )?(call|ring|phone call|callback|call back|bell|buzz)\\b`,
  // "pls ring 2day", "please phone asap", "please call": the one to ring goes without saying.
  `^(please|pls|plz|kindly) ${CALL}( (back|bk|asap|urgently|now|today|2day|tomorrow|2moro|tmrw|tonight|later|soon|this (morning|afternoon|evening)|when (you|u) (can|get a (sec|minute|moment|chance))|x+))*$`,
  // Waiting in vain for the clinic: "waiting on a call from you guys", "I left a voicemail on
  // Monday and heard nothing", "I emailed reception twice and no reply", "can u chase it up".
  `\\b(waiting|waited) (on|for) (a |the |my |your |that |this )?(call|ring|phone call|reply|response|answer|email|message)( back)? from (you|u|you guys|yous|the clinic|your clinic|the (team|office|secretary|surgeon|consultant|nurse)|your (team|office|secretary|surgeon|consultant|nurse)|reception|(dr|mr|mrs|ms|miss) \\w+)\\b`,
  `^(?=.*\\b(i|we)( have| ve| had)? (left|sent|emailed|rang|called|phoned|messaged|wrote)( \\w+)? (you|the clinic|the office|reception|the team|the secretary|your \\w+|a (voicemail|message|voice message|msg|email)|(several|two|three|many|loads of) (voicemails|messages|emails)|twice|(\\w+ )?times)\\b)(?=.*\\b(heard nothing|not heard|havent heard|no (reply|response|answer|call back|callback)|nobody (has )?(called|rang|replied|got back)|no one (has )?(called|rang|replied|got back)|still waiting|still nothing|nothing back)\\b)`,
  '\\b(can|could|would|will|please|pls|plz) (you|u|someone|somebody|the team|reception) (please )?chase (it|this|that|them|things) up\\b|\\bchase (it|this|that) up for (me|us)\\b',
  // "I'd appreciate a phone call from someone", "any chance of a call from the surgeon's
  // secretary"; "I got a call from the surgeon" tells what happened, so only a wish counts.
  `\\b(appreciate|like|love|want|need|get|arrange|request|chance of) a (quick |short |brief |phone |telephone )?(call|ring|phone call|callback) from ${A_CLINIC_PERSON}`,
  '\\b(get back to|reach out to|(get|be) (back )?in touch with) me\\b',
  // "please get in touch about booking", "kindly be in touch": asked of whoever reads, the one to
  // contact goes without saying; "please get in touch with my GP" names someone else.
  '\\b(please|pls|plz|kindly) (do )?(get|be) (back )?in touch\\b(?! with (?!(me|us)\\b))',
  // Text-speak: "hmu", "hit me up", "gimme a call".
  '\\b(hmu|hit me up|holla at me|gimme a (call|ring|bell|buzz|shout))\\b',
  // "please can a nurse get in touch", "could someone from the team reach out"; "could the surgeon
  // get in touch with my GP" asks for someone else to be contacted.
  `\\b(can|could|would|please|pls|plz) ${A_CLINIC_PERSON}${FROM_THE_CLINIC} (please |just )?((get|be) (back )?in touch|reach out|touch base)\\b(?! with (?!(me|us|him|her|them)\\b))`,
  // "I'll send my number later, please have someone call", "could you ask the nurse to ring".
  `\\b(please|pls|plz|can you|could you|would you) (have|get|ask) ${A_CLINIC_PERSON}${FROM_THE_CLINIC} (to )?${CALL}\\b`,
  // A message left for the staff, or for one of them by name ("message for Sister Jones: ...",
  // "can I leave a note for Priya", "please let Mr Cole's team know", "tell Nurse Carol").
  '\\b((pass|leave|give|send|get) (on )?a (message|note|msg) (to|for)|take a (message|note))\\b|^(a )?(message|note|msg) (for|to)\\b',
  // "please pass my thanks on to Mr Cole and his team": only the staff can hand it on.
  '\\b(pass|send|give) (on )?(my|our) (thanks|thank you|gratitude|regards|best wishes|best|love|compliments|appreciation)( on)? to\\b',
  '\\b(can|could|would|will|please) (you )?(pass|hand) (this|that|it|these|them|something|a message) on\\b',
  // "Mr Cole was brilliant, please tell him".
  '\\b(please|pls|plz|can you|could you|would you) (tell|let) (him|her|them)( know)?$',
  `\\blet (the |your )?${CLINIC_PERSON}( \\w+)?( team| secretary| office)? know\\b|\\b(can|could|would|will|please) (you )?(tell|ask) (the |your )?${CLINIC_PERSON}\\b|^tell (the |your )?${CLINIC_PERSON}\\b`,
  // "is Dr Whitfield in today": only the clinic knows who is in.
  '\\bis (dr|doctor|mr|mrs|ms|miss|nurse|sister|professor|prof) \\w+ (in|around|about|available|working|there|on duty)\\b',
  // "is the physio in today?"; "is the surgeon available for second opinions" asks about a service.
  '\\b(is|are) (the|my|your) (physio|physiotherapist|nurse|surgeon|consultant|specialist|doctor|receptionist|secretary|physios|nurses|surgeons|doctors|consultants) (in|around|about|available|working|there|on duty|on call|free)( (today|tomorrow|tonight|now|this (morning|afternoon|evening|week)|on \\w+days?))?$',
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
  `${NOT_THE_PATIENT_ASKING}\\b(talk|tok|speak|chat) (to|with|w|2) (a |an |the |your |my (surgeon|consultant|specialist)|${SOMEONE}|person|human|real|reel|actual|doctor|nurse|staff|reception|receptionist|secretary|surgeon|specialist|consultant|physio|team|office|one of (the|your)|whoever|whoevers|who ever|(dr|mr|mrs|ms|miss|sister|prof|professor) \\w+)`,
  // A learner of English leaves out the "to": "me want talk doctor please", "need speak someone urgent".
  // Text-speak writes "to" as "2": "need 2 talk 2 sum1 real".
  `\\b(want|need|wanna|must|like|let me) (2 )?(talk|speak|tok|chat|discuss) (with |2 )?(a |an |the |your )?(${SOMEONE}|${PERSON_IN_CHARGE}|staff|nurse|physio|secretary)\\b`,
  '\\b(prefer|rather|sooner) (speaking|talking|chatting) (to|with)\\b',
  `\\b(like|love|want|need|prefer|rather|sooner|let me) (to )?(discuss|go through|go over|talk (\\w+ )?(over|through)|run (\\w+ )?(past|by)) ((this|it|that|things|them|everything|my \\w+( \\w+)?|the \\w+) )?with ${A_CLINIC_PERSON}`,
  // "I'd like a quick word with Mr Ahmed", "need a word with someone about my bill"; "do I need a
  // chat with the surgeon before surgery" asks how it goes.
  `(?<!\\b(do|does|did|will|would|should|if|when|whether) (i|we|you) )\\b(have|get|like|love|want|need|appreciate|request|arrange) a (quick |short |brief |private |little |proper )?(word|chat|talk|natter|conversation|discussion) (with|to) ${A_CLINIC_PERSON}`,
  // "I need someone to explain what a bulge is" and "...to tell me if sitting is bad for a disc" ask
  // about the subject; "...to tell me what my MRI means" or "...what to do" need a person.
  `${NOT_DENIED}\\b(wants?|likes?|love|prefers?|needs?|rather|would like) ${A_CLINIC_PERSON} to (explain|go through|go over|talk|discuss|tell|answer)\\b(?! (me |us )?(what|how|why|when|which|where|if|whether) (?!(my|i|im|ive|id|me|mine|our|his|her|he|hes|she|shes|we|to)\\b))`,
  // "is there a nurse on duty I could speak with", "is there a doctor on call tonight".
  `\\b(is|are) there (a |an |any )?(real |actual )?(${CLINIC_PERSON}|person|human|people|nurses|doctors)( there| here| around| about| available| free| on duty| on call| in| working| in the (clinic|office|building)| on the (phones?|line|desk))?( (today|tonight|now|right now|at the moment|this (morning|afternoon|evening)))?( (i|we) (can|could|might|may) (actually |just |really |possibly |maybe |perhaps )?(ask|talk|speak|chat|ring|call|phone|discuss|go through|run)\\b|$)`,
  // "who do I speak to about my results" needs a clinician; "who do I speak to about an invoice"
  // asks who handles bills, which the clinic's own entry answers.
  `\\bwho (do|can|should|could|would) (i|we) ((speak|talk|chat) (to |with )?about|discuss) (my|our|his|her|the) (\\w+ )?${PERSONAL_CARE}\\b`,
  '\\b(free|available) (for a (quick )?(chat|call|word|talk)|to (talk|chat|speak))\\b',
  `\\b(get|put) ${A_CLINIC_PERSON} on( the (phone|line))?( please| pls| plz)?($| the (phone|line))`,
  // "is a physio a real doctor" asks about the physio.
  // "I'm a real person with real pain" tells who the patient is.
  // "do real people get better from sciatica" asks about people like the patient.
  '(?<!\\b(is|are|was|were) (?!there\\b)(\\w+ ){1,3}|\\b(im|i am|were|we are|hes|he is|shes|she is|theyre|they are) (just )?(a |an )?|\\b(do|does|did|have|has|how do|how does|how many|most|many) )\\b(real|reel|actual|live) (person|human|people|doctor)\\b',
  // "I want a doctor NOW", "get me a human"; "do I need a surgeon" asks whether. What the person
  // should do ("I want a surgeon to review my MRI") or give ("a specialist opinion") is read by
  // the patterns for those and by retrieval.
  `(?<!\\b(do|does|will|would|should|if|when|might|may) )\\bi (want|need|demand|would like|d like) (a |an |the |your )?(real |actual |proper )?${PERSON_IN_CHARGE}\\b(?! to | (opinion|review|referral|letter|note|report|assessment)s?\\b)`,
  `\\b(get|find|fetch) me (a |an |the |your )?(real |actual |proper )?(${PERSON_IN_CHARGE}|${SOMEONE})\\b`,
  '\\b(i (want|would like|d like|wish|need|wanna)|id like|id love|i would love|i (have|must|will have) to|im going to|im gonna) to (complain|(make|file|lodge|raise|put in|submit|register) (a |an )?(formal |official )?complaint)\\b',
  // "complaint: I was kept waiting 2 hours", "I have a complaint about reception".
  '^(a |formal |official )?complaint\\b|\\bi (have|ve got|got) (a |an )?(formal |official )?complaint\\b',
  // Frustration at having had no answer asks for one: "nobody has called me", "no one has rung me
  // back", "you never answer the phone", "I still haven't heard back".
  '\\b(nobody|no one|noone|no body)( has| have| had|s)?( ever| yet| still)? (called|rung|rang|phoned|contacted|emailed|texted|replied to|answered|got back to|gotten back to|been in touch with|returned my (calls?|messages?)|rebooked|rescheduled) (me|us)\\b',
  // "...but nobody rang", "the call I was promised never came": a call that did not come needs no
  // one named; "I was supposed to receive a call yesterday" is the same complaint.
  '\\b(nobody|no one|noone|no body)( has| had)?( ever| yet| still)? (called|rung|rang|phoned|rebooked|rescheduled|got back|been in touch)( back)?$',
  '\\b(i|we) (was|were) (supposed|meant|due|promised|told (i|we) would|told (id|wed)) (to )?(get|receive|have|be given)( a| my| the)? (call|ring|phone call|callback|call back)\\b',
  '\\b(never|nobody|no one|noone|doesnt|dont|does not|do not|wont|will not)( ever)? (answers?|picks? up) (the |your |my )?(phones?|calls?)\\b',
  '\\b(havent|have not|hasnt|has not|never) (heard back|been (called|rung|contacted)( back)?|had a (call|reply|response|callback)( back)?)\\b',
  '\\b(want|need|prefer) (a |an )?(human|person)\\b',
  // "I need someone today", "I just need somebody to talk to"; "I need someone to explain what a
  // bulge is" asks about the bulge.
  `\\bi (really |just |urgently )?(need|want) ${SOMEONE}( (today|now|asap|urgently|right now|quickly|soon|tonight|this (morning|afternoon|evening)|please|pls|to (talk|speak|chat) (to|with)|to (help|see) (me|us)))*$`,
  '\\b(human|person|agent|operator|receptionist) (please|pls|plz)\\b',
  '^(a |an |the |real |live |actual )?(agent|human|operator|receptionist|reception|person|nurse|staff)s?( please| pls| plz)?$',
  '\\b(put|connect|transfer|pass) me (through )?(to|with)\\b',
].join('|'));

/**
 * A complaint about how the clinic treated the patient, said without the word "complaint": "the
 * receptionist was really rude to me on the phone", "I'm really unhappy with the service I got".
 * Only someone at the clinic can answer it. "My surgeon" is left out, being often someone else's,
 * and a complaint that comes with a question ("the surgeon was dismissive, should I get a second
 * opinion?") is answered (see detectHandoff).
 */
const COMPLAINS_OF_THE_CLINIC = new RegExp([
  `\\b(the|your|ur|that|this) (staff|team|nurses?|doctors?|receptionists?|reception|surgeons?|consultants?|physios?|secretary|secretaries|people|manager|(lady|man|woman|girl|guy) (on|at) (the )?(phone|desk|reception|front desk))( (on|at) (the )?(reception|desk|front desk|phone))? (was|were|is|are|has been|have been|been) (so |very |really |extremely |incredibly |quite |bloody |absolutely |just |rather )?(rude|unhelpful|dismissive|abrupt|short with (me|us)|horrible|nasty|unprofessional|condescending|patronising|patronizing|awful|terrible|disrespectful|aggressive|arrogant|impolite|obnoxious|uncaring|useless|unkind|cold)\\b`,
  '(\\b(im|i am|were|we are|i was|we were|i feel|iam)|^)( ?(very|really|so|extremely|most|deeply|quite|not at all|totally|thoroughly))* ?(unhappy|not happy|disappointed|disgusted|appalled|furious|fuming|livid|angry|annoyed|upset|dissatisfied|not satisfied|shocked) (with|about|at|by) (the |your |this |how )?(service|care|treatment|way|clinic|staff|reception|receptionist|team|communication|wait|waiting|i was (treated|spoken to))\\b',
].join('|'));

/**
 * "how much is it to speak to a surgeon", "is there a fee to talk to the specialist": the price is
 * what the fees entry answers, with the call back. "I'd like to speak to someone about the cost of
 * surgery" asks for the person, and "how much surgery costs" names what the talk is about.
 */
const ASKS_THE_PRICE = /\b(how much (is|does|would|will|do|to|for|it)|what (does|would|will|do) (it|that|this|they|you) (cost|charge)|(is|are) there (a |any )?(fee|fees|charge|charges|cost|costs)|do (you|u|they) charge|is (it|that|this) free|(does|do|would|will) (it|that|this) cost|what (is|are|s) the (cost|price|fee|charge)s?)\b/;

/** A question asked alongside a complaint: "should I get a second opinion", "what can I do". */
const ASKS_ALSO = /\b(what|whats|why|when|where|which|how (do|does|can|could|should|long|much|often|soon))\b|\b(should|can|could|do|does|is|are|will|would) (i|we|it|that|this|there|they|you)\b/;

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

/**
 * "is there anyone I can ring at the weekend", "who can I talk to out of hours": whom the patient
 * can ring while the clinic is closed is what the opening-hours entry says (NHS 111, the call-back
 * on reopening). "Is there a doctor on call tonight" asks for a person.
 */
const ASKS_WHO_ANSWERS_OUT_OF_HOURS = /^(?=.*\b((is|are) there \w+( \w+)? (i|we) (can|could|should|might) (ring|call|phone|contact)|who (do|can|should|could|would) (i|we) (ring|call|phone|contact|talk to|speak to))\b).*\b(weekends?|tonight|overnight|at night|night time|out of hours|after hours|bank holidays?|when (you are|youre|the clinic is|its) (closed|shut))\b/;

/**
 * "can I talk to the specialist by video instead of coming in": whether a consultation can be held
 * remotely is what the remote-review entry answers.
 */
const ASKS_IF_REMOTE = /\b(can|could|may|is it possible|do you|is there)\b.*\b((by|over|via|on) (video|zoom|teams|skype|facetime|a video call)|(instead of|rather than|without) (coming|travelling|going|having to come) in|remotely)\b/;

/** With the misspellings the corrector leaves ("apointment", "appoinment"). */
const APPOINTMENT = '(appointment|apointment|appointmant|apointmant|appoinment|apoinment|appoitment|appt|consultation|consult|follow up|check up|visit)';
const I_WOULD_LIKE = '(i (want|wanna|need|would like|would love)|id (like|love|want)|im (after|looking for))';
/** The "to" is optional: "i want make appointment", "I need see doctor", as learners of English write. */
const I_WOULD_LIKE_TO = '(i (want|need|would like|would love)( to)?|i (would )?wish to|i (am looking|was hoping|am hoping) to|i wanna|id (like|love|want) to|im (looking|hoping|wanting) to)';

/** A letter's way of asking: "I would be grateful if you could arrange an appointment for my mother". */
const GRATEFUL_IF_YOU_COULD = '(grateful|thankful|obliged|appreciate it) if (you|u) (could|would|can)( please)?';

/**
 * The wish to be booked in or seen, and advice the patient was given to see someone: "I'd like an
 * appointment", "can I see the surgeon", "schedule me a consultation", "my GP told me to speak to a
 * surgeon".
 */
const WISH_FOR_APPOINTMENT = new RegExp([
  `\\b(${I_WOULD_LIKE} (an |a |another |my |a new |a first )?${APPOINTMENT}|${I_WOULD_LIKE_TO} (book|make|arrange|schedule|get|have|set up|request) (an |a |another |my |a new |a first )?${APPOINTMENT})\\b`,
  `\\b${I_WOULD_LIKE_TO} (see|be seen by|come in and see|come in to see|visit) (a |an |the |your |one of your )?${CLINIC_PERSON}`,
  // "can I book a follow-up?" asks whether and how, which the booking entry answers with the call back.
  `\\b(can|could|may) (i|we) (get|have|hav|make|arrange|schedule) (an |a )?${APPOINTMENT}\\b`,
  // "please make for me an appointment", "can you book appointment for me".
  `\\b(please|can you|could you|would you|can u|could u|${GRATEFUL_IF_YOU_COULD}) (make|book|arrange|schedule|get|give|sort|sort out|organise|organize|set up) (for me |me )?(an |a )?${APPOINTMENT}\\b`,
  `\\b(can|could|may) (i|we) (see|come in and see|come and see|come in to see|be seen by) (a |an |the |your |one of your )?${CLINIC_PERSON}`,
  `\\b(${I_WOULD_LIKE_TO}|(can|could|may) (i|we)) (come in|pop in|be seen|book (myself |ourselves )?in)\\b`,
  // "please arrange for me to see the consultant".
  `\\b(arrange|organise|organize|sort( out)?|set up) (for )?(me|us) to (see|be seen by|meet|talk to|speak to|speak with|have a (chat|word|talk) with) ${A_CLINIC_PERSON}`,
  // "can you book me a taxi", "book me a table for two": something booked that no clinic offers.
  `\\b(book me(?! (a|an|some|two|2) (?!(\\w+ )?(${APPOINTMENT}|slot|session|space|time|date|scan|mri|injection|op|operation)\\b))( in)?|(schedule|fit|squeeze|pencil) me in|(schedule|get|make|give) me (an |a )?${APPOINTMENT}|put me down for)\\b`,
  // "my partner wants an appointment with the surgeon": the wish of the person the patient writes for.
  `\\b(my|our) ${RELATIVE} (wants|would like|needs|is after|is looking for) (an |a |another |a new |a first )?${APPOINTMENT}\\b`,
  // The patient asks for someone else's booking: "id like to get my mum booked in", "book my dad in
  // please", "could I get my husband an appointment with Mr Cole please". Without the "please",
  // "can I book my dad in" asks whether someone else can be booked, which the booking entry answers.
  `\\b(${I_WOULD_LIKE_TO}|please|pls|plz) (get|have) (my ${RELATIVE}|him|her|them) (booked( in)?|seen|in|(an |a )?${APPOINTMENT})\\b`,
  `\\b(can|could|may) (i|we) (get|have|book) (my ${RELATIVE}|him|her|them) (booked( in)?|seen|in|(an |a )?${APPOINTMENT})\\b(?=.*\\b(please|pls|plz)\\b)`,
  // "can you book him in" asks the clinic to; "can I book him in" and "do you book them in" ask whether.
  `(?<!\\b((can|could|may|do|does|should|how|will|would) (i|we)|(do|does|should|how|will) you) )\\b(book|fit|squeeze|pencil|get) (my ${RELATIVE}|him|her|them|us) in\\b|\\b(please|pls|plz|can you|could you|can u|could u) book (my ${RELATIVE}|him|her|them|us) (for|with) \\w+`,
  `${REPORTED_ADVICE}(talk|speak|see) (to |with )?(a |an |the |your |one of your )?${CLINIC_PERSON}`,
].join('|'));

/**
 * "can I make an appointment for my daughter" asks whether someone else can be booked, which the
 * booking entry answers; "please can you sort an appointment for my mum" asks the clinic to do it.
 */
const ASKED_FOR_SOMEONE_ELSE = `(for (my|our) ${RELATIVE}|for someone else)(?<!\\b(please|pls|plz|can you|could you|would you|can u|could u|${GRATEFUL_IF_YOU_COULD})\\b.*)`;

/**
 * Where information ends and a request begins. "How do I book?", "can I book online?", "do I need a
 * referral to see a surgeon?" ask how booking works, and the clinic-appointment entry answers them
 * (with a call-back offer). "I'd like an appointment", "can I see the surgeon", "book me in" ask for
 * the booking itself, and start the hand-off. A wish to be booked that comes with a question (how,
 * when, whether, cost, the wait, a referral, online or by video, for someone else, a change to an
 * existing appointment) gets its question answered: the lead form would leave it unanswered, and
 * the answer offers the call back. Learners of English ask "how i can book" and "how is possible".
 * Advice reported with a doubt ("my surgeon said I should see a physio first, is that normal") asks
 * about the advice. A wish to be contacted ("call me", "speak to someone") is never held back this
 * way.
 */
const ASKS_HOW_BOOKING_WORKS = new RegExp(`\\b(how (do|does|can|could|would|soon|long|much|quickly|quick|fast|far|is|i|we|to)|is (that|this|it) (normal|usual|necessary|needed|right|true|common|standard|a good idea|wise|sensible|worth it)|does (that|this|it) mean|do i (need|have|get)|does it|can i just|is it possible|is there|are there|what (is|are|happens|should|do|does|will|would)|when (can|could|is|are|do|will|would)|where (do|is|are|can)|which|whats|hows|whens|wheres|do you|are you|will i|will it|would i|would it|should i|whether|online|website|video|remote|virtual|by phone|on the phone|over the phone|by email|instead|${ASKED_FOR_SOMEONE_ELSE}|referral|refer|cost|costs|price|fee|fees|charge|pay|paying|insurance|(the|a) wait|waiting (list|time)|(change|move) (my|the|an|this) (appointment|appt|consultation|booking|date|time)|cancel|reschedule|rearrange|postpone)\\b`);

/**
 * A booking at another business ("book me in at the dentist", "I want to make appointment at the
 * hairdresser", "an appointment with the vet for my cat", "book me a hair appt") is not for this clinic. Read just after
 * the wish, where its place is named, so that "I hurt it at the gym" later in a story does not hold
 * back the wish to see a physio. The wish's last word may be cut short ("physio" of
 * "physiotherapist"), so the rest of it is skipped first.
 */
const BOOKED_ELSEWHERE = new RegExp(`^\\w* ((\\w+ ){0,2}(at|with|for) (the |a |an |my |our |your |his |her )?(\\w+ )?|(a |an )?)(${[...OTHER_SUBJECT_WORDS, ...OTHER_PLACE_WORDS].join('|')})s?\\b`);

/**
 * "can I get an appointment on a Saturday", "can i get an appt 2moro": whether there is room at a
 * time is what the booking entry answers (how soon, the hours, the call back); "can I have an
 * appointment with the surgeon" asks for one.
 */
const ASKS_IF_THERE_IS_ROOM = new RegExp(`\\b(can|could|may) (i|we) (get|have) (an |a )?${APPOINTMENT} (on |at |in |for |this |next |before |after |during |over )?(the |a )?(today|tonight|tomorrow|2moro|tmrw|tomoz|weekends?|\\w+days?|evenings?|mornings?|afternoons?|week|month|soon|quickly|same day|bank holidays?|short notice|\\d+)\\b`);

/** What a clinic holds on a patient: results, reports, letters, images, a referral. */
const RECORD = '(results?|reports?|scans?|mri( scan)?|x rays?|ct( scan)?|bloods?|blood (tests?|results?)|letters?|referral|images|films|cd|paperwork|forms?|notes)';
/** The patient's, or the person's they write for ("my husbands results"). */
const OWN = '(my|our|his|her|their)( \\w+s)?';
/** What a patient has booked with the clinic. */
const BOOKED = `(${APPOINTMENT}|booking|slot|session|scan|mri|injection|operation|op|surgery|procedure)`;
/** "my 3 oclock", "the half two": a booking named by its time. */
const CLOCK_TIME = '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half \\w+)( \\d+)?( ?(oclock|o clock|pm|am))';
/** "my appointment", "Thursday's appointment", "the time of my appointment", "my 3 oclock". */
const WHICH_BOOKING = `(my|our|his|her|the|this|that|tomorrows|\\w+days) ((\\w+ ){0,2}?${BOOKED}|(time|date|day)( (of|for) (my|our|his|her|the) (\\w+ )?${BOOKED})?|${CLOCK_TIME})`;
const CHANGE = '(cancel|move|change|reschedule|re schedule|resched|rearrange|re arrange|rebook|re book|postpone|put off|push back|bring forward|swap|switch|amend|shift)';
/**
 * Said of a booking even with nothing after them: "I'll have to cancel, my son is ill", "I need to
 * rebook"; "I want to change my diet" is not one.
 */
const CANCEL = '(cancel|reschedule|re schedule|resched|rearrange|re arrange|rebook|re book|postpone)';
/** "push my op back a couple of weeks", "bring my appointment forward". */
const CHANGE_AROUND = `(push|put|bring|move) ${WHICH_BOOKING} (back|forward|off)`;
/** The new time a change names: "to next week", "to a morning", "on Friday instead". */
const TO_A_TIME = '(to|till|until|for|from|on|by|back|forward|later|earlier|another|a (later|different|earlier)|today|tomorrow|tonight|next|this|\\w+day)';
/**
 * Not being able to come, told outright ("I won't be able to make it") or as a doubt ("I don't
 * think I can make my appointment on Friday", "not sure I'll make my physio", "I doubt we can
 * come in tomorrow"): either way the staff are to change the booking.
 */
const CANNOT_COME = '(cant|cannot|couldnt|wont|will not|(wont|will not|am not|im not|are not|arent|is not|isnt) (be )?able to|am unable to|im unable to|(am|im) not (going to|gonna))';
/** "he's not well enough to come", "she's too poorly to make it". */
const TOO_UNWELL_TO = '(not (well|fit|strong|mobile) enough|too (ill|unwell|poorly|sick|sore|stiff)( (for|4) (me|him|her|them|us))?) to';
const DOUBTS_COMING = '((dont|do not) think|not sure( if| whether)?|doubt( if| whether)?) ((i|we|he|she)( can| could| will| am going to| are going to| is going to)?|ill|well|hell|shell)( be able to)?';
/** "about 15 mins late", "10 min late", "5 mns late". */
const MINUTES = '(minutes?|mins?|mns)';
/** Who is asked to do something for the patient: "can u move my appt", "could the secretary...". */
const YOU_OR_STAFF = `(you|u|ya|${A_CLINIC_PERSON})`;

/**
 * What only the staff can look up about the patient's own records: the state of their results ("has
 * my MRI report come back", "results back yet?", "when will I get my results", "I'm waiting for my
 * results, any news?"), what the clinic has received ("did you get the MRI images I sent", "I posted
 * the CD of my MRI, has it arrived"), their own booking ("what time am I booked in for", "I've lost
 * my appointment letter"), and their own scan or results gone through by a clinician ("can someone
 * go through my MRI with me", "I need my scan results explained by a specialist"). How results work
 * in general ("how long do results take") is not here: retrieval answers it.
 */
const ABOUT_OWN_RECORDS = new RegExp([
  `\\b(has|have|is|are|did) (${OWN}|the) (\\w+ ){0,2}?${RECORD} (come back|came back|back|ready|arrived|arrive|turned up|come through|through|available|been (sent|received|reported|looked at|read|checked|done|seen)|in yet|in$)`,
  `^((my|the|any) )?(\\w+ )?${RECORD} (back|in|ready|through|arrived)( yet)?$`,
  // "when will I get my results"; "when do you get the results of an MRI" asks how it goes for anyone.
  `\\bwhen (will|would|do|can|should|shall|am) (i|we) (get|receive|hear|have|see|know|be (told|given|sent)|hear back)( about| back| from you about)? (${OWN} (\\w+ ){0,2}?${RECORD}|the (\\w+ )?${RECORD} (of|from|for|on) ${OWN})\\b`,
  `\\bany (news|word|update|updates|luck|progress)( yet)? (on|about|re|regarding|with|for) (${OWN}|the) (\\w+ ){0,2}?(${RECORD}|${BOOKED}|date)\\b`,
  // "I'm waiting for my results from last week, any news?", "its been ages since my scan and ive
  // heard nothing"; "I'm getting anxious waiting for my MRI results" asks nothing of the staff.
  `^(?=.*\\b((waiting|waited)( \\w+){0,3}? (for|on)|since) ${OWN} (\\w+ ){0,3}?(${RECORD}|${BOOKED}|date)\\b)(?=.*\\b(any (news|word|update|updates)|heard (anything|nothing)|not heard|havent heard|no news|how much longer|still nothing|nothing yet|when will|whats (going on|happening|the (hold up|delay)))\\b)`,
  `\\b(chasing|chase|chased)( up)? (${OWN}|the) (\\w+ ){0,2}?(${RECORD}|${BOOKED}|date)\\b`,
  `\\b(did|have|has) (you|u|you guys|the clinic|the team|the surgeon|the doctor|the consultant|the office|reception|anyone|someone|somebody|dr \\w+|mr \\w+|mrs \\w+|ms \\w+) (ever |actually |already )?(get|got|receive|received|had|see|seen) (${OWN} (\\w+ ){0,2}?(${RECORD}|emails?|messages?|voicemails?|fax|photos?|pictures?|documents?|details)\\b|the \\w+( \\w+)? (i|we|${OWN} \\w+) (sent|emailed|posted|uploaded|faxed|dropped off|left|brought|forwarded))`,
  `^(?=.*\\b(i|we|my \\w+) (posted|sent|emailed|uploaded|faxed|dropped off|dropped in|forwarded)\\b)(?=.*\\b((has|have|did) (it|they|this|that|them|these) (arrived|arrive|come|came|got there|reached you|been received|turned up)|(did|have) (you|u) (get|got|receive|received) (it|them|this|that|these)\\b))`,
  `\\bwhat (time|day|date) (is|s) (my|our|his|her) (\\w+ )?${BOOKED}\\b|\\b(what|which) (time|day|date) (am i|are we|is (he|she|my \\w+)) (booked|down|due|seeing|coming)\\b|\\bwhen (is|s) (my|our|his|her) (\\w+ )?${BOOKED}( (date|time|day))?( (again|booked|booked in|scheduled|due|for))?$`,
  `\\b(lost|misplaced|forgot|forgotten|cant find|never got|never received|didnt get|didnt receive|havent (got|received)) (my|our|his|her|the) (\\w+ )?(appointment|booking|confirmation)( (letter|details|time|date|email|text))?\\b`,
  // "can the doctor explain my report to me", "can someone go through my MRI with me"; "can someone
  // explain what a bulging disc is" asks about bulges, and "can you explain my MRI report" asks the
  // bot, which explains the words of a report.
  `\\b(can|could|would|will|please) ${A_CLINIC_PERSON}${FROM_THE_CLINIC} (please |just )?(explain|go through|go over|talk (me |us )?through|run through|tell (me|us)( about)?|discuss|interpret|make sense of) (the (\\w+ )?(results?|report) (of|from|on) |what )?${OWN} (\\w+ ){0,2}?(${PERSONAL_CARE}|${RECORD})\\b`,
  // "can someone look at my results and tell me what they mean": results only the clinic holds. A
  // scan or its report can be sent for review ("can someone read my MRI report and tell me what it
  // means"), which the review entry explains.
  `\\b(can|could|would|will|please) ${A_CLINIC_PERSON}${FROM_THE_CLINIC} (please |just )?(look at|have a look at|take a look at|check|read|go over) ${OWN} (\\w+ ){0,2}?(results?|bloods?|blood tests?|letters?|notes|paperwork) (and|to|then) (tell|explain|let) (me|us)\\b`,
  `\\b${OWN} (\\w+ ){0,2}?(${PERSONAL_CARE}|${RECORD}) (explained|gone through|gone over|talked through|interpreted|read) (to (me|us) )?(properly )?(by|with) ${A_CLINIC_PERSON}`,
  `\\b(${I_WOULD_LIKE}|i need) ${OWN} (\\w+ ){0,2}?(${PERSONAL_CARE}|${RECORD}) (explained|gone through|gone over|interpreted)\\b`,
].join('|'));

/** Where a note for work or an insurer ties to the clinic's care: "after my op", "I had surgery with you". */
const THE_CLINICS_CARE = `\\bwith (you|u|your (surgeon|consultant|team|clinic))\\b|\\b(after|since|following|for|from|about) (my|the|his|her|our) (\\w+ )?(op|operation|surgery|procedure|injection|appointment|consultation|admission)\\b|\\b(the|your) (surgeon|consultant|secretary|doctor|team)\\b`;
/** Whom a patient's papers are for: "a letter for my employer", "a note for work". */
const PAPERS_FOR = '(my )?(employer|work|boss|job|manager|insurers?|insurance( company)?|school|college|university|dvla|solicitor|lawyer|benefits|council|airline|travel insurance)';
/** "do I need a letter for my insurer" and "how do I get a repeat prescription" ask how it works. */
const NOT_ASKED_HOW = '(?<!\\b(do|does|did|will|would|should|if|how (do|can|would|should)) (i|we|you|they|he|she) )';

/** "can I have a copy of my report"; "I have a copy of my report" tells what the patient has. */
const MAY_I_HAVE = '(can|could|may) (i|we) have';
/**
 * Papers sent on to someone else: "...sent to my new surgeon". Sending them to the clinic ("can I
 * get my MRI sent to you") is what the review entry explains.
 */
const ON_TO_SOMEONE_ELSE = '(on |over |across )?(to|over)\\b(?! (you|u|the clinic|your clinic|yourselves)\\b)';

/**
 * Paperwork only the staff can issue or put right: a copy of the patient's letters or reports
 * ("I am writing to request a copy of my MRI report"), records sent on ("I need my medical records
 * sent to my new surgeon"), a note for work after the clinic's care ("need my fit note extended
 * after my op"), a repeat prescription from the clinic ("my tablets are running out, can the
 * consultant send another prescription"), and a bill that is wrong ("I think I've been charged
 * twice"). A sick note for a cold names no care of the clinic's, and a prescription from the GP,
 * the chemist or the optician is theirs to give.
 */
const ASKS_FOR_PAPERWORK = new RegExp([
  `${NOT_ASKED_HOW}\\b(request|requesting|need|want|like|get|${MAY_I_HAVE}|send|email|post|forward)( me| us)? (a |an )?(copy|copies) of (${OWN}|the) (\\w+ ){0,3}?(${RECORD}|records?|invoice|receipt|bill)\\b`,
  `${NOT_ASKED_HOW}\\b(need|want|like|get|${MAY_I_HAVE}) ${OWN} (\\w+ ){0,2}?(${RECORD}|records?) (sent|forwarded|copied|emailed|posted|passed|transferred|faxed) ${ON_TO_SOMEONE_ELSE}`,
  `\\b(please|pls|plz|can you|could you|would you|can u|could u|(can|could|would) (${SOMEONE}|the (team|office|secretary|clinic))) (please )?(send|forward|email|post|pass|copy|fax|transfer) ${OWN} (\\w+ ){0,2}?(${RECORD}|records?) ${ON_TO_SOMEONE_ELSE}`,
  `^(?=.*(${THE_CLINICS_CARE}))(?=.*(${NOT_ASKED_HOW}\\b(need|want|like|request|get|${MAY_I_HAVE}|write( me)?|give me|send me|do me|provide( me)?) (a |an )?(letter|note|fit note|sick note|certificate|statement) (for|to) ${PAPERS_FOR}\\b|\\b(fit|sick) note (extended|renewed|signed)|\\b(extend|renew|sign)( me)? (my|a) (fit|sick) note\\b))`,
  `^(?!.*\\b(gp|pharmacy|pharmacist|chemist|optician|glasses|lens|lenses|dentist|vet)\\b)(?=.*${NOT_ASKED_HOW}\\b((a )?(repeat|another|further|refill)( of)?( (my|the|his|her))? (prescription|script)|(my|his|her) (\\w+ )?prescription (renewed|renewal|refill|extended|repeated)|(renew|refill|repeat|extend) (my|the|his|her) (\\w+ )?(prescription|script))\\b)`,
  '\\b(charged|billed|invoiced) (me |us )?(twice|double|two times|wrongly|incorrectly|too much|by mistake|in error)\\b|\\b(double|over) ?(charged|billed)\\b|\\b(wrong|incorrect) (amount|invoice|bill)\\b',
  `\\b(can|could|would|will|please) (you|u|someone|somebody|some one|the (team|office|clinic|secretary|staff)|reception) (please )?(sort|look into|deal with|fix|chase|check on) (this|it|that)( (out|up))?( for (me|us))?\\b`,
].join('|'));

/**
 * A change to the patient's own appointment, which only the staff can make: "I need to cancel my
 * appointment on Thursday", "can I move my appointment to next week", "can my appointment be changed
 * to a morning", "I can't make my appointment on Monday", "I'm going to miss my appointment", "I'm
 * running late". How changes work ("how do I cancel", "can I cancel my appointment") is answered by
 * the booking entry.
 */
const CHANGES_OWN_BOOKING = new RegExp([
  // "I need to cancel my appointment on Thursday", "please cancel my appointment tomorrow", "I want
  // to cancel", "need to cancel thurs appt"; "do I need to cancel if I have a cold" and "how much
  // notice do I need to give to cancel" ask how it works.
  `(?<!\\b(do|does|did|if|when|whether|should|how|what|why|once|before|after) )(\\b(${I_WOULD_LIKE_TO}|i (have|got|must) to|ive got to|i must|(i will|ill|i shall) (have|need) to|we (need|have|want|would like) to|(he|she|they|(my|our) ${RELATIVE}) (needs|has|wants|would like|will (have|need)|(has|have) got) to|(can|could|would) ${YOU_OR_STAFF}( please)?|please|pls|plz)|^(just )?((need|have|got|want|will have|gonna have) to|gotta|wanna)) (${CHANGE} (${WHICH_BOOKING}|it|this|that|them)|${CANCEL}|${CHANGE_AROUND})\\b`,
  // "can I move my appointment to next week" names the booking and the new time; "can I cancel my
  // appointment" asks whether it can be done.
  `\\b(can|could|may) (i|we) (${CHANGE} ${WHICH_BOOKING} ${TO_A_TIME}|${CHANGE_AROUND})\\b`,
  `\\b(can|could) ${WHICH_BOOKING} be (changed|moved|rescheduled|rearranged|rebooked|cancelled|canceled|postponed|brought forward|pushed back|put back) ${TO_A_TIME}\\b`,
  // "can I rebook for tomorrow", "could we reschedule to next week": a word said only of bookings needs no booking named.
  `\\b(can|could|may) (i|we) ${CANCEL}( (it|this|that|them))? ${TO_A_TIME}\\b`,
  // "I won't be able to make my appointment", "stuck on the motorway, wont make my 3 oclock", "I
  // didn't make it to my appointment".
  `\\b(${CANNOT_COME}|no longer|(are|is) not (going to|gonna)|might not|may not|didnt|did not|${DOUBTS_COMING})( be able to)? (make|attend|come to|come in for|get to|keep|do|go to|make it to) ${WHICH_BOOKING}\\b`,
  `((^|\\b(i|we)( just| really)? )${CANNOT_COME}|\\b${DOUBTS_COMING}) (make it|come|come in|get in|be there)( in)? (today|tomorrow|tonight|on \\w+day|\\w+day|this (morning|afternoon|evening|week)|next week|at \\d+)\\b`,
  // "my husband has an appt on thurs but he's not well enough to come", "appt tmrw cant make it":
  // the booking named anywhere in the message is the one the patient cannot come to.
  `^(?=.*\\b${APPOINTMENT}\\b)(?=.*\\b(${CANNOT_COME}|${TOO_UNWELL_TO}) (make it|come|come in|attend|get there|be there|get in)\\b)`,
  // "she needs her appointment next Tuesday moved", "I'd like my op date changed": the change said as
  // what should happen to the booking.
  `\\b(${I_WOULD_LIKE}|(he|she|they|(my|our) ${RELATIVE}) (needs|wants|would like|needs to have|has to have)) ${WHICH_BOOKING}( \\w+){0,3}? (moved|changed|cancelled|canceled|rescheduled|rearranged|postponed|brought forward|put back|pushed back)\\b`,
  // "I'm going to miss my appointment", "missed my appt this morning, can I rebook".
  `(^|\\b(i|we|he|she|im|were|hes|shes|ill|well|my \\w+)( (am|are|is|will))?( (going to|gonna|about to|likely to|probably|definitely))? )(miss|missed) ${WHICH_BOOKING}\\b`,
  // "stuck in traffic will be late sorry", "im going to be a bit late", "im 20 mins behind"; "the
  // letter from my GP will be late" tells of something else.
  `(?<!\\b((my|the|your|his|her|their|our|a|an|this|that) \\w+( \\w+)?|it|they|this|that|he|she) )\\b(will|ill|well|(im|were|i am|we are) (going to|gonna)|(i|we) (might|may)) be (a (bit|little|lil) |abit |alittle |slightly |(about |around )?\\w+ ${MINUTES} )?late\\b`,
  `\\brunning (a (bit|little|lil) |abit |alittle |(about |around )?\\w+ ${MINUTES} )?(late|behind)\\b|\\b(\\d+|a few|few|five|ten|fifteen|twenty|thirty|forty|half an hour|an hour)( ${MINUTES})? (late|behind)\\b|\\blate (for|to) (my|our|his|her|the|todays|this) (\\w+ )?${BOOKED}\\b`,
].join('|'));

/**
 * A change asked for together with how it works, what it costs or how to reach the clinic ("I need
 * to cancel tomorrow, will I be charged?", "I need to move my appointment, what's your email?"):
 * the booking entry answers that, with the notice it needs, and offers the call back.
 */
const ASKS_HOW_CHANGES_WORK = /\b(how (do|can|could|would|should|much|long|far|soon|late)|is there|are there|will (i|it|there)|do i (need|have|get)|does it|fee|fees|charge|charged|charges|cost|costs|pay|penalty|notice|policy|online|website|by (phone|email))\b/;

/**
 * "how quickly do you reply to call back requests", "how long does a call back take": how soon the
 * team calls is in the contact entry. A patient waiting for their own ("when will I get my call
 * back", "how soon can you ring me back") names themselves.
 */
const ASKS_ABOUT_CALL_BACKS = /^(?=.*\b(call ?backs?|callbacks?|ring ?backs?)\b)(how (quickly|soon|long|fast|often)|when (do|does|will) (you|the (clinic|team|staff|nurses?|doctors?|surgeons?|reception))|what time)\b(?!.*\b(me|my|i|us|im|ive|id|mine)\b)/;

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

/**
 * Punctuation that dictation types out as words: "hello comma I have a quick question full stop",
 * "can somebody ring me back question mark". It says nothing, and left in it hid a greeting or a
 * wish for a call.
 */
const DICTATED_PUNCTUATION = /\b(comma|full stop|period|question mark|exclamation (mark|point)|new (line|paragraph)|dot dot dot)\b/g;

function withoutDictatedPunctuation(words: string): string {
  return words.replace(DICTATED_PUNCTUATION, ' ').replace(/ +/g, ' ').trim();
}

export function detectHandoff(spokenWords: string): boolean {
  const words = withoutDictatedPunctuation(spokenWords);
  if (ASKS_TO_BE_CONTACTED.test(words)) return !ASKS_ABOUT_CALL_BACKS.test(words);
  if (givesPhoneNumber(words) && !ASKS.test(words) && !ASKS_HOW_TO_REACH_THE_CLINIC.test(words)) return true;
  if (WISH_TO_TALK.test(words)) {
    return !ASKS_HOW_TO_REACH_THE_CLINIC.test(words) && !ASKS_THE_PRICE.test(words)
      && !ASKS_WHO_ANSWERS_OUT_OF_HOURS.test(words) && !ASKS_IF_REMOTE.test(words);
  }
  if (COMPLAINS_OF_THE_CLINIC.test(words)) return !ASKS_ALSO.test(words);
  if (ABOUT_OWN_RECORDS.test(words) || ASKS_FOR_PAPERWORK.test(words)) return !ASKS_HOW_TO_REACH_THE_CLINIC.test(words);
  if (CHANGES_OWN_BOOKING.test(words)) return !ASKS_HOW_CHANGES_WORK.test(words) && !ASKS_HOW_TO_REACH_THE_CLINIC.test(words);
  const booking = WISH_FOR_APPOINTMENT.exec(words);
  return booking !== null && !ASKS_HOW_BOOKING_WORKS.test(words) && !ASKS_IF_THERE_IS_ROOM.test(words)
    && !BOOKED_ELSEWHERE.test(words.slice(booking.index + booking[0].length));
}

/**
 * "my mum says thank you", "mum says thanks", "my husband says cheers, bye", "my husband and I are
 * very grateful", "I'm writing for my husband, he says thanks", "thank you on behalf of my father":
 * thanks passed on for the person the patient writes with or for, or given together, is still
 * thanks.
 */
const PASSED_ON = new RegExp(`\\b(((my|our) )?${RELATIVE}|he|she|they) (also |too )?(says|said|sends|would like to say|wants to say)\\b|\\b(my|our) ${RELATIVE} and (i|me|myself)( both)?( (say|send|want to say|would like to say))?\\b|\\b((im|i am) (writing|asking|messaging|typing|here) )?(for|on behalf of) (my|our) ${RELATIVE}\\b`, 'g');
/**
 * What the patient can do again: "I'm walking again", "I'm back at work now", "she's pain free",
 * "I'm off the painkillers".
 */
const BACK_TO_LIFE = '(im|i am|ive been|i have been|hes|he is|shes|she is|were|we are) (now |finally |already |even )?(walking|running|driving|working|sleeping|dancing|gardening|cycling|swimming|golfing|back (at|to|on) (work|my feet|his feet|her feet|normal|the golf course)|back to (my|his|her) (old self|normal self)|pain free|off (the |my |his |her )?(painkillers|crutches|tablets|meds|medication))( (again|now|properly|normally|at last|finally|without pain))*';

/** "my op went brilliantly", "the injection went really well": how the care went, told with thanks. */
const WENT_WELL = '(my|the|his|her|our) (\\w+ )?(op|operation|surgery|procedure|injection|appointment|consultation|treatment|scan) (went|has gone|had gone) (so |really |very |ever so |extremely )?(well|brilliantly|great|fine|smoothly|perfectly|to plan|like clockwork)';

/**
 * "thanks, my legs feel much stronger now", "ok thanks, the numbness has gone so I feel better":
 * news of getting better that comes with thanks asks nothing, nor does what helped ("much better
 * since the injection", "the exercises are really helping"). It never makes small talk on its own,
 * and it needs its subject not asked about, so "is it getting better" and "thanks, is my disc getting
 * better" stay questions.
 */
const NEWS_OF_GETTING_BETTER = new RegExp(`(?<!\\b(is|are|am|was|were|has|have|will|would|does|do|did|can|could|should) )\\b(((my|the|his|her|our) (\\w+ ){0,4}?|i |im |i am |ive |i have |everything |things )(feel|feels|feeling|is|are|am|has|have|seems?|getting|got)( been| got)? (much |a lot |lots |so much |a bit |a little |loads |far |way |really |definitely |finally |slowly |gradually )?(better|stronger|improved|improving|easier|gone|eased|easing|settled|settling|helping|working( a treat)?|paying off|doing (the trick|wonders|me good))( (since|after|with|from|thanks to|because of) ${A_FEW_WORDS})?\\b|(my|the|his|her|our) (\\w+ ){0,2}?(has |have |had |s )?(kicked in|worked|helped|done the trick|done wonders|paid off)|${BACK_TO_LIFE}|${WENT_WELL}|(feeling |feel )?(much|a lot|loads|so much|far|way|heaps|lots) better( now| already| today)?)\\b`, 'g');

/**
 * "Many thanks. Kind regards, Margaret Hughes": a letter's closing signed with the writer's name,
 * which asks nothing. A question word after the closing is no name.
 */
const SIGNED_WITH_A_NAME = new RegExp(`\\b(((kind|kindest|best|warm|warmest|many) )?regards|best wishes|yours (sincerely|faithfully|truly)|sincerely)( (?!${QUESTION_WORD}\\b)\\w+){1,3}\\s*$`);

/** Small talk, when the message is nothing but small talk; otherwise undefined. */
export function detectSmallTalk(spokenWords: string): SmallTalk | undefined {
  // "?", "..." or an emoji that stands for no word: the patient has not asked yet, and the
  // greeting's reply says what the bot answers.
  const written = withoutDictatedPunctuation(spokenWords);
  if (written === '') return 'greeting';
  // News is read before greetings, whose "I'm Sarah" and "I'm back" would take "I'm pain free" and
  // "I'm back at work" apart.
  let rest = written.replace(DRAWN_OUT, '$1').replace(NEWS_OF_GETTING_BETTER, ' ');
  let found: SmallTalk | undefined;
  for (const { kind, pattern } of SMALL_TALK) {
    // A phrase taken out leaves one space, so "for your very clear explanation" still reads as
    // thanks once praise has taken "very clear".
    const without = rest.replace(pattern, ' ');
    if (without !== rest) found ??= kind;
    rest = without.replace(/ {2,}/g, ' ');
  }
  if (!found) return undefined;
  return rest.replace(PASSED_ON, ' ').replace(SIGNED_WITH_A_NAME, ' ').replace(FILLER, ' ').trim().length === 0 ? found : undefined;
}
