import type { RedFlags, UrgencyLevel } from '../kb/schema.js';
import { isNegated, splitClauses } from './negation.js';

export type RedFlagRule = RedFlags['rules'][number];

export interface RedFlagMatch {
  rule: RedFlagRule;
  /** The words that fired it, for tests and for the unanswered-questions review; never logged. */
  matched: string;
}

/**
 * A question about the words, not a report of the symptom: "what is foot drop", "can a slipped
 * disc cause bladder problems", "I read about saddle numbness". A report in another clause of the
 * same message still counts.
 */
const ASKING_ABOUT = new RegExp([
  '^\\s*(what (is|are|does|do) (a |an |the )?|whats (a |an |the )?|define |explain |tell me about |meaning of |what is meant by )$',
  '^\\s*(can|could|does|do|will|would|is|are|might) \\S.{0,40}\\b(cause|causes|mean|lead to|give|make|makes)( \\S+){0,2} $',
  '\\b(read|reading|heard|hear|learned|learnt) about $',
].join('|'));

const CONTEXT_NEGATION_WINDOW = 2;

const LEVEL_ORDER: Record<UrgencyLevel, number> = { emergency: 0, crisis: 1, urgent: 2 };

interface CompiledRule {
  rule: RedFlagRule;
  patterns: Pattern[];
  context?: Pattern[];
  exceptions?: RegExp[];
}

/**
 * A rule's pattern, with a probe: one test over the whole message says whether any clause can
 * match at all, so the clause-by-clause search (the costly part of triage) runs only where it can
 * find something. A match inside a clause is a match in the whole message, except for anchors and
 * lookbehinds, which can tell the two apart; a pattern with those has no probe.
 */
interface Pattern {
  search: RegExp;
  probe?: RegExp;
}

function compile(source: string): Pattern {
  return { search: new RegExp(source, 'gu'), probe: /\^|\$|\(\?<[=!]/.test(source.replace(/\[\^/g, '[')) ? undefined : new RegExp(source, 'u') };
}

const mayMatch = ({ probe }: Pattern, whole: string) => probe === undefined || probe.test(whole);

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
    const reading = this.read(text);
    for (const compiled of this.rules) {
      const matched = firstMatch(compiled, reading);
      if (matched !== undefined) return { rule: compiled.rule, matched };
    }
    return undefined;
  }

  /** Whether one rule, on its own, fires on the message: what a rule's examples are checked with. */
  fires(ruleId: string, text: string): boolean {
    const compiled = this.rules.find((c) => c.rule.id === ruleId);
    return compiled !== undefined && firstMatch(compiled, this.read(text)) !== undefined;
  }

  private read(text: string): Reading {
    const clauses = splitClauses(text)
      .map((clause) => this.correctWords(clause).join(' '))
      .filter((clause) => clause.length > 0);
    return { clauses, whole: clauses.join(' . ') };
  }
}

interface Reading {
  clauses: string[];
  whole: string;
}

function firstMatch({ patterns, context, exceptions }: CompiledRule, { clauses, whole }: Reading): string | undefined {
  // Context is denied only by a cue right before it ("haven't fallen"); a wider window would let
  // "lost weight without trying and my back hurts" deny the back pain.
  const possible = patterns.filter((pattern) => mayMatch(pattern, whole));
  if (possible.length === 0) return undefined;
  if (context && !context.some((re) => mayMatch(re, whole)
    && clauses.some((clause) => reportedMatch(re.search, clause, CONTEXT_NEGATION_WINDOW) !== undefined))) return undefined;
  if (exceptions?.some((re) => re.test(whole))) return undefined;
  for (const clause of clauses) {
    for (const pattern of possible) {
      const matched = reportedMatch(pattern.search, clause);
      if (matched !== undefined) return matched;
    }
  }
  return undefined;
}

/** The first match in the clause that reports the thing rather than denying or asking about it. */
function reportedMatch(pattern: RegExp, clause: string, negationWindow?: number): string | undefined {
  for (const match of clause.matchAll(pattern)) {
    const before = clause.slice(0, match.index);
    if (!isNegated(before, negationWindow) && !ASKING_ABOUT.test(before)) return match[0];
  }
  return undefined;
}
