import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decide } from '../server/answer/decide.js';
import { parseEvalSet } from '../server/eval/eval-set.js';
import { summarise, toResult, type EvalSummary } from '../server/eval/score.js';
import { shippedEngine } from './helpers/engine.js';

/**
 * Floors under the measured figures (README, "Retrieval"): a change to the knowledge base, the
 * lexicon or the code that makes patients' answers worse fails CI. The test split is held out:
 * nobody tunes on it, so its floors say how the bot does on questions nobody tuned for. The dev
 * floor for topics fell from 0.94 to 0.92 when 148 harder questions (long stories, denials, near
 * misses) joined the dev set; on its first 577 questions the figure stayed at 95%. The validation
 * split is held out too: 157 questions written by someone who had not seen the system's answers
 * nor the other splits, measured before the lexicon was widened and never tuned on. In session 5,
 * 220 more questions written the same way were scored once as they came (77% topics, 81% out of
 * scope) and then joined dev, with 200 in other styles (85% and 73%) and 160 messages about red
 * flags (54% urgent recall, 24% false urgent), and 180 on practicalities, follow-ups and small talk
 * (71% and 57%), two plain sets of 150 (91% and 92% topics, 84% and 66% out of scope) and 200
 * long stories (64% and 74% topics). Dev's topic floor fell to 0.89 with those 1,260 questions; on
 * its first 725 it rose to 96%. The held-out floors rose with what the work gave them. In session
 * 6, 1,473 more joined dev the same way (plain questions 90% topics untouched, long stories 88%,
 * spelling and learners' English 66%, report words and comparisons 84%, small talk and hand-offs
 * 72%/61% and 18%/56%, red flags 84% and 70% urgent recall), and dev's topic floor rose to 0.93.
 * In session 7, 1,956 more joined (relatives and fragments 89% topics untouched, sound spelling
 * 76%, anxious and googled questions 75%, other subjects and sizes 84%, texting 72%, an
 * independent check of 150 at 94%; intents 18%/45% and 38%/58%; red flags 80% and 54% urgent
 * recall), and dev's topic figure stayed at 93%. In session 8, 2,805 more joined (knowledge 76-89%
 * topics untouched, look-alikes of red flags 13-16% false urgent, reports in unseen words 43% and 69%
 * urgent recall, intents 36-38% small talk and 66-73% hand-off, negated subjects 78%, an independent
 * check of 200 at 96.2% topics and 92% urgent recall); dev's topic figure stayed at 93% and
 * validation's rose to 93.5%, so its topic floor rose to the 92% target. In session 9, 640 more joined
 * (knowledge 93.8% topics untouched, red flags 83.8% urgent recall and 6.7% false urgent, intents
 * 78.6% small talk and 62.9% hand-off) and dev's topic figure rose to 93.6%; held-out figures did not move.
 * In session 10, 1,040 more joined (red flags 82.0% and 74.2% urgent recall untouched, intents 48.6%
 * small talk and 88.6% hand-off, knowledge 92.9% topics, an independent check of 200 at 92.7% topics
 * and 86.7% urgent recall); dev's topic figure stayed at 93.6% and validation's fell to 92.6%.
 */
type Split = 'dev' | 'test' | 'validation';

const FLOORS: Record<Split, { topicTop1: number; outOfScopeRejected: number; urgentRecall: number; falseUrgentAtMost: number; clarifyAtMost: number }> = {
  dev: { topicTop1: 0.93, outOfScopeRejected: 0.92, urgentRecall: 1, falseUrgentAtMost: 0.01, clarifyAtMost: 0.1 },
  test: { topicTop1: 0.93, outOfScopeRejected: 0.95, urgentRecall: 0.95, falseUrgentAtMost: 0.03, clarifyAtMost: 0.1 },
  validation: { topicTop1: 0.92, outOfScopeRejected: 0.92, urgentRecall: 1, falseUrgentAtMost: 0.02, clarifyAtMost: 0.1 },
};

function evaluate(split: Split): EvalSummary {
  const file = `tests/eval/${split}.jsonl`;
  const engine = shippedEngine();
  return summarise(parseEvalSet(readFileSync(file, 'utf8'), file).map((q) => toResult(q, decide(engine, q.q))));
}

describe.each(['dev', 'test', 'validation'] as const)('the %s split', (split) => {
  const summary = evaluate(split);
  const floor = FLOORS[split];

  it('answers with the right topic', () => expect(summary.topicTop1.rate).toBeGreaterThanOrEqual(floor.topicTop1));
  it('declines what it cannot answer', () => expect(summary.outOfScopeRejected.rate).toBeGreaterThanOrEqual(floor.outOfScopeRejected));
  it('recognises emergencies', () => expect(summary.urgentRecall.rate).toBeGreaterThanOrEqual(floor.urgentRecall));
  it('does not raise false alarms', () => expect(summary.falseUrgent.rate).toBeLessThanOrEqual(floor.falseUrgentAtMost));
  it('rarely needs to ask back', () => expect(summary.clarifyRate.rate).toBeLessThanOrEqual(floor.clarifyAtMost));
});
