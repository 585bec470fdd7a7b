/**
 * Finds the calibration (server/retrieval/calibration.ts) that labels the development set best,
 * with the clarify rate held at or under 10% and out-of-scope rejection at or over 92%. Run: `npm run calibrate`. It reads only
 * tests/eval/dev.jsonl: the held-out test split must never steer these numbers.
 */
import { readFileSync } from 'node:fs';
import { chooseOutcome, createEngine, decide } from '../server/answer/decide.js';
import { parseEvalSet } from '../server/eval/eval-set.js';
import { labelOf, summarise, toResult } from '../server/eval/score.js';
import { loadKnowledge } from '../server/kb/load.js';
import { CALIBRATION, type Calibration } from '../server/retrieval/calibration.js';

const MAX_CLARIFY = 0.1;
const MIN_OUT_OF_SCOPE_REJECTED = 0.92;
const file = 'tests/eval/dev.jsonl';
const questions = parseEvalSet(readFileSync(file, 'utf8'), file);
const kb = loadKnowledge(process.env.KB_DIR ?? 'knowledge');

const range = (from: number, to: number, step: number) =>
  Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => Math.round((from + i * step) * 1000) / 1000);

interface Trial { calibration: Calibration; score: number; summary: ReturnType<typeof summarise> }
const trials: Trial[] = [];
for (const phrasingShare of range(0.3, 0.8, 0.1)) {
  for (const unknownTermEntries of [0.5, 1, 2, 3, 5]) {
    const engine = createEngine(kb, { ...CALIBRATION, phrasingShare, unknownTermEntries });
    const decisions = questions.map((q) => decide(engine, q.q));
    for (const answer of range(0.4, 0.7, 0.025)) {
      for (const clarify of range(0.25, answer, 0.025)) {
        for (const closeMargin of [0, 0.02, 0.04, 0.06]) {
          const calibration = { phrasingShare, unknownTermEntries, answer, clarify, closeMargin };
          const results = questions.map((q, i) => {
            const decision = decisions[i]!;
            if (!['answer', 'clarify', 'fallback'].includes(decision.kind)) return toResult(q, decision);
            const kind = chooseOutcome(decision.candidates, calibration);
            const best = decision.candidates[0];
            const relabelled = { ...decision, kind, topic: kind === 'fallback' ? undefined : best?.topic };
            return { ...toResult(q, relabelled), label: labelOf(relabelled) };
          });
          const summary = summarise(results);
          if (summary.clarifyRate.rate > MAX_CLARIFY || summary.outOfScopeRejected.rate < MIN_OUT_OF_SCOPE_REJECTED) continue;
          // Every question counts once: a wrong topic and a guess at a question we cannot answer
          // are both failures a patient notices.
          const score = summary.overall.rate;
          trials.push({ calibration, score, summary });
        }
      }
    }
  }
}
trials.sort((a, b) => b.score - a.score);
const pct = (r: { rate: number }) => `${(r.rate * 100).toFixed(1)}%`;
console.log(`${file}: best calibrations with clarify <= ${MAX_CLARIFY * 100}% and out-of-scope rejected >= ${MIN_OUT_OF_SCOPE_REJECTED * 100}%`);
for (const { calibration, summary } of trials.slice(0, 10)) {
  console.log(`${JSON.stringify(calibration)}  topic ${pct(summary.topicTop1)}  out-of-scope ${pct(summary.outOfScopeRejected)}  clarify ${pct(summary.clarifyRate)}`);
}
