import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createEngine, decide } from '../server/answer/decide.js';
import { parseEvalSet, type EvalQuestion } from '../server/eval/eval-set.js';
import { summarise, toResult, type EvalSummary } from '../server/eval/score.js';
import type { KnowledgeBase } from '../server/kb/knowledge-base.js';
import { generatedKnowledgeBase } from './generated-kb.js';
import { plainFuse } from './plain-fuse.js';
import { quantile } from './quantile.js';

export interface SplitFigures {
  split: string;
  questions: number;
  annulus: EvalSummary;
  plainFuse: EvalSummary;
}

export interface LatencyFigures {
  entries: number;
  questions: number;
  p50Ms: number;
  p99Ms: number;
  buildMs: number;
}

const SPLITS = ['dev', 'test', 'validation'] as const;
const ROUNDS = 5;

function load(split: string): EvalQuestion[] {
  const file = `tests/eval/${split}.jsonl`;
  return parseEvalSet(readFileSync(file, 'utf8'), file);
}

export function accuracy(kb: KnowledgeBase): SplitFigures[] {
  const engine = createEngine(kb);
  const baseline = plainFuse(kb);
  return SPLITS.map((split) => {
    const questions = load(split);
    return {
      split,
      questions: questions.length,
      annulus: summarise(questions.map((q) => toResult(q, decide(engine, q.q)))),
      plainFuse: summarise(questions.map((q) => toResult(q, baseline(q.q)))),
    };
  });
}


/**
 * Time per question through the whole decision path, after one warm-up pass. The engine forgets its
 * recent decisions before each one, so every question is timed as one it has never seen.
 */
export function latency(kb: KnowledgeBase): LatencyFigures {
  const started = performance.now();
  const engine = createEngine(kb);
  const buildMs = performance.now() - started;
  const questions = SPLITS.flatMap(load).map((q) => q.q);
  for (const q of questions) decide(engine, q);
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of questions) {
      engine.recent.clear();
      const t0 = performance.now();
      decide(engine, q);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  return { entries: kb.entries.length, questions: times.length, p50Ms: quantile(times, 0.5), p99Ms: quantile(times, 0.99), buildMs };
}

export function retrievalBench(kb: KnowledgeBase) {
  return {
    accuracy: accuracy(kb),
    latency: [latency(kb), latency(generatedKnowledgeBase(kb, 5_000))],
  };
}
