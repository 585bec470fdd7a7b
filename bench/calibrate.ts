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

/** Every threshold setting to try for one phrasing share and unknown-term weight. */
function* thresholdGrid(): Generator<Omit<Calibration, 'phrasingShare' | 'unknownTermEntries'>> {
  for (const answer of range(0.5, 0.7, 0.025)) {
    for (const answerWithLead of range(0.35, answer, 0.025)) {
      for (const clearLead of [0.05, 0.1, 0.15, 0.2]) {
        for (const clarify of [answerWithLead, answer]) {
          for (const closeMargin of [0, 0.04]) yield { answer, answerWithLead, clearLead, clarify, closeMargin };
        }
      }
    }
  }
}

const trials: Trial[] = [];
for (const phrasingShare of range(0.3, 0.8, 0.1)) {
  for (const unknownTermEntries of [0.5, 1, 2, 3, 5]) {
    // Confidence depends only on these two; thresholds are re-applied to the same candidates.
    const engine = createEngine(kb, { ...CALIBRATION, phrasingShare, unknownTermEntries });
    const decisions = questions.map((q) => decide(engine, q.q));
    for (const thresholds of thresholdGrid()) {
      const calibration = { phrasingShare, unknownTermEntries, ...thresholds };
      const results = questions.map((q, i) => {
        const decision = decisions[i]!;
        if (!['answer', 'clarify', 'fallback'].includes(decision.kind)) return toResult(q, decision);
        const kind = chooseOutcome(decision.candidates, calibration, decision.elsewhere);
        const relabelled = { ...decision, kind, topic: kind === 'fallback' ? undefined : decision.candidates[0]?.topic };
        return { ...toResult(q, relabelled), label: labelOf(relabelled) };
      });
      const summary = summarise(results);
      if (summary.clarifyRate.rate > MAX_CLARIFY || summary.outOfScopeRejected.rate < MIN_OUT_OF_SCOPE_REJECTED) continue;
      // Every question counts once: a wrong topic and a guess at a question we cannot answer
      // are both failures a patient notices.
      trials.push({ calibration, score: summary.overall.rate, summary });
    }
  }
}
trials.sort((a, b) => b.score - a.score);
const pct = (r: { rate: number }) => `${(r.rate * 100).toFixed(1)}%`;
console.log(`${file}: best calibrations with clarify <= ${MAX_CLARIFY * 100}% and out-of-scope rejected >= ${MIN_OUT_OF_SCOPE_REJECTED * 100}%`);
for (const { calibration, summary } of trials.slice(0, 10)) {
  console.log(`${JSON.stringify(calibration)}  topic ${pct(summary.topicTop1)}  out-of-scope ${pct(summary.outOfScopeRejected)}  clarify ${pct(summary.clarifyRate)}`);
}
