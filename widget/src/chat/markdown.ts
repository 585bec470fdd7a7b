import DOMPurify from 'dompurify';
import { marked } from 'marked';
import type { Citation } from './message.js';

DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A' && node.hasAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

/**
 * The bot's Markdown as sanitised HTML. Images and forms are refused as well as scripts: an image from
 * another host would make the clinic's page call a third party, and a form could phish.
 */
export function renderMarkdown(markdown: string, citations: readonly Citation[], sourceLabel: (c: Citation) => string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: true });
  const fragment = DOMPurify.sanitize(html, {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS: ['img', 'svg', 'math', 'form', 'input', 'button', 'textarea', 'select', 'style', 'iframe', 'video', 'audio', 'picture', 'source'],
    FORBID_ATTR: ['style', 'id', 'class', 'part'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:)/i,
  });
  markCitationBadges(fragment, citations, sourceLabel);
  const holder = document.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}

/**
 * `[1]` with a reference definition comes out of marked as a link whose text is `1`. Those become
 * the badges: a stable part for theming and a name a screen reader can say ("Source 1: title").
 */
function markCitationBadges(fragment: DocumentFragment, citations: readonly Citation[], sourceLabel: (c: Citation) => string) {
  for (const link of fragment.querySelectorAll('a')) {
    const position = Number(link.textContent?.replace(/^\[|\]$/g, ''));
    const citation = citations.find((c) => c.position === position);
    if (!citation) continue;
    link.textContent = String(position);
    if (citation.url) link.setAttribute('href', citation.url);
    link.setAttribute('part', 'citation');
    link.setAttribute('aria-label', sourceLabel(citation));
    link.removeAttribute('title');
  }
}
