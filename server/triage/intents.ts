/**
 * Small talk and the wish for a person: recognised from the words, before retrieval, because no
 * knowledge entry answers "thanks" or "call me back".
 */
export type SmallTalk = 'greeting' | 'thanks' | 'goodbye' | 'identity';

const SMALL_TALK: { kind: SmallTalk; pattern: RegExp }[] = [
  { kind: 'identity', pattern: /\b((are you|is this|am i (talking|speaking|chatting) (to|with)) (a |an |just a |some kind of a? ?)?(real )?(robot|bot|human|person|ai|computer|machine|chatbot|doctor)( or (a |an )?(real )?(robot|bot|human|person|ai|computer|machine|chatbot|doctor))?|who (made|built|created|designed|programmed|wrote|runs) (you|this( chat| bot| chatbot| thing| assistant| service)*)|(some )?kind of (ai|bot|robot|computer)|who are you|what are you|who am i (talking|speaking|chatting) (to|with)|what can you do|what do you do|how does this work|what is this)\b/g },
  { kind: 'goodbye', pattern: /\b(bye|goodbye|bye bye|see you|see ya|good night|goodnight|night night|thats all|nothing else|im done|that will be all)\b/g },
  { kind: 'thanks', pattern: /\b(thanks|thank you|thank u|thankyou|thx|ty|cheers|ta|much appreciated|appreciate it|helps|helped|helpful|great|perfect|brilliant|lovely|awesome|nice one|ok|okay|k|cool|got it|understood|fine|alright|all right)\b/g },
  { kind: 'greeting', pattern: /\b(hi|hello|hey|hiya|heya|howdy|greetings|yo|(good )?(morning|afternoon|evening|day)|hi there|hello there|hey there|how are you|(are )?you there|(anyone|anybody|someone|somebody) (there|here|around|about))\b/g },
];

/** Words that may surround small talk without making it a question ("ok thanks so much"). */
const FILLER = /\b(so|very|much|a lot|lots|really|again|there|then|and|for|that|thats|it|was|is|has|been|all|your|the|help|actually|oh|ah|well|just|you|everyone|guys|mate|please|now|exactly|anyway)\b/g;

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
  let rest = words;
  let found: SmallTalk | undefined;
  for (const { kind, pattern } of SMALL_TALK) {
    const without = rest.replace(pattern, ' ');
    if (without !== rest) found ??= kind;
    rest = without;
  }
  if (!found) return undefined;
  return rest.replace(FILLER, ' ').trim().length === 0 ? found : undefined;
}
