import { createInterface } from 'node:readline/promises';
import { createEngine, decide, type Engine } from '../answer/decide.js';
import type { Decision } from '../answer/decision.js';
import { loadKnowledge } from '../kb/load.js';
import { knowledgeDir } from './knowledge-dir.js';

/** The JSON of `annulus ask --json` (contract section 5). */
export function askJson(decision: Decision) {
  const { kind, text, topic, entryId, confidence, citations, suggestions, candidates } = decision;
  return { kind, text, topic: topic ?? null, entryId: entryId ?? null, confidence: confidence ?? null, citations, suggestions, candidates };
}

function describe(decision: Decision): string {
  const facts = [decision.kind, decision.topic, decision.confidence?.toFixed(2)].filter(Boolean).join(' · ');
  const offers = decision.suggestions.length > 0 ? `\n\nSuggestions: ${decision.suggestions.join(' | ')}` : '';
  return `[${facts}]\n${decision.text}${offers}\n`;
}

export async function ask(question: string | undefined, json: boolean, out: NodeJS.WritableStream): Promise<number> {
  const engine = createEngine(loadKnowledge(knowledgeDir()));
  if (question !== undefined) {
    const decision = decide(engine, question);
    out.write(json ? `${JSON.stringify(askJson(decision), null, 2)}\n` : describe(decision));
    return 0;
  }
  return converse(engine, out);
}

/** A console conversation: what `npm start` offers until the server exists. */
async function converse(engine: Engine, out: NodeJS.WritableStream): Promise<number> {
  const lines = createInterface({ input: process.stdin, output: out, terminal: process.stdin.isTTY });
  out.write(`${engine.kb.clinic.name} assistant. Ask a question; an empty line or Ctrl+D ends.\n\n`);
  for await (const line of lines) {
    if (line.trim() === '') break;
    out.write(`${describe(decide(engine, line))}\n`);
  }
  lines.close();
  return 0;
}
