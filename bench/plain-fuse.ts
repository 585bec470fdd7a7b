import Fuse from 'fuse.js';
import type { Decision } from '../server/answer/decision.js';
import type { KnowledgeBase } from '../server/kb/knowledge-base.js';

/**
 * The baseline: Fuse.js with its default options over the same entries, the top hit taken as the
 * answer and no hit as "I don't know". No triage, no normalisation, no confidence: what a team gets
 * from dropping the library in.
 */
export function plainFuse(kb: KnowledgeBase): (question: string) => Pick<Decision, 'kind' | 'topic' | 'candidates' | 'confidence'> {
  const fuse = new Fuse(kb.entries, { keys: ['title', 'questions', 'body'], includeScore: true });
  return (question) => {
    const [best] = fuse.search(question, { limit: 1 });
    if (!best) return { kind: 'fallback', candidates: [] };
    const entry = best.item;
    const confidence = 1 - (best.score ?? 1);
    return {
      kind: 'answer', topic: entry.topic, confidence,
      candidates: [{ entryId: entry.id, topic: entry.topic, title: entry.title, confidence }],
    };
  };
}
