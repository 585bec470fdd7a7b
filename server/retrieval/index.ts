import { stemmer } from 'stemmer';
import type { Entry } from '../kb/knowledge-base.js';
import { NUMBER, type Normaliser } from './normalise.js';
import { AFFAIRS_WORDS, FIELD_WORDS, OTHER_PLACE_WORDS, OTHER_SUBJECT_WORDS, STORY_WORDS } from './stop-words.js';

/** An entry as the index sees it: every text reduced to its terms. */
export interface IndexedEntry {
  entry: Entry;
  /**
   * One per alternate question, and the title last: its terms that a question can match as index
   * ids, with their weights, and the summed weight of all its terms.
   */
  phrasings: { termIds: Int32Array; termWeights: Float64Array; weight: number }[];
  /** The least a phrasing weighs: how much of a question it takes to cover one (see Retriever.rank). */
  lightestPhrasing: number;
  /** Every term the entry uses anywhere, body included. */
  allTerms: Set<string>;
}

/**
 * Words that say what kind of answer is wanted, not what it is about: "how do I know if I have a
 * slipped disc" is about herniation first. Rare in entries, they would otherwise outweigh the
 * topic, so they get a small fixed weight. "mean" is one: "what does HNP mean" asks for a definition,
 * which the "... meaning" phrasings of definition entries share. Stemmed, as the index holds them.
 */
const QUESTION_WORDS = new Set(['how', 'mean', 'when', 'why', 'know', 'need', 'long', 'get', 'take', 'go', 'happen', 'help', 'normal', 'usual']);
const QUESTION_WORD_WEIGHT = 0.7;
/**
 * Words that ask about one side of a thing (its pain, risks, cost, how long it lasts, whether it
 * works) without naming the thing. "Is that painful?" or "what are the risks of it" names nothing
 * to look up: these words alone match whichever entry happens to ask the same of its own subject,
 * so the thing comes from the story before it or the conversation's last answer (decide).
 */
const ASPECT_WORDS = `painful pain hurt risk risks danger dangerous safe last lasts work works worth cost price fee
  success successful effective side effects serious bad worse better common usual involve involved done feel like`;
/** See STORY_WORDS; ages, dates and sizes ("I'm 34", "a 5 mm protrusion") weigh the same. */
const STORY_WORD_WEIGHT = 0.35;
/** See EntryIndex.storyWeight. */
const TOLD_SHARE = 0.5;
/** See OTHER_SUBJECT_WORDS: one such word outweighs a question's spine words. */
const OTHER_SUBJECT_FACTOR = 2;
/**
 * In a knowledge base of a few dozen entries, everyday words ("left", "leg", "hurt") are rare
 * enough to look telling. Words that name an entry's topic are what a question is about, so they
 * count up to this much more.
 */
const TOPIC_TERM_BOOST = 3;
/**
 * A title word names the topic as far as the entry's own alternate questions use it too. Titles
 * are written prose: "Returning to work...", "Looking after yourself..." or "...including the disc
 * herniating again" hold everyday words ("return", "look", "include") that patients rarely ask
 * with, and a boosted one-off word sent "can you help me do my tax return" to recovery after
 * surgery. Topic words recur: "protrusion" in every question of its entry, "open" in half of the
 * opening-hours ones, a medicine's name in one in six of an entry that lists five medicines; the
 * everyday title words sit at one in nine or below. So a word at or below one in nine is not
 * boosted, one in a third of them or more is boosted fully, and in between the boost grows with
 * the share. It grows rather than switches on: boosted from one share on, "drive" went from 3.1 to
 * 7.5 when an entry of 34 questions gained one more about driving, and "how do I book a driving
 * test" got an answer.
 */
const TOPIC_SHARE_UNBOOSTED = 1 / 9;
const TOPIC_SHARE_FULLY_BOOSTED = 1 / 3;
/**
 * From this share a title word counts as naming its entry's topic (namesTopic), for reading a
 * story's questions; a story word this share of an entry's questions ask with counts fully as a
 * word of that entry (see STORY_WORDS).
 */
const TOPIC_TERM_MIN_SHARE = 0.15;
/**
 * A word this share of one entry's questions ask with names what they ask about even when the title
 * words it otherwise: "hours" for "When the clinic is open". It is not boosted for that (namesAnyTopic).
 */
const ASKED_TOPIC_MIN_SHARE = 1 / 3;
/**
 * The clinic's own entries (hours, fees, contact) name their topics with words every business
 * shares: "open", "price", "cost", "phone". Boosted, one of them outweighed the thing actually asked
 * about, and "is the post office open late" or "bitcoin price today" got the clinic's hours or fees.
 * Unboosted, such a question is mostly words the clinic entries do not use, and falls back.
 */
export const CLINIC_TOPIC_PREFIX = 'clinic-';

/**
 * An inverted index from term to entries. Typos and lay words are settled by normalisation before a
 * term gets here, so matching is exact, and a question costs time in proportion to the entries that
 * share its terms, not to the size of the knowledge base.
 */
export class EntryIndex {
  readonly entries: IndexedEntry[];
  private readonly postings = new Map<string, number[]>();
  /** Title terms the same entry's questions keep using: the words that name a topic. */
  private readonly topicTerms = new Set<string>();
  /** The clinic's own topic words, unboosted (see CLINIC_TOPIC_PREFIX) but still naming what is asked. */
  private readonly clinicTopicTerms = new Set<string>();
  /** Words most of some entry's questions ask with, title or not (see ASKED_TOPIC_MIN_SHARE). */
  private readonly askedTopicTerms = new Set<string>();
  /** Every known term's weight, worked out once: scoring a question looks them up thousands of times. */
  private readonly weights = new Map<string, number>();
  private readonly unknownWeight: number;
  /** The terms of QUESTION_WORDS and ASPECT_WORDS: what a question can say without naming anything. */
  private readonly unnaming = new Set(QUESTION_WORDS);
  /** The terms of OTHER_SUBJECT_WORDS. */
  private readonly otherSubjects = new Set<string>();
  /** The terms of AFFAIRS_WORDS. */
  private readonly affairs = new Set<string>();
  /** The terms of FIELD_WORDS. */
  private readonly fieldTerms = new Set<string>();
  /**
   * OTHER_PLACE_WORDS as plain stems, not terms: the lexicon reads "gym" as exercise and "chemist"
   * as pharmacist, and as terms every question about stretches or a pharmacist named a place.
   */
  private readonly otherPlaces = new Set([...OTHER_PLACE_WORDS].map((word) => stemmer(word)));
  /**
   * A number for every term the entries use. Comparing a question with every phrasing of thousands
   * of entries is then a walk over small arrays, not a string lookup per term.
   */
  private readonly termIds = new Map<string, number>();

  constructor(entries: readonly Entry[], normaliser: Normaliser, unknownTermEntries: number) {
    const termSets = entries.map((entry) => [...entry.questions, entry.title].map((text) => new Set(normaliser.terms(text))));
    /** Each term's largest share of one entry's questions. */
    const askedShare = new Map<string, number>();
    /** Each title word's largest share of its entry's questions, the clinic's own entries aside (see CLINIC_TOPIC_PREFIX). */
    const titleShare = new Map<string, number>();
    this.entries = entries.map((entry, i) => {
      const sets = termSets[i] as Set<string>[];
      const allTerms = new Set([...sets.flatMap((p) => [...p]), ...normaliser.terms(entry.body)]);
      const questions = sets.slice(0, -1);
      const shareOf = (term: string) => questions.filter((q) => q.has(term)).length / Math.max(1, questions.length);
      for (const term of new Set(questions.flatMap((q) => [...q]))) {
        askedShare.set(term, Math.max(askedShare.get(term) ?? 0, shareOf(term)));
        // The clinic's entries are asked in words the lexicon gathers ("parking", "postcode" and
        // "where are you" are all "address"), each at a smaller share than a title word: named, it is
        // a question of its own ("had the epidural last month, btw do you have parking").
        if (entry.topic.startsWith(CLINIC_TOPIC_PREFIX) && shareOf(term) >= TOPIC_TERM_MIN_SHARE) this.clinicTopicTerms.add(term);
      }
      for (const term of sets.at(-1) ?? []) {
        const share = shareOf(term);
        if (!entry.topic.startsWith(CLINIC_TOPIC_PREFIX)) titleShare.set(term, Math.max(titleShare.get(term) ?? 0, share));
        if (share < TOPIC_TERM_MIN_SHARE) continue;
        if (entry.topic.startsWith(CLINIC_TOPIC_PREFIX)) this.clinicTopicTerms.add(term);
        else this.topicTerms.add(term);
      }
      return { entry, phrasings: [], lightestPhrasing: 0, allTerms };
    });
    for (const word of OTHER_SUBJECT_WORDS) for (const term of normaliser.terms(word)) this.otherSubjects.add(term);
    for (const word of AFFAIRS_WORDS) for (const term of normaliser.terms(word)) this.affairs.add(term);
    for (const word of FIELD_WORDS) for (const term of normaliser.terms(word)) this.fieldTerms.add(term);
    for (const term of normaliser.terms(ASPECT_WORDS)) this.unnaming.add(term);
    for (const [term, share] of askedShare) if (share >= ASKED_TOPIC_MIN_SHARE && !this.unnaming.has(term)) this.askedTopicTerms.add(term);
    this.entries.forEach((indexed, position) => {
      for (const term of indexed.allTerms) {
        // An entry that names one in passing ("brain aneurysm clips" among MRI safety checks) is not about it.
        if (this.otherSubjects.has(term)) continue;
        const list = this.postings.get(term);
        if (list) list.push(position);
        else this.postings.set(term, [position]);
      }
    });
    // Weights depend on every entry's terms, so they are worked out once all are indexed.
    const rarity = (entriesUsing: number) => Math.log(1 + (entries.length - entriesUsing + 0.5) / (entriesUsing + 0.5));
    const boost = (share: number) => {
      const grown = (share - TOPIC_SHARE_UNBOOSTED) / (TOPIC_SHARE_FULLY_BOOSTED - TOPIC_SHARE_UNBOOSTED);
      return 1 + (TOPIC_TERM_BOOST - 1) * Math.min(1, Math.max(0, grown));
    };
    for (const [term, list] of this.postings) this.weights.set(term, rarity(list.length) * boost(titleShare.get(term) ?? 0));
    for (const term of QUESTION_WORDS) this.weights.set(term, QUESTION_WORD_WEIGHT);
    this.unknownWeight = rarity(unknownTermEntries);
    // A story word that an entry's questions keep asking with ("can you look at my MRI") is how that
    // topic is asked, and weighs as a rare word does; one they seldom use weighs little more than a
    // story word. One question in thirty that said "today" or "husband" made the word rare and
    // telling, and "I'm so confused after my appointment today" got the opening hours.
    for (const word of STORY_WORDS) {
      for (const term of normaliser.terms(word)) {
        const owned = Math.min(1, (askedShare.get(term) ?? 0) / TOPIC_TERM_MIN_SHARE);
        this.weights.set(term, STORY_WORD_WEIGHT + owned * Math.max(0, this.weight(term) - STORY_WORD_WEIGHT));
      }
    }
    for (const term of this.otherSubjects) this.weights.set(term, OTHER_SUBJECT_FACTOR * this.unknownWeight);
    for (const term of this.postings.keys()) if (NUMBER.test(term)) this.weights.set(term, STORY_WORD_WEIGHT);
    for (const term of this.postings.keys()) this.termIds.set(term, this.termIds.size);
    this.entries.forEach((indexed, i) => {
      indexed.phrasings = (termSets[i] as Set<string>[]).map((terms) => {
        // A term with no postings (another subject's, see above) never matches a question, but the
        // phrasing still has to be covered for it.
        const matchable = [...terms].filter((term) => this.termIds.has(term));
        return {
          termIds: Int32Array.from(matchable, (term) => this.termIds.get(term) as number),
          termWeights: Float64Array.from(matchable, (term) => this.weight(term)),
          weight: [...terms].reduce((sum, term) => sum + this.weight(term), 0),
        };
      });
      indexed.lightestPhrasing = Math.min(...indexed.phrasings.map(({ weight }) => weight));
    });
  }

  /**
   * The question's terms as a mask over term ids, for comparing it with phrasings (bestPhrasing):
   * each term's share of its usual weight in this question, 1 unless it was only told.
   */
  mask(terms: Iterable<string>, weight: (term: string) => number): Float32Array {
    const mask = new Float32Array(this.termIds.size);
    for (const term of terms) {
      const id = this.termIds.get(term);
      if (id !== undefined) mask[id] = weight(term) / this.weight(term);
    }
    return mask;
  }

  /**
   * How telling a term is: rare terms say more about which entry is meant. A term no entry uses
   * weighs like one that `unknownTermEntries` entries use: enough that a question mostly about
   * something else ("3d printer extrusion") falls below the answer threshold, not so much that one
   * stray word ("mild") sinks a question the knowledge base does answer.
   */
  weight(term: string): number {
    return this.weights.get(term) ?? (NUMBER.test(term) ? STORY_WORD_WEIGHT : this.unknownWeight);
  }

  /**
   * A term's weight when it comes only in a story's telling, not in what it asks. A word the
   * knowledge base never uses ("dishwasher", "furniture", "Thursday") says what happened, not
   * what is wanted, and weighed as unknown it drowned the few words of the question: coverage
   * fell with every sentence the patient added. A word entries do use counts, but less than in
   * the question: "flare", "sleep" or "work" in the story outweighed "protrusion and extrusion".
   */
  storyWeight(term: string): number {
    return this.weights.has(term) ? TOLD_SHARE * this.weight(term) : STORY_WORD_WEIGHT;
  }

  /** Whether the term names a subject outside a spine clinic (see OTHER_SUBJECT_WORDS). */
  namesOtherSubject(term: string): boolean {
    return this.otherSubjects.has(term);
  }

  /** Whether the term names the patient's own affairs, which a story's later questions are not about (see AFFAIRS_WORDS). */
  namesAffairs(term: string): boolean {
    return this.affairs.has(term);
  }

  /** Whether the term places a question in the clinic's field (see FIELD_WORDS). */
  namesTheField(term: string): boolean {
    return this.fieldTerms.has(term);
  }

  /**
   * Whether a word of the message, as written (corrected, not mapped by the lexicon), names a place
   * with its own hours and payments (see OTHER_PLACE_WORDS).
   */
  namesOtherPlace(word: string): boolean {
    return this.otherPlaces.has(stemmer(word));
  }

  /** Whether the term names a thing, not only what is asked about it (see ASPECT_WORDS). */
  namesSomething(term: string): boolean {
    return !this.unnaming.has(term);
  }

  /** Whether the term names some entry's topic (see TOPIC_TERM_BOOST). */
  namesTopic(term: string): boolean {
    return this.topicTerms.has(term);
  }

  /**
   * Whether the term names some entry's topic, the clinic's own included: "what's your email
   * address?" at the end of a story asks something answerable, though "email" is not boosted.
   */
  namesAnyTopic(term: string): boolean {
    if (QUESTION_WORDS.has(term)) return false;
    return this.topicTerms.has(term) || this.clinicTopicTerms.has(term) || this.askedTopicTerms.has(term);
  }

  /**
   * The most of a question (its terms marked in `mask`, as for bestPhrasing) that one of the entry's
   * phrasings asks together with `term`: 0 when no phrasing of the entry uses the term at all.
   */
  askedWith(indexed: IndexedEntry, term: string, mask: Float32Array): number {
    const id = this.termIds.get(term);
    let best = 0;
    if (id === undefined) return best;
    for (const { termIds, termWeights } of indexed.phrasings) {
      if (!termIds.includes(id)) continue;
      let matched = 0;
      for (let k = 0; k < termIds.length; k++) matched += (termWeights[k] as number) * (mask[termIds[k] as number] as number);
      best = Math.max(best, matched);
    }
    return best;
  }

  /**
   * Entries that use any of the terms, with the summed weight of the terms each one uses: the
   * entries' positions in the order a term first reached them, and the weights by position. Arrays,
   * not a map: on a large knowledge base a common word reaches thousands of entries per question.
   */
  matches(terms: readonly string[], weight: (term: string) => number): { positions: Int32Array; matched: Float64Array } {
    const matched = new Float64Array(this.entries.length);
    const positions = new Int32Array(this.entries.length);
    // Which entries a term has reached, kept apart from the weights: a term weighed at nothing
    // reaches an entry and leaves its weight at 0.
    const seen = new Uint8Array(this.entries.length);
    let reached = 0;
    for (const term of new Set(terms)) {
      const list = this.postings.get(term);
      if (!list) continue;
      const w = weight(term);
      for (const position of list) {
        if (seen[position] === 0) {
          seen[position] = 1;
          positions[reached++] = position;
        }
        matched[position] = (matched[position] as number) + w;
      }
    }
    return { positions: positions.subarray(0, reached), matched };
  }
}
