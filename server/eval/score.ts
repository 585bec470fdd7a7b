import type { Decision } from '../answer/decision.js';
import type { EvalQuestion, Label } from './eval-set.js';

export interface EvalResult {
  q: string;
  expect: Label | Label[];
  kind: Decision['kind'];
  topic: string | null;
  label: string;
  confidence: number | null;
}

/** The eval label of a decision (contract section 5). */
export function labelOf(decision: Pick<Decision, 'kind' | 'topic' | 'candidates'>): string {
  switch (decision.kind) {
    case 'urgent': return 'urgent';
    case 'fallback': return 'none';
    case 'smalltalk': return 'smalltalk';
    case 'handoff': return 'handoff';
    case 'clarify': return decision.candidates[0]?.topic ?? decision.topic ?? 'none';
    case 'answer': return decision.topic ?? 'none';
  }
}

export function toResult(question: EvalQuestion, decision: Pick<Decision, 'kind' | 'topic' | 'candidates' | 'confidence'>): EvalResult {
  return {
    q: question.q,
    expect: question.expect.length === 1 ? question.expect[0] as Label : question.expect,
    kind: decision.kind,
    topic: decision.topic ?? null,
    label: labelOf(decision),
    confidence: decision.confidence ?? null,
  };
}

const OUTCOMES = new Set(['urgent', 'none', 'smalltalk', 'handoff']);

/** A share with the counts behind it, so a reader sees how much a percentage rests on. */
export interface Rate {
  rate: number;
  hits: number;
  of: number;
}

export interface EvalSummary {
  questions: number;
  /** Every line: the label is one of the expected ones. */
  overall: Rate;
  /** Lines that expect a topic: the top label is one of them. */
  topicTop1: Rate;
  /** Lines that expect only `none`: the bot fell back. */
  outOfScopeRejected: Rate;
  /** Lines that expect only `urgent`: the bot gave the urgent reply. */
  urgentRecall: Rate;
  /** Lines that do not expect `urgent` but got it. */
  falseUrgent: Rate;
  /** Every line: the bot asked which question was meant. */
  clarifyRate: Rate;
  smallTalk: Rate;
  handoff: Rate;
}

export function summarise(results: readonly EvalResult[]): EvalSummary {
  const expects = (r: EvalResult) => (Array.isArray(r.expect) ? r.expect : [r.expect]) as string[];
  const rate = (rows: readonly EvalResult[], hit: (r: EvalResult) => boolean): Rate => {
    const hits = rows.filter(hit).length;
    return { rate: rows.length === 0 ? 0 : hits / rows.length, hits, of: rows.length };
  };
  const correct = (r: EvalResult) => expects(r).includes(r.label);
  const expecting = (label: string) => results.filter((r) => expects(r).includes(label));
  // A line that also accepts another label ("what is cauda equina?": red-flags or urgent) says
  // nothing about recall; a line that accepts it at all is no false alarm.
  const expectingOnly = (label: string) => results.filter((r) => expects(r).every((e) => e === label));
  return {
    questions: results.length,
    overall: rate(results, correct),
    topicTop1: rate(results.filter((r) => expects(r).every((e) => !OUTCOMES.has(e))), correct),
    outOfScopeRejected: rate(expectingOnly('none'), (r) => r.label === 'none'),
    urgentRecall: rate(expectingOnly('urgent'), (r) => r.label === 'urgent'),
    falseUrgent: rate(results.filter((r) => !expects(r).includes('urgent')), (r) => r.label === 'urgent'),
    clarifyRate: rate(results, (r) => r.kind === 'clarify'),
    smallTalk: rate(expecting('smalltalk'), correct),
    handoff: rate(expecting('handoff'), correct),
  };
}

const percent = (r: Rate) => `${(r.rate * 100).toFixed(1)}%`.padStart(6);

/** The summary as a small table for the terminal. */
export function formatSummary(summary: EvalSummary): string {
  const rows: [string, Rate][] = [
    ['topic top-1 accuracy', summary.topicTop1],
    ['out-of-scope rejected', summary.outOfScopeRejected],
    ['urgent recall', summary.urgentRecall],
    ['false urgent', summary.falseUrgent],
    ['clarify rate', summary.clarifyRate],
    ['small talk', summary.smallTalk],
    ['handoff', summary.handoff],
    ['all labels', summary.overall],
  ];
  return rows.map(([name, r]) => `${name.padEnd(24)}${percent(r)}  (${r.hits}/${r.of})`).join('\n');
}
