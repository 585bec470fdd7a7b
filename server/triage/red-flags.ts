import type { RedFlags, UrgencyLevel } from '../kb/schema.js';
import { isNegated, partsOf, splitClauses } from './negation.js';

export type RedFlagRule = RedFlags['rules'][number];

export interface RedFlagMatch {
  rule: RedFlagRule;
  /** The words that fired it, for tests and for the unanswered-questions review; never logged. */
  matched: string;
}

/**
 * A question about the words, not a report of the symptom: "what is foot drop", "can a slipped
 * disc cause bladder problems", "I read about saddle numbness", "my leaflet mentions saddle
 * anaesthesia", "I keep googling incontinence", "how do you tell a heart attack from back pain",
 * "will I have trouble peeing after the anaesthetic". A report in another clause of the same
 * message still counts, and so does a sign told after the word ("googling why my bum is numb").
 */
const ASKING_ABOUT = new RegExp([
  '^\\s*(what (is|are|does|do) (a |an |the )?|whats (a |an |the )?|define |explain |tell me about |meaning of |what is meant by )$',
  '^\\s*(can|could|does|do|will|would|is|are|might) \\S.{0,40}\\b(cause|causes|mean|lead to|give|make|makes)( \\S+){0,2} $',
  '\\b((read|reading|heard|hear|learned|learnt|reading up|read up|looking up|looked up|searching|searched) (about|on|for)|googl\\w*|a leaflet (on|about)|an article (on|about))( (?!my|his|her|their|our)\\w+)? $',
  // Only what a leaflet or a website mentions: a clinic letter or a nurse that mentions a sign found it.
  '\\b(leaflets?|websites?|web ?pages?|page|articles?|booklets?|books?|videos?|forums?|posters?|nhs|app|internet|guides?)( \\w+)? (mentions|mentioned|lists|listed|talks about) ((?!my|his|her|their|our)\\w+ )?$',
  '^\\s*((can|could|will|would|might|do|does) (you|people|someone|anyone|a person|one|patients)|(can|could|will|would|might) i) (get|develop|catch|end up with|have|be|be left with|suffer from|experience) (a |an |any |some )?$',
  '^\\s*how (do|can|would|could|does|will) (you|one|people|doctors|a doctor|they) (tell|know|distinguish|differentiate|spot|recogni[sz]e)( the difference between)?( if| whether| when)?( (you|someone|somebody|a person|they) (have|has|are|is)( having)?)?( a| an| the)? $',
  '\\bdifference between (a |an |the )?$',
].join('|'));

/**
 * Words shortly before a sign that put it in someone else's question ("the GP asked if I'd wet
 * myself"), in advice given on a condition ("the leaflet says go to A&E if you can't pee"), in a
 * condition of one's own ("if my legs went weak"), in what to watch for ("watch out for numbness",
 * "the signs of cauda equina", "do I need to worry about bladder problems", "when should I worry about
 * a fever after my fusion"), or in the past ("I
 * used to wet the bed"): the patient has not said they have it now. A bare "if you" is not
 * enough: "is it bad if you can't feel the toilet paper" is how many patients describe themselves.
 */
const NOT_A_REPORT = new RegExp([
  '\\b(ask|asks|asked|asking|check|checks|checked|checking|wanted to know|wants to know) (me |us |him |her |you )?(if|whether|about|for)\\b',
  '\\b(says?|said|told|tells|advised?|advises|leaflet|go|come|call|ring|seek)\\b.{0,40}\\bif (you|your|someone|somebody|anyone|anybody|people|a person)\\b',
  '\\bif (i|my \\w+|he|she) (ever|get|gets|start|starts|develop|develops|should|were|went|was to)\\b',
  '\\b(what if|in case|used to|(watch|look|keep an eye|check) (out )?for|(signs|symptoms) of)\\b',
  // What is said in general: "you know when they say numbness down there is an emergency?".
  '\\b(they|people|doctors|everyone|everybody|the nhs|websites|the internet) (say|says|reckon)( that)?( (a|an|any|the))? $',
  // What the signs would be: "what are the signs my wound is infected after a fusion?".
  '\\b(what are|whats|what would be|what might be|are there( any)?|any) (the )?(signs|symptoms|tell ?tale signs)( (that|if|whether))?\\b',
  // What to watch for, asked as how one would know: "how do I know if my wound is infected after the op".
  '\\bhow (do|can|would|will|could|should) (i|you|we|one) (know|tell|spot|notice|recogni[sz]e)( if| whether| when)\\b',
  '\\b(do i|should i|will i|would i|do you) (need to )?(worry|be worried|be concerned) about( a| an| any)? $',
  // A question of what an operation will leave: "would I not be able to wee after the op?".
  '^\\s*(will|would|might|shall) (i|you|he|she|we|my \\w+)( still)? $',
].join('|'));
const NOT_A_REPORT_WINDOW = 8;

/** How a place is said to be when it shows a sign: numb, weak, drooping; red, hot or weeping of a wound. */
const SIGN_STATE = '(numb\\w*|weak\\w*|tingl\\w*|dead|heavy|affected|droop\\w*|slurr\\w*|lopsided|crooked|wonky|uneven|sagging|hanging|dragg\\w*|drag|drags'
  + '|red|hot|warm|swollen|oozing|weeping|leak\\w*|infected|inflamed|smell\\w*|discharg\\w*|gaping|sore|painful|tender)';
/**
 * A sign told place first and then denied: "my groin is not numb", "both legs aren't weak", "my
 * face isn't drooping", and every sign of a list so denied: "the wound isn't red or weeping", "my
 * scar doesn't look red or hot". The denial falls inside the match, where the words before it
 * cannot show it. A list goes on only with states: "the wound isn't healing and it's hot" and
 * "isn't healing and hot" deny the healing, not the heat.
 */
const DENIED_AT_THE_END = new RegExp(`\\b(not|isnt|arent|wasnt|werent|never|doesnt|dont|didnt|hasnt|havent|no longer)( really| at all| even| been| look| looks| seem| seems| feel| feels)? ${SIGN_STATE}( (or|nor|and) ${SIGN_STATE})*$`);

/**
 * An animal's sign, not a person's: "my dog is incontinent since his back surgery", "my dog's back
 * legs have gone weak", and the animal still the one told of after "and": "my cat had a slipped disc
 * and lost control of her bladder".
 */
const ABOUT_AN_ANIMAL = /\b(dog|cat|puppy|kitten|pet|horse|pony|rabbit|collie|spaniel|labrador|lab|retriever|terrier|dachshund|sausage dog|greyhound|whippet|lurcher|poodle|pug|bulldog|alsatian|husky|guinea pig|hamster|ferret|tortoise|goat|sheep|cow|donkey|mare|gelding|stallion|foal)s?( (back|front|hind|rear))?( (legs?|paws?|feet|tail|bladder|bowels?|bum|bottom|back|spine|hips?))? ((is|has|was|keeps|kept|seems|been|being|gone|become|became) )*((had|has|got|went|was|is|hurt|injured|slipped|needed|needs) ((?!(i|im|ive|id|me|we|he|she|they)\b)\w+ ){0,5}and ((then|now|also|has|had|is|was) )*)?$/;

/**
 * Words right after a sign, or opening the next clause, that say it is over or is how the person
 * has always been: "couldn't pee for a day, but that was sorted", "the numbness went away months
 * ago", "stress incontinence, it's normal for me", "incontinent for years"). The NHS counts bladder
 * and bowel signs only when they are not normal for you, and BMJ Best Practice suspects cauda equina
 * when they are new or getting worse: a sign told as worsening ("weaker for years") is never settled. "Won't go away" and "hasn't settled" say the opposite, and a message
 * that says the sign came back or is worse still reports it.
 */
const SETTLED = '((went|gone|has gone|had gone) away|(cleared|settled|resolved|sorted)( up| out| itself| down)?|recovered|got better|back to normal|all clear'
  + '|no (more )?(problems?|issues?|trouble|symptoms?) since|(been )?(fine|ok|okay|normal) (ever )?since|(fine|ok|okay|normal|alright) now|(normal|usual) for me|nothing new( for me)?|always been like (that|this)'
  + '|for (about |around |over |nearly |almost |more than |well over |the (last|past) )?(many |several |a few |some |\\d+ |\\w+ )?years|for decades'
  // Healed or regained: "shingles on my bum made it numb for a while, fully healed now", "lost a stone with covid and put it back on".
  + '|(fully |completely |totally )?healed( up)?|put (it|the weight|it all|them) (all )?back on|(gained|got) (it|the weight) (all )?back|regained'
  + '|always (has|have) been|(has|have) always been|(then|afterwards|after that) (it was |they were |i was |all )?(fine|ok|okay|normal|alright)'
  + '|(hasnt|has not|havent|have not) changed|(?<!\\b(back|backs|disc|legs?|knees?|hips?|neck) )gone( now| completely)?$)';
const SETTLED_AFTER_SIGN = new RegExp(`\\b${SETTLED}`);
/**
 * A doctor said to have dealt with the sign, in the clause after it or after "and", makes it over as
 * "that was sorted" does: "my husband's erection problems are from his tablets, his GP sorted it
 * years ago", "my erection problems are from my blood pressure tablets and my GP has sorted it".
 */
const SORTED_BY_A_DOCTOR = /^(the |my |his |her |their )?(gp|doctor|doc|consultant|urologist|specialist|nurse)s? (has |had |have )?(sorted|fixed|treated|dealt with|cured)( it| that| them| this)?( out)?\b/;
/** The person, not the sign, as the one now well: "a bike accident last year and is fine now". */
const WELL_SINCE = /\band (im |i am |is |am |hes |shes |he is |she is |was |have been |has been |been )?(fine|ok|okay|all good|recovered|better)( now| since| ever since)?$/;
/**
 * The next clause opening with the sign over: "that was sorted", "now gone", "now back to normal",
 * and, of signs told in the plural, "they've stopped" ("I had night sweats in the menopause, they've
 * stopped"); a lone "it's stopped" may be the urine stopping, and "they've stopped working" legs
 * that have, so neither says anything is over.
 */
const SETTLED_NEXT_CLAUSE = new RegExp(`^((it|its|that|thats|this|they|theyre|theyve|which|all|both|thankfully|luckily|fortunately|now|fully|completely|totally) )*((has|have|had|was|were|is|are|got|been|all|done) )*(${SETTLED}|(?<=\\b(they|theyve|those|these|both) (have |had |all |both |now )*)(stopped|ended|finished|cleared|eased off)( now| completely| since| years ago| long ago| ages ago)?$)`);

/** The years from 1940 to `last`, as alternatives: "since his stroke in 2012" is years back, "since my op in" this year is not. */
function yearsUpTo(last: number): string {
  return Array.from({ length: last - 1939 }, (_, offset) => String(1940 + offset)).join('|');
}

/**
 * A sign that began with a life event years back and has been the same since is how the person is,
 * as "for years" says: "some incontinence since having my kids 15 years ago", "stress incontinence
 * since the menopause", "a bit of leaking since my third baby ten years ago", "his face droops since
 * his stroke in 2012", "since having my 3 kids". The NHS counts bladder signs only when they are
 * not normal for you; one that is getting worse or came back still counts.
 */
const SINCE_LONG_AGO = new RegExp('^(\\w+ ){0,6}since (\\w+ ){0,5}((\\d+|a few|few|many|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty) (years|decades) ago'
  + `|in (${yearsUpTo(new Date().getFullYear() - 2)})`
  + '|(having|giving birth to|the birth of) (my |our |the )?((\\d+|two|three|four|five|six) )?(kids|children|babies|twins)|(the |my )?menopause|the change|(i was|we were) (a )?(young|little|small|at school|teenager|child|kid))\\b');

/**
 * A sign told once, long ago, and not since: "I didn't make it to the loo in time once when I had
 * norovirus years ago". Not when the words go on to say it has lasted ("since", "still", "ever").
 */
const ONCE_LONG_AGO = new RegExp('^(?!.*\\b(ever|again|every|keep|keeps|always)\\b).*\\b(((\\d+|a few|few|many|several|some|two|three|four|five|six|seven|eight|nine|ten|twenty) )?(years|decades) (ago|back)'
  + `|in (${yearsUpTo(new Date().getFullYear() - 2)}))\\b`);
/** A time long ago told as a clause of its own after the sign: "her sciatica went into both legs once, years ago". */
const LONG_AGO_ALONE = /^(((a few|few|many|several|some|\d+|two|three|four|five|six|seven|eight|nine|ten|twenty) )?(years|decades) (ago|back)|(back )?in (19|20)\d\d|when (i|he|she|we) (was|were) (a )?(child|kid|teenager|little|young))$/;
/** Where the words of a sign's own story stop: "I wet myself once years ago" but not "numb for weeks and my back went years ago". */
const END_OF_ITS_STORY = /\b(and|now|then|so|because|until|till|yet|still|since|if|but)\b/;

/**
 * Numbness brought on by a long time on a bike saddle, in a car or in a chair, and gone once the
 * person stands or walks, is pressure on the nerves of the seat, not cauda equina: "my bum goes numb
 * after a long bike ride but it's fine after an hour", "on long car journeys my bum goes numb but
 * it's fine once I get out and walk". Cauda equina saddle numbness stays (NHS: numbness around the
 * genitals or back passage; the leaflets: loss of feeling, not a seat that wears off). Both halves
 * are needed: "numb between my legs, probably from sitting?" and "my bum is numb when I sit" stay
 * urgent, since they do not say it passes; so does anything told as recent, worse or back again.
 */
const LONG_SITTING = /\b(bike|bicycle|cycl\w*|rides?|riding|saddle|spin class|spinning|rowing machine|rower|exercise bike|turbo trainer|kayak\w*|(in|wearing) (my |the |new |tight |ski |snowboard |walking |work )*(boots|shoes|heels|trainers|wellies|skates|waders)|motorbike|driv\w*|lorry|truck|hgv|(long|hours of) (runs|hauls|trips)|(hard|wooden|metal|plastic|stone|concrete) (seats?|chairs?|benches?|bleachers|stands|floor|ground|pews?)|bleachers|pews?|(sitting|sat|sit)( down)?( for| on)? (hours|ages|too long|a long time|all day|long periods)|(long|hours of|hours on|hours in) (drives?|journeys?|car journeys?|car rides?|flights?|sitting|sits|meetings|shifts|the car|the saddle|the bike|a chair)|(on|sat on) the (loo|toilet) too long)\b/;
const PASSES_ON_MOVING = /\b((goes|go|went|wears|wore|passes|passed|eases|eased|settles|settled|disappears|disappeared)( away| off)?|(is|its|it is|was|it was|feels|feel|felt|im|i am|all) (fine|normal|ok|okay|better|back to normal))( again)? ((after|within|in) (a (few )?(minutes?|while|bit)|an hour|half an hour|\w+ (minutes|hours))|(once|when|as soon as|after|if) (i|you|we) (stand|stood|get|got|walk|move|stretch|shift|change|take (them|it|my \w+) off|took (them|it|my \w+) off|loosen)\w*|(straight|right) away|after$)|^(fine|ok|okay|normal|better|back to normal)( again)? ((after|within) (a (walk|stroll|stretch|wander|few (minutes|mins))|walking|moving)|(once|when|as soon as) (i|you|we) (stand|stood|walk|move|get up|got up|take|took)\w*)|\b(wears|wore) off\b|\b(goes|went) away\b|\b(then|afterwards|after that) (it was |they were |i was |all )?(fine|ok|okay|normal|back to normal)\b|\bfor (a few|a couple of|five|ten|fifteen|twenty|\d+) (minutes|mins)\b/;

/**
 * What a doctor said a procedure would do, and that has passed, is no sign: "after my epidural my
 * legs were numb for a few hours as they said they would be, then fine". Numbness that outlasts what
 * was said, or that came back, still counts (bleeding or an abscess after an injection shows so).
 */
const A_PROCEDURE = /\b(epidural|injection|nerve block|spinal block|an(a)?esthetic|local|op|operation|surgery|procedure|lumbar puncture)\b/;
/**
 * Numbness told as what a local anaesthetic did, which wears off: "everything down there is still numb
 * from the local" after a vasectomy or a dental block. Not a spinal or an epidural, and not "since":
 * numbness after an injection into the spine can be a bleed.
 */
const FROM_A_LOCAL = /^(\w+ ){0,3}(from|because of|due to) the (local|local an(a)?esthetic|numbing (injection|cream|spray|gel)|dental (block|injection))\b/;
const AS_WE_WERE_TOLD = /\b((as|like) (they|i|he|she|we|the (doctors?|nurses?|consultant|surgeon|an(a)?esthetist|team)) (said|told me|warned( me)?|explained|expected)|as expected|(is|was) (normal|expected) after|which (is|was) (normal|expected)|(they|the (doctors?|nurses?|consultant|surgeon|team)) (said|told me|warned( me)?) (it|they|this|that) (would|might|could))\b/;
const HAS_PASSED = /^((and |then |now |afterwards |after that )*((it|they|i|all|everything) )?((was|were|is|are|has|have|felt|feel|feels|been) )*(all )?(fine|ok|okay|normal|back to normal|gone|better)|(and )?(it |they )?(wore|worn|has worn|had worn) off)\b/;
/**
 * A sign told as what happened during labour or a birth, or under its epidural, is what the epidural
 * or the birth does: "during my labour epidural my bum and legs went numb, is that normal with an
 * epidural for back pain too?". One of the last two weeks still counts (see RECENT).
 */
const DURING_A_BIRTH = /\b(during|in) (my|her|the|a) (labou?r|delivery|c section|caesarean|birth)\b|\b(labou?r|birth|delivery|c section|caesarean) (epidural|spinal)\b/;
/** What tells of a time after the birth: "during my labour my back went and since then I've been leaking". */
const AFTER_IT = /\b(since|now|still|ever|after|then)\b/;
function duringABirth(lead: string): boolean {
  const during = DURING_A_BIRTH.exec(lead);
  return during !== null && !AFTER_IT.test(lead.slice(during.index + during[0].length));
}

/**
 * Where the words after a sign stop being about it: "couldn't pee and now the pain has settled",
 * "can't pee since the swelling settled" (but "no problems since" ends on "since").
 */
const END_OF_SIGN = /\b(and|now|then|so|because|until|till|yet|still|when|while|once|if)\b|\bsince (?!then\b)(?=\w)/;
/**
 * Denials the negation cues leave out, since "can't" and "won't" report signs: "won't go away".
 * Every form of them ("couldn't", "wouldn't") already reads so (see ONE_FORM).
 */
const CANNOT = /\b(cant|wont)\b/;
const WORSENING = /\b(getting|becoming|growing|worse|weaker|progress\w*|spreading|increasing)\b/;
// What makes a sign worse ("can a disc make it worse?", "sitting makes it worse") is no sign that it is.
const CAME_BACK = /\b((came|come|comes|coming|has come) back|back again|returned|returning|recurr\w*|(started|starting|happening|happened|it|its|is) again|stays|stayed|staying|persist\w*|lingers|lingering|(doesnt|wont|not|no longer) (go|goes|going|wear|wears|wearing)( away| off)?|(?<!\b(make|makes|making|made) (it|things|this|that|them|my \w+) )worse)\b/;
/**
 * A sign of the last two weeks that has passed still needs seeing to: cauda equina signs can come
 * and go, and BMJ Best Practice suspects it when they are new within about 14 days. A fever that
 * settles with tablets is still a fever.
 */
const RECENT = /\b(today|tonight|this (morning|afternoon|evening|week)|last (night|week)|yesterday|just now|earlier|(an|one|a few|few|a couple of|couple of|\d+|two|three|four|five|six|seven|eight|nine|ten) (hours?|days?) ago|(a|one|two|1|2) weeks? ago|a fortnight ago|(the )?(past|last) (few|couple of|\d+) days)\b/;
const MASKED = /\b(paracetamol|acetaminophen|ibuprofen|tylenol|advil|calpol|nurofen|aspirin|painkillers?|tablets|pills|meds|medication)\b/;
/** Tablets told as the cause, not the cure: "his erection problems are from his blood pressure tablets". */
const CAUSED_BY_TABLETS = /\b(from|caused by|due to|because of|side effects? of)( \w+){0,3} (tablets|pills|meds|medication)\b/;
const masked = (words: string) => MASKED.test(words) && !CAUSED_BY_TABLETS.test(words);

/**
 * How a sign is said to have turned out to have a cause, right after it or in the next clause: "I
 * had chest pain three weeks ago, the GP said it was a pulled muscle", "my chest pain turned out to
 * be reflux". The causes are the rule's own (`explained_by` in red-flags.yaml), so "the physio said
 * it was muscular" leaves weak legs a sign, and "the GP said my reflux was bad" explains nothing.
 */
const TURNED_OUT_TO_BE = '\\b(turned out to be|(said|says|told (me|us|him|her)|thought|found|confirmed|decided)( that)? (it|that|this|the pain|mine)( was| is|s)|diagnosed (it )?as|put (it |that )?down to|was)( just| only| probably)?( a| an)?( \\w+)?( \\w+)? ';

/** A sign said to be how the person has always been: "I've always been clumsy". */
const LIFELONG = /\b(always|all my life|since (birth|childhood|i was (a )?(kid|child|baby|little)))( been| had| have been| have had)?( a bit| quite| very| so| really)? $/;

/**
 * A sign in a condition about an operation in general asks what to watch for: "should I worry if I
 * can't pee after surgery?". "After my surgery" or "since the op" tells of one that happened.
 */
const IF_SOMEONE = /\bif( (i|you|we|he|she|my \w+|your \w+))? $/;
const AFTER_AN_OPERATION = /^.{0,40}\bafter (surgery|an? (operation|op|procedure|injection|epidural|an(a)?esthetic|discectomy|microdiscectomy|fusion))\b/;

/**
 * Someone else's sign told as the reason to ask about one's own risk: "the guy in the bed next to me
 * had foot drop after his op, will I get that?", "a lady at my yoga class said her sciatica went into
 * both legs, should I worry mine will?". A friend's sign told for the friend ("my friend can't pee,
 * will she be ok?") still gets the emergency reply, to pass on.
 */
const SOMEONE_OUTSIDE_THE_FAMILY = /^(\w+ ){0,2}(guy|man|woman|lady|bloke|fella|chap|girl|boy|friend|mate|pal|colleague|coworker|co worker|neighbou?r|someone|somebody|patient|character|person)s?\b/;
/** The patient telling of themself before the sign: "my friend had it and now I can't feel my bum, will I get it?". */
const I_MYSELF = /\b(i|im|ive|id)\b/;
const ABOUT_MY_OWN_RISK = /\b((will|could|would|might|can|do|should) i (get|develop|have|catch|end up)|(should|do) i (worry|be worried)|(am|are) (i|we) (at risk|next|likely)|does (that|this|it) mean (i|im)|happen to me|mine (will|might|could|would))\b/;

/**
 * A condition whose subject is the sign's own place, which the sign's match starts with: "if my legs
 * went numb would that be an emergency" is "if my legs went", as NOT_A_REPORT reads it.
 */
const IF_THE_PLACE = /\bif (my |your |both |both my |both your )?$/;
const conditionOnThePlace = (before: string, sign: string) => IF_THE_PLACE.test(before) && putAside(`${before}${sign.split(' ').slice(0, 2).join(' ')}`);

/**
 * Someone else's past event told only to ask in general about another subject: "my colleague had a
 * car crash last week, is whiplash a disc problem?". A question that points back at it ("is that
 * serious?") or names anyone ("what should he do?") is about them, and so is a sign they have now
 * ("my friend can't pee, what does cauda equina mean?") or an event of today ("my mate was in a
 * car crash this morning, is whiplash a disc problem?"): passing the reply on helps.
 */
const POINTS_BACK = /\b(it|its|that|thats|this|they|them|those|these|then)\b/;
const A_PAST_EVENT = /\b(had|was|were|got)( (in|into|involved in))?( a| an| the| his| her| their)? $/;
const TODAY = /\b(today|tonight|this (morning|afternoon|evening)|just now|earlier|(an|one|a few|few|a couple of|\d+) hours? ago)\b/;
function onlyAsksInGeneralAfter(before: string, restOfClause: string, later: readonly string[]): boolean {
  return A_PAST_EVENT.test(before) && !I_MYSELF.test(restOfClause) && !TODAY.test(`${before} ${restOfClause}`)
    && later.length > 0 && later.every((words) => asksInGeneral(words) && !POINTS_BACK.test(words));
}

/** Fear of what might happen, not a report of it: "scared of wetting myself in the scanner". */
const FEARING = /\b(scared|afraid|frightened|terrified|nervous|worried|anxious) (of|about) $/;
/**
 * A sign feared as what may come, in the future's own words: "I keep worrying I'll have a heart
 * attack from the stress", "I dread getting a fever after surgery", "fear of being incontinent one
 * day". "Worried about having numbness" and "scared I'm getting a fever" tell of now, and still count.
 */
const FEAR = '\\b(scared|afraid|frightened|terrified|dread|dreading|dreaded|fear|fearing|worried|worry|worrying|nervous|anxious|paranoid|panicking)\\b';
const FEARS_WHAT_MAY_COME = new RegExp(`${FEAR}(.*\\b(ill|i will|i might|i may|i could|id|i would|im going to|im gonna|he will|she will|hell|shell|he might|she might)( (one day|eventually|end up|go on to|then))? (have|get|be|develop|end up( with)?|start|lose)| (of |about )?(getting|developing|ending up with))( a| an| any| some)? $`);
/** "Fear of being incontinent one day": being, told with a time to come. */
const FEARS_BEING = new RegExp(`${FEAR} (of|about) being $`);
const ONE_DAY = /^.{0,60}\b(one day|some day|someday|eventually|in (the )?future|later in life|when (im|i am|i get) older|as i get older)\b/;
/** What a rule needs alongside a sign, told as a risk to avoid: "the risk of falling", "exercises to prevent falls". */
const GUARDED_AGAINST = /\b((fear|risk|danger|chance) of|(prevent|preventing|avoid|avoiding)( a| any)?) $/;

/**
 * A question that names no one ("is foot drop a reason for surgery", "why do they ask about saddle
 * numbness") asks about a sign in general. Naming oneself, someone close, "you" (which patients use
 * for themselves), "anyone else", or "is it" / "is this" makes it about a person who has it: "why
 * can't I feel it when I wipe", "what do you do when you can't pee", "is it normal to leak". So does
 * "what's the point", which speaks for oneself: "what's the point of living".
 */
const QUESTION = /^(is|are|can|could|does|do|did|will|would|should|what|whats|why|how|when|which|where|who)\b/;
const NAMES_SOMEONE = /\b(i|im|ive|id|ill|me|my|mine|myself|we|our|us|he|hes|she|shes|his|her|him|you|your|else)\b|^(is|does|could|can|should|would|will|did) (it|this|that)\b|^(whats|what is) the point\b/;

/**
 * A reply that owns a sign asked about: "the physio asked about saddle numbness, I said yes", "the GP
 * asked if I'd wet myself and I have". It turns the question back into a report.
 */
const AFFIRMS = /^(and |but |which |well |actually |i said |yes )*(i (have|do|did|had|am)|ive got (it|that|them|some)|yes)( (now|actually|though|too|as well|recently|lately|a bit))?$/;

/**
 * A question puts "can't" before the person ("why can't I feel it when I wipe"); the patterns are
 * written as statements, so the question is read as one ("why I cant feel it when I wipe").
 */
const ASKED_THE_OTHER_WAY_ROUND = /\b(cant|cannot|couldnt|wont|doesnt|dont|didnt) (i|you|he|she|we|they)\b/g;

/**
 * "Can't" with two letters swapped, a common slip that spelling correction (one changed letter,
 * no swaps) would turn into another word: "i cnat pee" is not "i chat pee".
 */
const CANNOT_SLIPS = /\b(cnat|catn|cnt)\b/giu;

/**
 * Every way of saying one cannot reads as "cant", so each rule lists one: a sign told in the past
 * ("couldn't control my bladder last week"), in long form ("haven't been able to pee", "is it normal
 * to not be able to wee", or "not able make urine" and "me no can make pee" as someone learning
 * English puts it) or as only just possible ("can barely feel my bum", "can't hardly walk") is the
 * same report, and so are a power lost ("I can no longer tell when I'm on the seat", "I've stopped
 * being able to tell when I've finished") and "I am not control my poo"; whether it is over is for
 * `settled` to say.
 */
const CANNOT_FORMS = /\b(cannot|can not|couldnt|could not|can no longer|no longer able to|(have |has |had )?stopped being able to|(?<=\b(i|im|he|hes|she|shes) )(am |is )?not(?= (control|hold)\b)|(can|could|cant|couldnt) (hardly|barely|only just)|(to )?not be able to|no can(?! (of|be)\b)|(hardly|barely) able to|unable to|(am |im |was |were |is |are )?not able( to)?|(wasnt|werent|isnt|arent) able to|(have |has )?(not|never) been able to|(havent|hasnt) been able to)\b/g;

/**
 * A condition told in the past tense of "can" is one imagined, as "if I ever" is: "if I couldn't
 * pee after my op would I go to A&E?". Read so before "couldn't" becomes "cant" and loses it; "if I
 * can't pee by tonight" may be a report.
 */
const IF_I_COULD_NOT = /\bif (i|you|he|she|we|they|my \w+) (couldnt|could not|wasnt able to|werent able to|was unable to|were unable to)\b/g;

/** A refusal told in the past or in full ("my foot wouldn't lift", "it will not come out") reads as the patterns write it. */
const WONT_FORMS = /\b(wouldnt|would not|will not)\b/g;

/** What a person wears or sleeps in, where an accident is found: "an accident in his trousers", "wet her bed". */
const WORN = '(pants|trousers|knickers|underwear|undies|jeans|shorts|leggings|pyjamas|pjs|nappy|nappies|pads?|clothes|bed|sheets)';
/**
 * Someone else's body, and what they wear, reads as the patient's own ("both his legs", "her
 * bottom", "had an accident in his trousers"), so a sign told of a partner or a parent needs no
 * pattern of its own. Only before a body word or a worn thing: "asked her if" keeps its "her".
 */
const SOMEONE_ELSES_BODY = new RegExp(`\\b(his|her|their)(?= (own |left |right |lower |upper |whole |inner |big )?(body|back|neck|spine|legs?|feet|foot|toes?|ankles?|knees?|calf|calves|thighs?|arms?|hands?|fingers|grip|bum|bottom|backside|buttocks?|bits|privates|private parts|genitals|groin|crotch|penis|vagina|scrotum|anus|back passage|bladder|bowels?|wee|pee|urine|water|poo|chest|face|mouth|speech|words|balance|wound|scar|erections?|${WORN})\\b)`, 'g');

/**
 * What someone else does reads as the patient's doing too: "she can't feel it when she wipes". Not
 * what they say: "when they say numbness down there is an emergency" is advice.
 */
const SOMEONE_ELSES_DOING = /\b(when|while|whenever|as|if|after|before) (he|she|they)\b(?! (say|says|said|tell|tells|told|reckon|ask|asks|asked|mention\w*|talk\w*)\b)/g;

/**
 * A singular body word with "'s" ("my back's been killing me", "my foot's dragging", "the weight's
 * dropping off me") loses its apostrophe to the reading and would no longer be the word the
 * patterns and `with` look for.
 */
const BODY_WORD_WITH_IS = /\b(back|neck|spine|foot|chest|face|bladder|bum|bottom|groin|balance|speech|wound|scar|incision|tummy|temp|temperature|weight)s\b/g;

/**
 * A sense, a power, an urge or its warning said to be missing, in any tense, reads as "no ...": "I
 * haven't had any feeling down there since Tuesday", "he hasn't got the strength to lift his foot",
 * "I'm not getting the urge to pee", "I don't get the warning any more that I need to go" say what
 * "no feeling", "no strength", "no urge" and "no warning" do. Losing it stays a denial when denied
 * ("I haven't lost any feeling"): "lost" stands between.
 */
const MISSING = /\b(dont|doesnt|didnt|havent|hasnt|hadnt|not|never|do not|does not|did not|have not|has not|had not)( (really|even|ever|got|been|always))* (have|has|had|having|get|gets|got|getting|feel|feels|felt|feeling)( any| the| much| enough| a| an)? (?<missing>feeling|sensation|strength|power|control|urge|need|warning)\b/g;

/**
 * Not feeling something, in any tense, reads as "cant feel": "I didn't feel the toilet paper", "I
 * haven't felt my bum since Tuesday", "is it normal to not feel when you poo", "an accident without
 * feeling it coming". Only when what is not felt is a thing, a place or a moment: "I don't feel
 * numb", "I don't feel any tingling" and "I don't feel my legs are weaker" stay denials.
 */
const NOT_FEELING = /\b(dont|doesnt|didnt|havent|hasnt|hadnt|not|never|without|do not|does not|did not|have not|has not)( (really|even|properly|always))* (feel|feels|felt|feeling)(?= (it|them|myself|himself|herself|a thing|anything (when|while|as|during|down|in|around|at|if)|when|while|the (toilet|loo|paper|tissue|roll|seat|wee|pee|poo|urine|water|need|urge)|my (\w+ ){0,2}(bum|bottom|backside|buttocks?|bits|privates|genitals|groin|crotch|vagina|penis|anus|back passage|saddle|skin|thighs?|legs?|feet|foot|toes|bladder|bowels?)\b(?! (is|are|were|was|have|has|had|get|gets|got|getting|feel|feels)\b)))/g;

/**
 * Clauses that only add to the one before: one about the person it follows ("my dad, who is 90,
 * fell in the garden"), an afterthought on why a sign came ("lost a stone in a month. Not
 * dieting"), the failure that completes a need ("I need a wee but I can't go"), the other side
 * told as well ("it started on the right, but now it's in my left leg as well"), and what a thing
 * was done for ("I've written a note for my wife, just in case"). On their own the first reads as
 * a question about no one, the second as a denial, the third as nothing, the fourth as one leg,
 * and the last leaves the note a note. So do a lone feeling or side said after a comma ("it's like
 * my privates have been to the dentist, all numb", "my legs feel like ice, both of them") and the
 * failure at the toilet ("I need to go constantly but when I get there it just won't"), as do a
 * control lost of what was just named ("my bowels have gone funny, I can't control them"), a stream
 * told "stop start", and weight lost against what was said before it ("I eat normally but I keep
 * losing weight", "I don't eat less but kilos go down").
 */
/**
 * A clause that owns what the one before told or asked: "is reduced sensation when wiping a reason to
 * go to A&E? because that's what I've had", "you know when you can't feel yourself going? that's me",
 * "... off a trampoline? did that today", "is urinary hesitancy a worry? started two days ago". Joined
 * to it, the question names the person who has the sign and is no longer asked in general.
 */
const OWNS_IT = '((because|cos|coz|and|well|but|yeah|yes|honestly) )*((thats|that is|this is|its|that has been|thats been)( exactly| basically| literally| just| pretty much)? (me|mine|what (ive|i have) (got|had|been having|been getting)|what (im|i am) (having|getting|experiencing|feeling)|what i (have|feel|get|had|got)\\b|what (is|s|has been|keeps) happen\\w*|whats (been )?happening|what is happening|how i (feel|am)|(been )?happening to me|now)'
  + '|(i|ive|i have|i am|im) (got|get|have|had|am|been having|been getting) (that|this|it)( now| too| as well)?$|(i )?(did|done|had) (that|this|it) (today|yesterday|this morning|last night|\\w+ (hours|days) ago)'
  + '|(mine|mine is|mines) (doing|like) (that|this)|(it |this |that |mine |which |they |both )?(started|began|came on|kicked in|appeared) ((about|around|roughly|only|just) )?(yesterday|today|this \\w+|last \\w+|on \\w+|overnight|(\\d+|a|an|one|two|three|a few|a couple of) (hours?|days?|weeks?) ago))\\b';

/**
 * "You" in a likeness that the next clause owns is the patient: "you know when you sit on the loo
 * and it's like you're not even there? that's me since yesterday".
 */
const YOU_KNOW_WHEN = /^\s*(you know|u know|ya know|know) (when|how|that feeling (when|where|of)|the feeling (when|where)|like when|what its like when)\b/;
const OWNED = new RegExp(`^\\s*${OWNS_IT}`);
const YOU_AS_ME: Record<string, string> = { you: 'i', youre: 'im', your: 'my', yourself: 'myself', youve: 'ive', youd: 'id' };
function genericYouOwned(told: string, next: string | undefined): string {
  return YOU_KNOW_WHEN.test(told) && next !== undefined && OWNED.test(next)
    ? told.replace(YOU_KNOW_WHEN, '$2').replace(/\b(you|youre|your|yourself|youve|youd)\b/g, (word) => YOU_AS_ME[word] as string)
    : told;
}

const OWNED_IN = new RegExp(`\\b${OWNS_IT}`);

const ADDS_TO_THE_CLAUSE_BEFORE = new RegExp([
  `^${OWNS_IT}`,
  '^(just )?in case$|^(who|whose) |^((and|im|i am|i was|ive|i have|been|honestly|definitely|and im) )*((not|never|havent|hasnt|wasnt|isnt)( been)? (dieting|trying( to lose( it| weight)?)?|on a diet)|without (trying|dieting|meaning to)|(not|never|wasnt|isnt) on purpose|unintentional(ly)?|for no reason( at all)?|(no idea|(i )?(dont|didnt) know|not sure) why)$|^(and )?(i )?(still )?cant (go|do it|manage( it)?)$|^(and )?(nothing|very little|hardly anything|barely anything) (comes|came|happens|happened)( out)?$',
  '^(and )?(when i (get there|got there|go|went|try|tried|sit down|sat down) )?(it|i|nothing) (just )?(wont|cant|doesnt|didnt)( (go|come|come out|happen|start|do it|manage( it)?))?$',
  '^(and )?(i |he |she )?(just )?cant (control|hold|stop) (it|them)( in)?$|^(its |it is |all |and )?stop (and |n )?start$',
  '^(and )?(still )?(i |he |she |im |hes |shes )?(am |is )?(still )?(lose|loses|lost|losing|keep losing|keeps losing|dropping|dropped)( \\w+){0,3} (weight|pounds|kilos?|kg|stones?)( (and|so|plus) .*)?$|^(and )?(my |the )?(weight|kilos?|kg|pounds|stones?) (still |keep |keeps |is |has been )?(go|goes|going|gone|went|come|comes|coming|dropping|drops|falling|falls) (down|off)( (and|so|plus) .*)?$',
  '^(and )?(all|totally|completely|really|just|both|now)? ?(numb|dead|tingly|tingling|asleep)$|^(on )?both (of them|sides|legs|feet)( now| too| as well)?$',
  '^(and )?(now )?((its|it is|the pain is|the sciatica is|it has (gone|spread|moved)|it went) )?(now )?(in|into|down|to) (my|the) (left|right) (leg|foot|side|buttock|thigh|calf)( now)? (too|as well|also)$',
].join('|'));

/**
 * A denied list goes on past its commas: "no fever, chills or night sweats", "I don't have a
 * temperature, sweats or shivers", "the wound isn't red, hot or weeping". A comma starts a clause,
 * where the denial before it no longer reaches, so a list that opens with a sign denied and closes
 * with "or" or "nor" reads as one clause, "no fever or chills or night sweats". Only a checklist's
 * short items: "no sleep, numb or tingling groin" tells of a groin and "no fever, legs weak or numb"
 * of legs, "not sleeping, sweats or chills" opens with a complaint, not a denied sign, and "no
 * fever, chills and sweats" may tell of chills.
 */
const DENIAL_OF_A_LIST = '(no|not|nor|without|never|isnt|arent|wasnt|werent|no longer|(dont|doesnt|didnt|havent|hasnt|hadnt|not|never)( \\w+)? (have|had|get|got|feel|felt|notice|noticed))';
const SIGN_LISTED = `((high )?fevers?|feverish|(high )?temp(erature)?|(night |cold |hot )?sweats|sweating|chills|shivers|shivering|rigors|numbness|tingling|pins and needles|weakness|incontinence|leaking|leakage|weight loss|redness|swelling|pus|discharge|${SIGN_STATE})`;
/** A body place in an item makes the list a place's states, told as a report: "no fever, legs weak or numb". */
const PLACE = '(groin|bum|bottom|buttocks?|backside|bits|privates|genitals|crotch|saddle|legs?|feet|foot|toes?|thighs?|arms?|hands?|fingers|face|back|neck|chest|wound|scar|incision)';
const LIST_ITEM = `(any |a |an )?(?!${PLACE}\\b)\\w+( (?!${PLACE}\\b)\\w+)?`;
const DENIED_LIST_SO_FAR = new RegExp(`\\b${DENIAL_OF_A_LIST}( any| a| an)? ${SIGN_LISTED}( or ${LIST_ITEM})*$`);
const LIST_CLOSES = new RegExp(`^${LIST_ITEM}( (or|nor) ${LIST_ITEM})+(?= (and|so|because|cos|then|plus|also|while|whereas)\\b|$)`);
const LIST_GOES_ON = new RegExp(`^${LIST_ITEM}$`);

/** Whether the clause goes on with a list denied in the clause before, up to a clause that closes it (see DENIED_LIST_SO_FAR). */
function goesOnWithADeniedList(clauseBefore: string, words: string, later: readonly string[]): boolean {
  if (!DENIED_LIST_SO_FAR.test(clauseBefore)) return false;
  for (const item of [words, ...later]) {
    if (LIST_CLOSES.test(item)) return true;
    if (!LIST_GOES_ON.test(item)) return false;
  }
  return false;
}

/**
 * Words spelt as another real word, which spelling correction rightly leaves alone: "my legs are
 * week", "cant fell my bum", "I can't pea", "lost alot of wait", "numb in my groyne", "want 2 die". Each reads as
 * the sign's word only where the words around it leave no other reading.
 */
const SOUND_ALIKES: readonly (readonly [RegExp, string])[] = [
  [/\balot\b/g, 'a lot'],
  [/\b(cant|dont|didnt|barely|hardly) (fell|feal)\b/g, '$1 feel'],
  [/\b(cant|wont|to|need a|needed a|have a|for a) pea\b/g, '$1 pee'],
  [/\b(are|is|feel|feels|felt|gone|going|so|very|really|too|getting) week\b(?! (ago|later|before|after|off|of|in|on|at|since|or))/g, '$1 weak'],
  [/\b(lost|losing|lose|lots of|a lot of|dropped|dropping) wait\b/g, '$1 weight'],
  [/\bgroyne\b/g, 'groin'],
  [/\btite\b/g, 'tight'],
  [/\b(want|wanna|going|need|have|got|able|hard|trying|try|wish|rather|love) 2\b/g, '$1 to'],
  // A phone's dictation writes a sign's word as one that sounds the same: "I can't P", "in continents",
  // "chess pain", "a car crush", "food drop", "my boat legs", "can't feel my bomb".
  [/\b(cant|to|need a|needed a|have a|for a|go for a|trying to|struggling to) p\b/g, '$1 pee'],
  [/\bin continen(ce|t)s?\b/g, 'incontinen$1'],
  [/\bchess (?=pains?|tightness|pressure|hurts)/g, 'chest '],
  [/\b(my|his|her) chess\b/g, '$1 chest'],
  [/\bcar crush\b/g, 'car crash'],
  [/\bfood drop\b/g, 'foot drop'],
  [/\bboat (legs|feet|sides)\b/g, 'both $1'],
  [/\b(my|his|her) bomb\b/g, '$1 bum'],
  // A text's shorthand: "legs r like lead both of em", "swollen red n hot".
  [/\b(legs|feet|arms|hands|they|we|you|bowels|wounds?|scar|it|bladder|waterworks) r\b/g, '$1 are'],
  [/\b(of|both|all|control|feel|lift|move) em\b/g, '$1 them'],
  [/(?<=\w) n (?=\w)/g, ' and '],
  // "kms fr", "gonna kms", "ima kms": opening the clause or after a wish or an intent, since "I walk
  // kms every day" is a distance.
  [/(?<=^|\b(wanna|want to|going to|gonna|about to|bout to|finna|might|could|should|just|literally|lowkey|will|ill|ima|imma) )kms\b(?! (per|an hour|a day|a week|away|from|to|of|walk\w*|run\w*)\b)/g, 'kill myself'],
];

/**
 * A sign's key words in the language a patient switches into around English ones: "mis dos piernas
 * están numb", "tengo fiebre de 39", "he perdido peso sin querer", "subah se pee nahi aa raha".
 * Only the words of the red flags' places and signs, in the languages most often mixed with English
 * here (Spanish, Portuguese, Italian, French, Hindi and Urdu in Latin letters).
 */
const CODE_SWITCHED: readonly (readonly [RegExp, string])[] = [
  [/\b(piernas|pernas|gambe|jambes|tangen|tange)\b/g, 'legs'],
  [/\b(mis |las |as |minhas |le |les |meri |mere )?(dos|ambas|duas|entrambe|deux|dono|donon) legs\b/g, 'both legs'],
  [/\b(fiebre|febre|fievre|febbre|bukhar|bukhaar)\b/g, 'fever'],
  [/\b(dormid[oa]s?|adormecid[oa]s?|entumecid[oa]s?|dormentes?|intorpidit[oia]|engourdi(e|s|es)?)\b/g, 'numb'],
  [/\b(espalda|costas|schiena|kamar)\b/g, 'back'],
  [/\b(culo|nalgas|trasero|bunda|fesses|sedere|gaand)\b/g, 'bum'],
  [/\b(entrepierna|virilha|entrejambe|inguine)\b/g, 'groin'],
  [/\b(je )?ne sens (plus|pas|rien)( \w+)? (mes|mon|ma)\b|\bno siento (mis|mi|las|los|el|la)\b|\bnao sinto (as|os|minhas|meus|o|a)\b|\bnon sento (le|i|la|il|piu|più)( \w+)?\b/g, 'cant feel my'],
  [/\b(quiero morir(me)?|me quiero morir|quero morrer|je veux mourir|voglio morire|marna (chahta|chahti) (hoon|hu|hun))\b/g, 'want to die'],
  [/\b(me quiero matar|quiero matarme|quero me matar|je veux me tuer|voglio uccidermi)\b/g, 'want to kill myself'],
  [/\b(he |ha |has |hemos |ho |jai |ai )?(perdido|perdi|perso|perdu) (peso|du poids|poids)\b|\b(wazan|vazan|vajan) (kam|ghat|ghata)\w*/g, 'lost weight'],
  [/\b(sin querer|sem querer|senza volerlo|sans le vouloir|sin razon|sem razao|sans raison)\b/g, 'without trying'],
  [/\b(no puedo|nao consigo|non riesco a|je ne peux pas) (hacer |fazer |fare )?(pis|pipi|xixi|orinar|urinar)\b/g, 'cant pee'],
  [/\b(pee|wee|peshab|pishab) (nahi|nahin|nai) (aa|ho|nikal|kar pa)\w*( (raha|rahi|rahe|paa|pa|sakta|sakti))?( (hai|hain|he))?\b/g, 'cant pee'],
];

/**
 * A child's wetting (bedwetting, accidents while potty training) is common and no sign of squeezed
 * nerves: "my son wets the bed, he's 6", "our toddler keeps weeing herself". When the message names
 * a child (a child word or an age under 12), wetting told of anyone but the patient or another
 * adult reads as childhood wetting, which no rule matches; "I wet the bed" and "my husband has been
 * wetting himself" still count.
 */
const UNDER_TWELVE = '([1-9]|1[01]|one|two|three|four|five|six|seven|eight|nine|ten|eleven)';
const A_CHILD = new RegExp(`\\b(toddlers?|kids?|child|children|baby|babies|little ones?|(little|young) (boy|girl|son|daughter)s?|${UNDER_TWELVE} ?(yo|yrs? old|years? old|year olds?)`
  + `|(son|daughter|grandson|granddaughter|nephew|niece|boy|girl)s?( is| who is| aged| age)? ${UNDER_TWELVE}|(hes|shes|he is|she is|aged) ${UNDER_TWELVE})\\b`
  + '(?! (foot|feet|ft|stone|st|kg|kilos?|pounds|lbs|days?|weeks?|months?|hours?|times?|nights?|out of))');
const SOMEONE_ELSES_WETTING = new RegExp('(?<!\\b(i|we|ive|id|im)( \\w+){0,2} |\\b(husband|hubby|wife|partner|boyfriend|girlfriend|dad|father|mum|mom|mother|gran|nan|grandma|grandad|grandpa|grandmother|grandfather)( \\w+){0,3} )'
  + `\\b((wets?|wetting|weeing|peeing|weed|peed|pooing|pooed|soiled|soiling)( (the|his|her|their) ${WORN}| (him|her|them) ?(self|selves))`
  // One accident told where it was found: "my son is 4 and had an accident in his trousers at nursery".
  + `|(has|have|having|had|keeps having|keep having) (\\w+ ){0,2}(accidents|accident (in|on) (the|his|her|their) ${WORN}))\\b`, 'g');

/** A strength said to fall short is weakness: "my legs haven't been strong enough to get me up the stairs". */
const NOT_STRONG_ENOUGH = /\b(not|isnt|arent|wasnt|werent|havent been|hasnt been|never) (been )?strong enough\b/g;

/**
 * The words of a British grandparent, a nurse or a clinic letter for the body's plain ones, so a
 * pattern is written once in plain words: "my waterworks have stopped working", "when I go to spend
 * a penny nothing happens", "I can't pass my water", "trouble voiding", "my pins have gone all
 * wobbly" (legs, but never "pins and needles"), "perineal paraesthesia", "I think I have CES".
 */
const PLAIN_WORDS: readonly (readonly [RegExp, string])[] = [
  [/\bwaterworks\b/g, 'bladder'],
  [/\bspend a penny\b/g, 'pee'],
  [/\bspending a penny\b/g, 'peeing'],
  [/\bspent a penny\b/g, 'peed'],
  [/\bpass (my |his |her |their )?water\b(?! (bottles?|jugs?|glass|over|to|round|around)\b)/g, 'pee'],
  [/\bpassing (my |his |her |their )?water\b(?! (bottles?|jugs?|glass|over|to|round|around)\b)/g, 'peeing'],
  [/\bpassed (my |his |her |their )?water\b(?! (bottles?|jugs?|glass|over|to|round|around)\b)/g, 'peed'],
  [/\b(voiding|micturition|micturating)\b/g, 'peeing'],
  [/\b(cant|to|not|unable to) (void|micturate)\b/g, '$1 pee'],
  [/\b(a|do|doing|did|go for a|for a|my) number (one|1)s?\b/g, '$1 wee'],
  [/\b(a|do|doing|did|go for a|for a|my|with|of|the) number (two|2)s?\b/g, '$1 poo'],
  // Cleaning oneself at the toilet is wiping: "no feeling round the back when he cleans himself after the lavatory".
  [/\bclean(s|ing|ed)? (my|him|her|them) ?sel(f|ves)( up)?(?=.{0,30}\b(loo|toilet|lavatory|lav|bathroom|poo|pooing|wee|weeing|pee|peeing)\b)/g, 'wipe'],
  [/\b(my|his|her|their|me|both) pins\b(?! (and|n) (needles|screws|rods|plates)| (in|from|of) (my|the|his|her) (back|spine|neck|hip|ankle|wrist|knee|leg|arm|fusion|op|operation|surgery))/g, '$1 legs'],
  [/\b(pa?raesthesi\w*|paresthesi\w*|dysa?esthesi\w*)\b/g, 'tingling'],
  [/\b(hypo?a?esthesi\w*|hypaesthesi\w*)\b/g, 'numbness'],
  [/\bces\b(?! (show|conference|expo|trade|event|tickets?|in (las )?vegas))/g, 'cauda equina'],
  // A health worker's words about themself: "new perianal anaesthesia", "bilateral radic", "febrile
  // since this morning", "L facial droop and dysarthria".
  [/\b(perianal|perineal|perineum|saddle|genital|anal|sacral) an(a)?esthesia\b/g, '$1 numbness'],
  [/\bbilat(eral)? (radic|radics|radicular( symptoms| pain)?|radiculopathy|leg symptoms)\b/g, 'bilateral radiculopathy'],
  [/\b(febrile|pyrexial|pyrexic|pyrexia)\b/g, 'a fever'],
  [/\b(facial|face) (droop|drooping|asymmetry)\b/g, 'face drooping'],
  [/\bdysarthri\w*/g, 'slurred speech'],
  [/\b(expressive |receptive )?(dysphasi|aphasi)\w*/g, 'words coming out wrong'],
];

/**
 * Softening words between a verb and its sign, the way an anxious patient plays a sign down: "the
 * toilet paper feels a bit strange", "my foot is a bit weaker each day", "my bum has gone kind of
 * numb". The sign is the same, so it reads without them.
 */
const PLAYED_DOWN = /\b(feels?|felt|feeling|is|are|was|were|am|im|seems?|seemed|gone|going|getting|got|been|looks?|looked|become|became|went|turned|go|goes)( (a bit|a little bit|a little|a wee bit|a tad|a touch)(?! of\b)| (kind of|kinda|sort of|sorta|slightly|somewhat|rather|fairly))+\b/g;

/**
 * A failure told with a hedge inside it ("I can't quite tell if I've finished", "I just can't seem
 * to feel the need to go", "I don't seem to know when it's full") is the failure itself.
 */
const HEDGED_FAILURE = /\b(cant|dont|doesnt|didnt)( (quite|really|always|seem to|seem|exactly|properly|fully))+\b/g;

/**
 * "I don't think" puts its "not" on the words after it, as English does: "I don't think I've been
 * able to pee properly" says "I think I haven't", and "I don't think my bladder is emptying" says
 * "I think it isn't". Read so, the failure is reported, and "I don't think I'm numb" (no verb moves)
 * stays a denial.
 */
const THINK_NOT_ABLE = /\b(?:i )?(?:dont|do not|didnt|did not) (?:think|believe|reckon) (i|ive|i have|id|he|hes|he has|she|shes|she has|they|theyve|we|weve)( been)? (can|could|am able to|is able to|are able to|was able to|able to|been able to|have been able to|has been able to)\b(?! (keep going|go on|carry on|keep doing|do this)\b)/g;
const THINK_NOT_SO = /\b(?:i )?(?:dont|do not|didnt|did not) (?:think|believe|reckon) (my( \w+){1,2}|it|they|things|everything) (is|are|was|were|has been|have been)\b(?! not\b)/g;

/**
 * The steps that put each form of a sign into the one form the patterns are written in, in order:
 * a question's word order, a body word's "'s" and whose sign it is first ("his back's been bad"
 * is "my back been bad"), then "cannot" and "won't", then words spelt
 * as others, then what is said to be missing or not felt.
 */
const ONE_FORM: readonly (readonly [RegExp, string])[] = [
  ...PLAIN_WORDS,
  [ASKED_THE_OTHER_WAY_ROUND, '$2 $1'],
  [BODY_WORD_WITH_IS, '$1'],
  [SOMEONE_ELSES_BODY, 'my'],
  [SOMEONE_ELSES_DOING, '$1 i'],
  [IF_I_COULD_NOT, 'if $1 ever cant'],
  [CANNOT_FORMS, 'cant'],
  [WONT_FORMS, 'wont'],
  [THINK_NOT_ABLE, '$1 cant'],
  [THINK_NOT_SO, '$1 $3 not'],
  [PLAYED_DOWN, '$1'],
  [HEDGED_FAILURE, '$1'],
  ...SOUND_ALIKES,
  ...CODE_SWITCHED,
  [NOT_STRONG_ENOUGH, 'too weak'],
  [MISSING, 'no $<missing>'],
  [NOT_FEELING, 'cant feel'],
];

const CONTEXT_NEGATION_WINDOW = 2;
/**
 * An event denied by denying one had it, which the two-word window cannot reach: "he hasn't had a
 * fall", "I've never had a fall", "not had any falls".
 */
const NEVER_HAD = /\b(no|not|never|hasnt|havent|hadnt|without)( (ever|yet|once|really|actually))? (had|having|suffered)( (a|any|one))? $/;

const LEVEL_ORDER: Record<UrgencyLevel, number> = { emergency: 0, crisis: 1, urgent: 2 };

interface CompiledRule {
  rule: RedFlagRule;
  patterns: Pattern[];
  context?: Pattern[];
  exceptions?: RegExp[];
  /** The sign said to have turned out to have one of the rule's harmless causes (TURNED_OUT_TO_BE). */
  explained?: RegExp;
  /**
   * A standing risk whose `with` is the back that hurts (a history of cancer), or a sign that matters
   * only with it (a fever, weight lost, a knee that gives way: the urgent level): the back must be the
   * same person's (see someoneElsesRisk), so "my toddler has a temperature and I've been carrying her
   * all night, my back's sore" is a parent's back. A fall's `with` is an event, and a husband's age of 82
   * says something of his wife's, so that rule is read as before.
   */
  backMustBeTheirs: boolean;
}

/**
 * A rule's pattern, with a probe: one test over the whole message says whether any clause can
 * match at all, so the clause-by-clause search (the costly part of triage) runs only where it can
 * find something. A match inside a clause is a match in the whole message once the pattern's
 * lookarounds are taken out, since a lookaround can see past the end of a clause ("my speech sounds
 * drunk, but she's not been drinking"); anchors and backreferences can tell the two apart, so a
 * pattern with those has no probe.
 */
interface Pattern {
  search: RegExp;
  probe?: RegExp;
}

function compile(source: string): Pattern {
  const tellsClausesApart = /\^|\$|\\[1-9]/.test(source.replace(/\[\^/g, '['));
  return { search: new RegExp(source, 'gu'), probe: tellsClausesApart ? undefined : new RegExp(withoutLookarounds(source), 'u') };
}

/** The pattern source with every lookahead and lookbehind taken out, which can only widen what it matches. */
function withoutLookarounds(source: string): string {
  let kept = '';
  for (let at = 0; at < source.length;) {
    if (/^\(\?<?[=!]/.test(source.slice(at, at + 4))) {
      at = endOfGroup(source, at);
    } else {
      const step = source[at] === '\\' ? 2 : 1;
      kept += source.slice(at, at + step);
      at += step;
    }
  }
  return kept;
}

/** Where the group opening at `start` closes, past escapes and character classes. */
function endOfGroup(source: string, start: number): number {
  let depth = 0;
  let inClass = false;
  for (let at = start; at < source.length; at += 1) {
    const char = source[at];
    if (char === '\\') at += 1;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth += 1;
    else if (char === ')' && --depth === 0) return at + 1;
  }
  return source.length;
}

/**
 * Whether the pattern can match anywhere in the reading. `check` and then `askedAbout` probe the same
 * patterns, and rules share their context, so each probe runs once per message.
 */
function mayMatch({ probe }: Pattern, { whole, probed }: TriageReading): boolean {
  if (probe === undefined) return true;
  let found = probed.get(probe);
  if (found === undefined) {
    found = probe.test(whole);
    probed.set(probe, found);
  }
  return found;
}

/**
 * Red-flag triage over the rules in red-flags.yaml. It runs on every message before anything else
 * and reads words with typos corrected, so "numbnes in my grion" still counts.
 */
export class RedFlagTriage {
  private readonly rules: CompiledRule[];

  constructor(redFlags: RedFlags, private readonly correctWords: (text: string) => string[]) {
    this.rules = redFlags.rules
      .map((rule) => ({
        rule,
        patterns: rule.patterns.map(compile),
        context: rule.with?.map(compile),
        exceptions: rule.unless?.map((p) => new RegExp(p, 'u')),
        explained: rule.explained_by && new RegExp(`${TURNED_OUT_TO_BE}(${rule.explained_by.join('|')})\\b`, 'u'),
        backMustBeTheirs: (rule.history === true || rule.level === 'urgent') && (rule.with ?? []).some((source) => new RegExp(source, 'u').test('my back')),
      }))
      .sort((a, b) => LEVEL_ORDER[a.rule.level] - LEVEL_ORDER[b.rule.level]);
  }

  /** The literal words in the patterns, so typo correction can aim at them. */
  static vocabulary(redFlags: RedFlags): string[] {
    return redFlags.rules.flatMap((rule) => [...rule.patterns, ...(rule.with ?? []), ...(rule.unless ?? []), ...(rule.explained_by ?? [])])
      .flatMap((source) => source.match(/[a-z]{4,}/g) ?? []);
  }

  /** The most urgent rule the message fires, or undefined. */
  check(reading: TriageReading): RedFlagMatch | undefined {
    for (const compiled of this.rules) {
      const matched = firstMatch(compiled, reading);
      if (matched !== undefined) return { rule: compiled.rule, matched };
    }
    return undefined;
  }

  /**
   * The `asked` words of every rule whose sign the message asks about without reporting or denying
   * it (see NOT_A_REPORT); fear of a sign is left out, since "scared of wetting myself in the
   * scanner" asks about the scan. Called when `check` found nothing.
   */
  askedAbout(reading: TriageReading): string[] {
    return this.rules.flatMap(({ rule, patterns }) => rule.asked !== undefined
      && patterns.some((pattern) => mayMatch(pattern, reading) && reading.clauses.some((clause) => asksAbout(pattern.search, clause)))
      ? [rule.asked] : []);
  }

  /** Whether one rule, on its own, fires on the message: what a rule's examples are checked with. */
  fires(ruleId: string, text: string): boolean {
    const compiled = this.rules.find((c) => c.rule.id === ruleId);
    return compiled !== undefined && firstMatch(compiled, this.read(text)) !== undefined;
  }

  /**
   * The message as the rules read it, once for both `check` and `askedAbout`: clauses of corrected
   * words, each form of a sign in the one form the patterns write (see ONE_FORM).
   */
  read(text: string): TriageReading {
    const clauses: string[] = [];
    const corrected = splitClauses(text).map((clause) => this.correctWords(clause.replace(CANNOT_SLIPS, 'cant')).join(' '));
    const namesAChild = corrected.some((words) => A_CHILD.test(words));
    for (const [at, told] of corrected.entries()) {
      const owned = genericYouOwned(told, corrected[at + 1]);
      const asTold = namesAChild ? owned.replace(SOMEONE_ELSES_WETTING, 'childhood wetting') : owned;
      const read = ONE_FORM.reduce((reading, [form, asWritten]) => reading.replace(form, asWritten), asTold);
      const clauseBefore = clauses.at(-1);
      const words = theToiletPaper(thePlaceByName(read, clauseBefore ?? ''), clauseBefore ?? '');
      if (words.length === 0) continue;
      if (clauseBefore !== undefined && ADDS_TO_THE_CLAUSE_BEFORE.test(words)) clauses[clauses.length - 1] += ` ${words}`;
      else if (clauseBefore !== undefined && goesOnWithADeniedList(clauseBefore, words, corrected.slice(at + 1))) clauses[clauses.length - 1] += ` or ${words}`;
      else clauses.push(words);
    }
    return { clauses, whole: clauses.join(' . '), told: corrected, probed: new Map() };
  }
}

/**
 * A pronoun said of a place just named reads as the place: "my legs were fine yesterday but today
 * they won't hold me up", "both feet went numb and now they're heavy", "my wound isn't red but it's
 * hot and weeping". Only a pronoun that opens a clause or follows "and", "now" or a day, with the
 * place among the last words before it and no other subject of that pronoun between.
 */
const OPENING = '(^|\\b(and|but|now|then|today|tonight|overnight|suddenly|yesterday|this morning) )';
const THEY_OPENING = new RegExp(`${OPENING}(theyre|theyve|they are|they have|they(?= (were|feel|feels|felt|had|keep|kept|went|go|goes|gone|wont|cant|dont|just|started|seem|seemed|look|looked|both|give|gave|buckle\\w*|collapse\\w*|tingle|hurt|ache|been|get|got)\\b))\\b`);
const LEGS_NAMED = /\b(legs|feet)\b(?!.*\b(they|doctors?|nurses?|kids|children|people|tablets|pills)\b)/;
const IT_OPENING = new RegExp(`${OPENING}(its|it is|it has|it(?= (was|looks|looked|feels|felt|seems|seemed|keeps|kept|started|had|smells|smelt|smelled|went|gone|turned|got|getting|just|still|now|been)\\b))\\b`);
const WOUND_NAMED = /\b(wound|scar|incision)\b(?!.*\b(it|its)\b)/;
/**
 * A foot or leg just named, as what "it" fails to do: "I keep tripping over my right foot, it won't
 * lift". Only before a failure: "it started in my left leg, now it is in my right" is the pain.
 */
const IT_FAILS = new RegExp(`${OPENING}(it(?= (just )?(wont|cant|doesnt|didnt|keeps|kept|drags|dragged|flops|flopped|slaps|gives|gave)\\b))\\b`);
const LIMB_NAMED = /\b(foot|leg|ankle)\b(?!.*\b(it|its)\b)/;
const PRONOUN_VERB: Record<string, string> = {
  'they are': ' are', theyre: ' are', 'they have': ' have', theyve: ' have', they: '', its: ' is', 'it is': ' is', 'it has': ' has', it: '',
};

function thePlaceByName(clause: string, clauseBefore: string): string {
  for (const [opening, named] of [[THEY_OPENING, LEGS_NAMED], [IT_OPENING, WOUND_NAMED], [IT_FAILS, LIMB_NAMED]] as const) {
    const pronoun = opening.exec(clause);
    if (pronoun === null) continue;
    const lastWordsBefore = `${clauseBefore} ${clause.slice(0, pronoun.index)}`.split(' ').slice(-10).join(' ');
    const place = named.exec(lastWordsBefore);
    if (place === null) continue;
    return `${clause.slice(0, pronoun.index)}${pronoun[1]}my ${place[1]}${PRONOUN_VERB[pronoun[3] as string]}${clause.slice(pronoun.index + pronoun[0].length)}`;
  }
  return clause;
}

/**
 * "The paper" or "the tissue" where the loo, a wipe or the bottom is named in the clause or the one
 * before is the toilet paper: "wiping after the loo feels weird, like I can't feel the paper
 * properly", "went to the loo and couldn't feel the paper". Told alone it may be a page ("my
 * fingers tingle and I can't feel the paper when I turn the pages"), and before another noun it is
 * that thing: "went to the loo then filled in the paper form".
 */
const THE_PAPER = /\b(the|that|bog) (paper|tissue)\b(?! (form|forms|work|towels?|cups?|bags?|plates?|round|shop|copy|version|letter|leaflet)\b)/;
const AT_THE_TOILET = /\b(loo|toilet|lav|lavatory|bathroom|wip\w*|poo|pooing|pooed|wee|weeing|pee|peeing|bum|bottom|backside|back passage)\b/;

function theToiletPaper(clause: string, clauseBefore: string): string {
  return THE_PAPER.test(clause) && (AT_THE_TOILET.test(clause) || AT_THE_TOILET.test(clauseBefore)) ? clause.replace(THE_PAPER, 'the toilet paper') : clause;
}

export interface TriageReading {
  clauses: string[];
  whole: string;
  /** The clauses as told, before anyone's body is read as the patient's own: whose it is (see someoneElsesRisk). */
  told: string[];
  /** What each probe found in `whole` (see mayMatch). */
  probed: Map<RegExp, boolean>;
}

function firstMatch({ rule, patterns, context, exceptions, explained, backMustBeTheirs }: CompiledRule, reading: TriageReading): string | undefined {
  const { clauses, whole, told } = reading;
  // Context is denied only by a cue right before it ("haven't fallen"); a wider window would let
  // "lost weight without trying and my back hurts" deny the back pain.
  const possible = patterns.filter((pattern) => mayMatch(pattern, reading));
  if (possible.length === 0) return undefined;
  if (context && !context.some((re) => mayMatch(re, reading)
    && clauses.some((clause) => mentioned(re.search, clause)))) return undefined;
  if (exceptions?.some((re) => re.test(whole))) return undefined;
  for (let at = 0; at < clauses.length; at += 1) {
    for (const pattern of possible) {
      const matched = reportedMatch(pattern.search, clauses, at, rule.history === true, explained);
      if (matched !== undefined) return backMustBeTheirs && context && someoneElsesRisk(patterns, context, told) ? undefined : matched;
    }
  }
  return undefined;
}

/**
 * Who a part of a clause tells of: the patient ("I", "me", "my back"), someone else ("my colleague",
 * "she", "her back", "Dad"), both, or no one. "My" before a person is that person's.
 */
const PERSON = '(toddler|baby|little one|bairn|husband|hubby|wife|missus|partner|fiance|fiancee|boyfriend|girlfriend|mum|mom|mother|mam|dad|father|parents?|nan|nana|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|grandparents?|son|daughter|child|kids?|brother|sister|aunt|auntie|uncle|niece|nephew|cousin|in laws?|friend|mate|pal|colleague|coworker|co worker|workmate|boss|manager|neighbou?r|flatmate|housemate|client|patient|relative|sibling|twin)';
const MYSELF = new RegExp(`\\b(i|im|ive|id|me|myself|mine|we|weve|us|our)\\b(?! ${PERSON}s?\\b)|\\bmy\\b(?! (\\w+ )?${PERSON}s?\\b)`);
const SOMEONE_ELSE = new RegExp(`\\b(he|she|they|hes|shes|theyve|theyre|him|his|her|hers|them|their)\\b|\\b${PERSON}s?\\b`);
/**
 * Someone saying the other had it too: "my mum had cancer and so did I", "me and my mum both had
 * it" (whose "and my mum" starts a part of its own), "my back hurts, hers too".
 */
const TOO = /\b(too|as well|also|so (did|have|had|do|am|is|has) (i|he|she)|as (did|have|had|has) (i|he|she)|same (here|with me|for me)|(like|as well as|and) me|me and|both)\b/;
/** Whose back a possessive says it is: "my lower back", "her back", "mums back". */
const MY_OWN = /\bmy( (own|lower|upper|middle|mid|bad|sore|poor|whole|left|right|achy|aching|painful|stiff|dodgy))* $/;
const THEIR_OWN = new RegExp(`\\b(his|her|their|${PERSON}s)( (own|lower|upper|middle|mid|bad|sore|poor|whole|left|right|achy|aching|painful|stiff|dodgy))* $`);

function whoseWords(part: string): 'mine' | 'theirs' | 'both' | 'no one' {
  const mine = MYSELF.test(part);
  const theirs = SOMEONE_ELSE.test(part);
  return mine ? (theirs ? 'both' : 'mine') : (theirs ? 'theirs' : 'no one');
}

/** Whose each mention of the context is: its possessive says, or else the part it is in. */
function whoseContext(part: string, context: readonly Pattern[]): ('mine' | 'theirs' | 'both' | 'no one')[] {
  return context.flatMap((pattern) => [...part.matchAll(pattern.search)].map((match) => {
    const before = part.slice(0, match.index);
    if (MY_OWN.test(before)) return 'mine';
    if (THEIR_OWN.test(before)) return 'theirs';
    // A back asked about in general is the asker's question, not the other person's back: "my aunt
    // had breast cancer, is back pain ever a sign of cancer?".
    const whose = whoseWords(part);
    return whose === 'no one' && asksInGeneral(part) ? 'mine' : whose;
  }));
}

/**
 * A standing risk told only of someone else, with only the patient's own back as what the rule
 * needs with it: "my colleague has cancer and I've been lifting more, my back hurts", "my
 * colleague had chemo last year, what's the best chair for my back". The risk is one person's and
 * the pain another's, and the rule is for one person with both. The words as told say whose back
 * it is ("her back", which the reading makes "my back"), so a relative's cancer with their own back
 * ("my mum has cancer and now her back hurts", "my husband had cancer and now has back pain") still
 * fires, and so does anything less plain: a risk told of no one or of both ("so did I", "I've been
 * driving her to chemo"), a back told of no one ("now has back pain"), or said to be someone
 * else's too ("my back hurts, hers too").
 */
function someoneElsesRisk(patterns: readonly Pattern[], context: readonly Pattern[], told: readonly string[]): boolean {
  if (told.some((clause) => TOO.test(clause))) return false;
  // "My back's sore" is told as "my backs sore"; its "back" is the one the rule needs.
  const parts = told.flatMap(partsOf).map((part) => part.replace(BODY_WORD_WITH_IS, '$1'));
  const riskParts = parts.filter((part) => patterns.some((pattern) => part.match(pattern.search) !== null));
  const contextOwners = parts.flatMap((part) => whoseContext(part, context));
  return riskParts.length > 0 && contextOwners.length > 0
    && riskParts.every((part) => whoseWords(part) === 'theirs') && contextOwners.every((owner) => owner === 'mine');
}

/**
 * What a rule needs alongside a sign, said to be well now, is not there: "got a cold and a bit of a
 * temperature, my back is fine but can I still take my naproxen?".
 */
const SAID_TO_BE_FINE = /^ (is|s|feels|has been|seems)( absolutely| totally| perfectly| completely)? (fine|ok|okay|alright|all right|good|normal|great)( now| at the moment)?$/;

/**
 * Whether the clause mentions the context without denying it, fearing it or guarding against it
 * ("worried about falling"). A question or condition around the context ("the GP asked about my
 * back") still says where the sign belongs.
 */
function mentioned(pattern: RegExp, clause: string): boolean {
  for (const match of clause.matchAll(pattern)) {
    const before = clause.slice(0, match.index);
    if (SAID_TO_BE_FINE.test(clause.slice(match.index + match[0].length))) continue;
    if (!isNegated(before, CONTEXT_NEGATION_WINDOW) && !NEVER_HAD.test(before) && !ASKING_ABOUT.test(before) && !FEARING.test(before) && !GUARDED_AGAINST.test(before)) return true;
  }
  return false;
}

/** Whether the clause asks in general, naming no one (see QUESTION). */
function asksInGeneral(clause: string): boolean {
  return QUESTION.test(clause) && !NAMES_SOMEONE.test(clause) && !OWNED_IN.test(clause);
}

/** Whether the words before a sign put it in a question, advice, a condition or the past (see NOT_A_REPORT). */
function putAside(before: string): boolean {
  return NOT_A_REPORT.test(before.split(' ').slice(-NOT_A_REPORT_WINDOW).join(' '));
}

/**
 * The first match in a clause that reports the thing rather than denying or asking about it, or
 * saying it is over (unless the sign is a history, which stays one when it is over).
 */
function reportedMatch(pattern: RegExp, clauses: readonly string[], at: number, history: boolean, explained?: RegExp): string | undefined {
  const clause = clauses[at] as string;
  const general = asksInGeneral(clause);
  for (const match of clause.matchAll(pattern)) {
    const before = clause.slice(0, match.index);
    if (isNegated(before) || DENIED_AT_THE_END.test(match[0]) || ABOUT_AN_ANIMAL.test(before)) continue;
    // What a sign is, asked and then owned, is the patient's: "can a disc make you not feel the toilet
    // seat? because that's what's happening to me".
    const after = clause.slice(match.index + match[0].length);
    if (ASKING_ABOUT.test(before) && !OWNED_IN.test(after) && !affirmed(after, clauses.slice(at + 1))) continue;
    if (!history && !WORSENING.test(match[0]) && settled(clause, match.index, match.index + match[0].length, clauses.slice(at + 1), explained)) continue;
    const asked = general || putAside(before) || (FEARING.test(before) && /^\w+ing\b/.test(match[0]))
      || FEARS_WHAT_MAY_COME.test(before) || (FEARS_BEING.test(before) && ONE_DAY.test(clause.slice(match.index + match[0].length)))
      || (SOMEONE_OUTSIDE_THE_FAMILY.test(before) && !I_MYSELF.test(before) && ([clause.slice(match.index), ...clauses.slice(at + 1)].some((words) => ABOUT_MY_OWN_RISK.test(words))
        || onlyAsksInGeneralAfter(before, clause.slice(match.index + match[0].length), clauses.slice(at + 1))))
      || conditionOnThePlace(before, match[0])
      || (IF_SOMEONE.test(before) && AFTER_AN_OPERATION.test(clause.slice(match.index + match[0].length)));
    if (!asked || affirmed(clause.slice(match.index + match[0].length), clauses.slice(at + 1))) return match[0];
  }
  return undefined;
}

function asksAbout(pattern: RegExp, clause: string): boolean {
  const general = asksInGeneral(clause);
  for (const match of clause.matchAll(pattern)) {
    const before = clause.slice(0, match.index);
    if (isNegated(before) || FEARING.test(before)) continue;
    if (general || ASKING_ABOUT.test(before) || putAside(before)) return true;
  }
  return false;
}

/**
 * Whether the words around a sign (from `signStart` to `signEnd` in its clause) say it is over, always
 * so, or explained by one of the rule's harmless causes (see SETTLED, LIFELONG, TURNED_OUT_TO_BE).
 */
function settled(clause: string, signStart: number, signEnd: number, later: readonly string[], explained?: RegExp): boolean {
  const restOfClause = clause.slice(signEnd);
  const next = (later[0] ?? '').trim();
  if (later.some((words) => CAME_BACK.test(words)) || CAME_BACK.test(restOfClause)) return false;
  if (A_PROCEDURE.test(clause) && (AS_WE_WERE_TOLD.test(clause) || AS_WE_WERE_TOLD.test(next)) && HAS_PASSED.test(next)) return true;
  // Numbness from sitting or a tight boot that passes on moving, or from a local anaesthetic, is that
  // however recent: "my legs felt wobbly after a long flight yesterday, fine after a walk".
  if ((LONG_SITTING.test(clause) || LONG_SITTING.test(next)) && passesOnMoving(restOfClause, next)) return true;
  if (FROM_A_LOCAL.test(restOfClause.trim())) return true;
  if (RECENT.test(clause) || RECENT.test(next) || masked(restOfClause) || masked(next)) return false;
  if (duringABirth(clause.slice(0, signStart))) return true;
  if (SINCE_LONG_AGO.test(restOfClause.trim()) || ONCE_LONG_AGO.test(restOfClause.split(END_OF_ITS_STORY)[0] as string) || LONG_AGO_ALONE.test(next)) return true;
  if (WELL_SINCE.test(restOfClause.trim()) || LIFELONG.test(clause.slice(0, signStart))) return true;
  // One clause more telling of the sign may stand between: "sharp pain in my chest wall when I twist,
  // pressing on the rib makes it hurt, the GP said it was costochondritis".
  if (explained && [restOfClause, next, later[1] ?? ''].some((words) => explained.test(words))) return true;
  const aboutTheSign = (restOfClause.split(END_OF_SIGN)[0] as string).trim();
  const over = SETTLED_AFTER_SIGN.exec(aboutTheSign);
  if (over !== null) {
    const leadIn = aboutTheSign.slice(0, over.index);
    if (!isNegated(leadIn, 3) && !CANNOT.test(leadIn.split(' ').slice(-3).join(' '))) return true;
  }
  return SETTLED_NEXT_CLAUSE.test(next) || [next, ...restOfClause.split(/\band\b/).slice(1)].some((words) => SORTED_BY_A_DOCTOR.test(words.trim()));
}

/** Whether the words after a sign, or the next clause, say it passes when the person gets up (see PASSES_ON_MOVING), and do not deny it. */
function passesOnMoving(restOfClause: string, next: string): boolean {
  return [restOfClause, next].some((words) => {
    const passes = PASSES_ON_MOVING.exec(words);
    return passes !== null && !isNegated(words.slice(0, passes.index), 3) && !CANNOT.test(words.slice(0, passes.index).split(' ').slice(-3).join(' '));
  });
}

function affirmed(restOfClause: string, later: readonly string[]): boolean {
  return [restOfClause, ...later].some((words) => AFFIRMS.test(words.trim()));
}
