import { readFileSync } from 'node:fs';
import { createEngine, decide } from '../answer/decide.js';
import { compareRuns, formatComparison, parseEarlierRun } from '../eval/compare.js';
import { parseEvalSet } from '../eval/eval-set.js';
import { formatSummary, summarise, toResult } from '../eval/score.js';
import { loadKnowledge } from '../kb/load.js';
import { knowledgeDir } from './knowledge-dir.js';

/** `against` names an earlier `--json` run, so an author sees which answers an edit changed. */
export function evaluate(file: string, json: boolean, out: NodeJS.WritableStream, against?: string): number {
  const questions = parseEvalSet(readFileSync(file, 'utf8'), file);
  const earlier = against === undefined ? undefined : parseEarlierRun(readFileSync(against, 'utf8'), against);
  const engine = createEngine(loadKnowledge(knowledgeDir()));
  const results = questions.map((question) => toResult(question, decide(engine, question.q)));
  const summary = summarise(results);
  if (json) {
    out.write(`${JSON.stringify({ summary, results }, null, 2)}\n`);
    return 0;
  }
  const misses = results.filter((r) => !(Array.isArray(r.expect) ? r.expect : [r.expect]).includes(r.label as never));
  out.write(`${file}: ${summary.questions} questions\n${formatSummary(summary)}\n`);
  if (misses.length > 0) {
    out.write(`\nMisses (expected -> got):\n`);
    for (const miss of misses) out.write(`  ${String(miss.expect)} -> ${miss.label} (${miss.kind}${miss.confidence === null ? '' : ` ${miss.confidence.toFixed(2)}`}): ${miss.q}\n`);
  }
  // Last, so the changes are what stays on the author's screen.
  if (earlier !== undefined && against !== undefined) out.write(`\n${formatComparison(compareRuns(earlier, results), against)}\n`);
  return 0;
}
