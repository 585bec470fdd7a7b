/**
 * Small talk and the wish for a person: recognised from the words, before retrieval, because no
 * knowledge entry answers "thanks" or "call me back".
 */
export type SmallTalk = 'greeting' | 'thanks' | 'goodbye' | 'identity';

const SMALL_TALK: { kind: SmallTalk; pattern: RegExp }[] = [
  { kind: 'identity', pattern: /\b((are you|is this|am i (talking|speaking|chatting) (to|with)) (a |an |just a |some kind of a? ?)?(real )?(robot|bot|human|person|ai|computer|machine|chatbot|doctor)( or (a |an )?(real )?(robot|bot|human|person|ai|computer|machine|chatbot|doctor))?|who (made|built|created|designed|programmed|wrote|runs) (you|this( chat| bot| chatbot| thing| assistant| service)*)|(some )?kind of (ai|bot|robot|computer)|who are you|what are you|who am i (talking|speaking|chatting) (to|with)|what can you do|what do you do|how does this work|what is this)\b/g },
  { kind: 'goodbye', pattern: /\b(bye|goodbye|bye bye|see you|see ya|good night|goodnight|night night|thats all|nothing else|im done|that will be all)\b/g },
  { kind: 'thanks', pattern: /\b(thanks|thank you|thank u|thankyou|thx|ty|cheers|ta|much appreciated|appreciate it|helps|helped|helpful|great|perfect|brilliant|lovely|awesome|nice one|ok|okay|k|cool|got it|understood|fine|alright|all right|(much )?obliged|(you are|youre|thats|that is) (very |so |too )?kind)\b/g },
  { kind: 'greeting', pattern: /\b(hi|hello|hey|hiya|heya|howdy|gday|greetings|yo|(good )?(morning|afternoon|evening|day)|hi there|hello there|hey there|how are (you|u)|(are )?(you|u) there|(anyone|anybody|someone|somebody) (there|here|around|about))\b/g },
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

const HANDOFF = new RegExp([
  '\\b(call|ring|phone|contact) me( back)?\\b',
  '\\b(call ?back|callback|ring ?back)\\b',
  '\\b(someone|somebody|anyone|a person|a human|staff|the clinic|receptionist|nurse|doctor|surgeon|specialist|consultant) (to |could |can |will |should |please )?(call|ring|phone|contact) me\\b',
  '\\b(talk|speak|chat) (to|with) (a |an |the |your |someone|somebody|anyone|person|human|real|actual|doctor|nurse|staff|receptionist|surgeon|specialist|consultant|physio|team|office)',
  '\\b(real|actual|live) (person|human|people|doctor)\\b',
  '\\b(human|person|agent|operator|receptionist) please\\b',
  '^(agent|human|operator|receptionist|person)$',
  '\\b(put|connect|transfer|pass) me (through )?(to|with)\\b',
  '\\bgive me a (ring|call|bell|phone call)\\b',
  '\\bbook me( in)?\\b',
  '\\b(leave|give you|take) my (number|phone number|details|contact details)\\b',
  '\\b(i|id) (want|would like|wanna|need) to (book|make|arrange|schedule) (an |a )?(appointment|consultation|appt)\\b',
].join('|'));

export function detectHandoff(words: string): boolean {
  return HANDOFF.test(words);
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
