import { z } from 'zod';
import { TOPICS } from '../kb/topics.js';

export const OUTCOME_LABELS = ['urgent', 'none', 'smalltalk', 'handoff'] as const;
const label = z.enum([...TOPICS, ...OUTCOME_LABELS]);
const lineSchema = z.object({ q: z.string(), expect: z.union([label, z.array(label).min(1)]) });

export type Label = z.infer<typeof label>;
export interface EvalQuestion {
  q: string;
  expect: Label[];
}

/** Reads a JSONL question set; a bad line is reported with its line number. */
export function parseEvalSet(text: string, file: string): EvalQuestion[] {
  const questions: EvalQuestion[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new Error(`${file}:${index + 1}: not valid JSON`);
    }
    const parsed = lineSchema.safeParse(json);
    if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ')}`);
    const { q, expect } = parsed.data;
    questions.push({ q, expect: Array.isArray(expect) ? expect : [expect] });
  });
  return questions;
}
