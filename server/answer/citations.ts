import type { CitedSource } from '../kb/knowledge-base.js';
import { plainText } from '../retrieval/snippet.js';
import type { Citation } from './decision.js';

/**
 * Puts the citation badges after the paragraph the snippet comes from and appends Markdown
 * reference definitions, so `[1]` renders as a link to the source wherever Markdown is shown.
 */
export function withCitations(markdown: string, sources: readonly CitedSource[], snippet: string): { text: string; citations: Citation[] } {
  const citations = sources.map(({ source, locator }, i): Citation => ({
    position: i + 1,
    title: locator ? `${source.title} (${locator})` : source.title,
    url: source.url,
    snippet,
  }));
  if (citations.length === 0) return { text: markdown, citations };

  const paragraphs = markdown.split(/\n\s*\n/);
  const probe = plainText(snippet).slice(0, 40);
  const found = paragraphs.findIndex((p) => plainText(p).includes(probe));
  const at = found >= 0 ? found : 0;
  const badges = citations.map((c) => `[${c.position}]`).join(' ');
  paragraphs[at] = `${(paragraphs[at] as string).trimEnd()} ${badges}`;

  const definitions = citations.map((c) => `[${c.position}]: ${c.url} "${c.title.replace(/"/g, "'")}"`);
  return { text: `${paragraphs.join('\n\n')}\n\n${definitions.join('\n')}`, citations };
}
