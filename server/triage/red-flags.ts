import type { RedFlags, UrgencyLevel } from '../kb/schema.js';

export type RedFlagRule = RedFlags['rules'][number];

export interface RedFlagMatch {
  rule: RedFlagRule;
  /** The words that fired it, for tests and for the unanswered-questions review; never logged. */
  matched: string;
}

/** Words that, shortly before a symptom in the same clause, deny it: "no bladder problems". */
const NEGATION_CUES = new Set([
  'no', 'not', 'never', 'without', 'dont', 'doesnt', 'didnt', 'havent', 'hasnt', 'hadnt', 'isnt', 'arent',
  'wasnt', 'werent', 'deny', 'denies', 'denied', 'nor', 'neither', 'none', 'free', 'nothing', 'excluded',
]);
const NEGATION_WINDOW = 5;
/** "ruled out cauda equina", "no sign of", "apart from": cues of more than one word. */
const NEGATION_PHRASES = /\b(ruled out|rule out|no sign of|no signs of|apart from|other than)\b/;

/** Clause breaks: a denial does not reach past them ("no fever, but I can't pee"). */
const CLAUSE_BREAK = /[.!?;,\n]+|\b(?:but|however|although|though|except|yet)\b/iu;

/** "what is foot drop": a question about the words, not a report of the symptom. */
const ASKING_ABOUT = /^\s*(what (is|are|does|do) (a |an |the )?|whats (a |an |the )?|define |explain |tell me about |meaning of |what is meant by )$/;

const LEVEL_ORDER: Record<UrgencyLevel, number> = { emergency: 0, crisis: 1, urgent: 2 };

interface CompiledRule {
  rule: RedFlagRule;
  patterns: RegExp[];
  context?: RegExp[];
  exceptions?: RegExp[];
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
        patterns: rule.patterns.map((p) => new RegExp(p, 'gu')),
        context: rule.with?.map((p) => new RegExp(p, 'u')),
        exceptions: rule.unless?.map((p) => new RegExp(p, 'u')),
      }))
      .sort((a, b) => LEVEL_ORDER[a.rule.level] - LEVEL_ORDER[b.rule.level]);
  }

  /** The literal words in the patterns, so typo correction can aim at them. */
  static vocabulary(redFlags: RedFlags): string[] {
    return redFlags.rules.flatMap((rule) => [...rule.patterns, ...(rule.with ?? []), ...(rule.unless ?? [])])
      .flatMap((source) => source.match(/[a-z]{4,}/g) ?? []);
  }

  /** The most urgent rule the message fires, or undefined. */
  check(text: string): RedFlagMatch | undefined {
    const clauses = text.split(CLAUSE_BREAK)
      .filter((c): c is string => c !== undefined)
      .map((clause) => this.correctWords(clause).join(' '))
      .filter((clause) => clause.length > 0);
    const whole = clauses.join(' . ');
    for (const { rule, patterns, context, exceptions } of this.rules) {
      if (context && !context.some((re) => re.test(whole))) continue;
      if (exceptions?.some((re) => re.test(whole))) continue;
      for (const clause of clauses) {
        for (const pattern of patterns) {
          for (const match of clause.matchAll(pattern)) {
            const before = clause.slice(0, match.index);
            if (!isNegated(before) && !ASKING_ABOUT.test(before)) return { rule, matched: match[0] };
          }
        }
      }
    }
    return undefined;
  }
}

function isNegated(before: string): boolean {
  const words = before.trim().split(' ').filter(Boolean).slice(-NEGATION_WINDOW);
  return words.some((word) => NEGATION_CUES.has(word)) || NEGATION_PHRASES.test(words.join(' '));
}
