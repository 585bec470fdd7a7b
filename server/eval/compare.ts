import { z } from 'zod';
import type { EvalResult } from './score.js';

/** Only what a comparison needs of an earlier `annulus eval --json`; other fields may come and go. */
const earlierRunSchema = z.object({ results: z.array(z.object({ q: z.string(), label: z.string() })) });

export interface EarlierAnswer {
  q: string;
  label: string;
}

export interface ChangedAnswer {
  q: string;
  expect: EvalResult['expect'];
  was: string;
  now: string;
  verdict: 'fixed' | 'broken' | 'still wrong' | 'still right';
}

export interface RunComparison {
  changed: ChangedAnswer[];
  /** Questions of this run that the earlier one did not ask, so an author sees the sets differ. */
  notAskedBefore: number;
}

export function parseEarlierRun(text: string, file: string): EarlierAnswer[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${file}: not the JSON of annulus eval --json`);
  }
  const parsed = earlierRunSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${file}: not the JSON of annulus eval --json (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message})`);
  return parsed.data.results;
}

const isRight = (expect: EvalResult['expect'], label: string) => (Array.isArray(expect) ? expect : [expect]).includes(label as never);

/**
 * The answers that changed between an earlier run and this one, matched by question text; a question
 * asked twice is matched in order, so editing a set's other lines does not shift the comparison.
 */
export function compareRuns(earlier: readonly EarlierAnswer[], results: readonly EvalResult[]): RunComparison {
  const earlierLabels = new Map<string, string[]>();
  for (const answer of earlier) earlierLabels.set(answer.q, [...(earlierLabels.get(answer.q) ?? []), answer.label]);
  const changed: ChangedAnswer[] = [];
  let notAskedBefore = 0;
  for (const result of results) {
    const was = earlierLabels.get(result.q)?.shift();
    if (was === undefined) {
      notAskedBefore += 1;
      continue;
    }
    if (was === result.label) continue;
    const before = isRight(result.expect, was);
    const after = isRight(result.expect, result.label);
    const verdict = after ? (before ? 'still right' : 'fixed') : before ? 'broken' : 'still wrong';
    changed.push({ q: result.q, expect: result.expect, was, now: result.label, verdict });
  }
  return { changed, notAskedBefore };
}

/** Broken answers first: they are what an author must look at before publishing an edit. */
export function formatComparison(comparison: RunComparison, earlierFile: string): string {
  const order = ['broken', 'fixed', 'still wrong', 'still right'] as const;
  const count = (verdict: ChangedAnswer['verdict']) => comparison.changed.filter((c) => c.verdict === verdict).length;
  const lines = [`Changed since ${earlierFile}: ${comparison.changed.length} answers (${order.map((v) => `${count(v)} ${v}`).join(', ')})`];
  for (const verdict of order) {
    for (const change of comparison.changed.filter((c) => c.verdict === verdict)) {
      lines.push(`  ${verdict.padEnd(11)} ${change.was} -> ${change.now} (expected ${String(change.expect)}): ${change.q}`);
    }
  }
  if (comparison.notAskedBefore > 0) lines.push(`  ${comparison.notAskedBefore} questions were not in ${earlierFile}`);
  return lines.join('\n');
}
