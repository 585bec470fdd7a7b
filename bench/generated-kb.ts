import type { Entry, KnowledgeBase } from '../server/kb/knowledge-base.js';
import { TOPICS } from '../server/kb/topics.js';

/**
 * A knowledge base of `size` entries for timing: the shipped entries, then invented ones built by
 * recombining their sentences and questions with a seeded generator, so the vocabulary, question
 * lengths and bodies look like a real clinic's much larger library. The answers make no sense; the
 * timing is what counts.
 */
export function generatedKnowledgeBase(shipped: KnowledgeBase, size: number, seed = 42): KnowledgeBase {
  let state = seed;
  const random = () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const words = [...new Set(shipped.entries.flatMap((e) => `${e.body} ${e.questions.join(' ')}`.toLowerCase().match(/[a-z]{3,}/g) ?? []))];
  const sentences = shipped.entries.flatMap((e) => e.body.split(/(?<=\.)\s+/));
  const invent = (count: number) => Array.from({ length: count }, () => pick(words)).join(' ');

  const entries: Entry[] = [...shipped.entries];
  for (let i = entries.length; i < size; i++) {
    const model = pick(shipped.entries);
    entries.push({
      ...model,
      id: `generated-${i}`,
      topic: pick(TOPICS),
      title: `${invent(3)} ${pick(model.title.split(' '))}`,
      questions: Array.from({ length: 12 }, () => `${pick(model.questions)} ${invent(2)}`),
      body: Array.from({ length: 8 }, () => pick(sentences)).join(' '),
      related: [],
      file: `generated-${i}.md`,
    });
  }
  return { ...shipped, entries };
}
