import type { CitedSource } from '../kb/knowledge-base.js';
import { plainText } from '../retrieval/snippet.js';
import type { Citation } from './decision.js';

/**
 * Puts the citation badges after the paragraph the snippet comes from and appends Markdown
 * reference definitions, so `[1]` renders as a link to the source wherever Markdown is shown.
 */
export function withCitations(markdown: string, sources: readonly CitedSource[], snippet: string): { text: string; citations: Citation[] } {
  const citations = toCitations(sources, 1, snippet);
  if (citations.length === 0) return { text: markdown, citations };

  const paragraphs = markdown.split(/\n\s*\n/);
  const probe = plainText(snippet).slice(0, 40);
  const found = paragraphs.findIndex((p) => plainText(p).includes(probe));
  const at = found >= 0 ? found : 0;
  paragraphs[at] = `${(paragraphs[at] as string).trimEnd()} ${badges(citations)}`;
  return { text: `${paragraphs.join('\n\n')}\n\n${definitions(citations)}`, citations };
}

/**
 * A cited line put before an answer (the safety net, server/triage/safety-net.ts), its sources
 * numbered after the answer's own and defined after theirs.
 */
export function withLineBefore(
  answer: { text: string; citations: Citation[] }, line: string, sources: readonly CitedSource[],
): { text: string; citations: Citation[] } {
  const added = toCitations(sources, answer.citations.length + 1, line);
  if (added.length === 0) return { text: `${line}\n\n${answer.text}`, citations: answer.citations };
  const gap = answer.citations.length === 0 ? '\n\n' : '\n';
  return { text: `${line} ${badges(added)}\n\n${answer.text}${gap}${definitions(added)}`, citations: [...answer.citations, ...added] };
}

function toCitations(sources: readonly CitedSource[], first: number, snippet: string): Citation[] {
  return sources.map(({ source, locator }, i) => ({
    position: first + i,
    title: locator ? `${source.title} (${locator})` : source.title,
    url: source.url,
    snippet,
  }));
}

const badges = (citations: readonly Citation[]) => citations.map((c) => `[${c.position}]`).join(' ');

const definitions = (citations: readonly Citation[]) =>
  citations.map((c) => `[${c.position}]: ${c.url} "${c.title.replace(/"/g, "'")}"`).join('\n');
