// Microsoft Web Chat 4.18.1 in headless Chromium, loaded from a page on another origin, talking to the
// real server over Direct Line 3.0: once over WebSocket, once polling.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.js';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { serveOnLoopback, type LoopbackSite } from '../helpers/loopback-site.js';
import { startServer, type RunningServer } from '../helpers/server.js';

// The package's `exports` hides dist/; vitest runs from the repository root.
const WEBCHAT_JS = readFileSync('node_modules/botframework-webchat/dist/webchat.js');

// The page a clinic would embed: no secret, only the origin the server trusts for minting tokens.
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Web Chat e2e</title>
<style>html, body, #webchat { height: 100%; margin: 0 }</style>
<script src="/webchat.js"></script></head>
<body><div id="webchat" role="main"></div>
<script>
(async () => {
  const query = new URLSearchParams(location.search);
  const server = query.get('server');
  const response = await fetch(server + '/v3/directline/tokens/generate', { method: 'POST' });
  if (!response.ok) throw new Error('token request failed: ' + response.status);
  const { token } = await response.json();
  window.WebChat.renderWebChat({
    directLine: window.WebChat.createDirectLine({ domain: server + '/v3/directline', token, webSocket: query.get('webSocket') === 'true' }),
    locale: 'en-US',
    styleOptions: { hideUploadButton: true },
  }, document.getElementById('webchat'));
})();
</script></body></html>`;

const QUESTION = 'is an extrusion worse than a protrusion?';

let pageHost: LoopbackSite;
let running: RunningServer;
let browser: Browser;

beforeAll(async () => {
  pageHost = await serveOnLoopback((request, response) => {
    const path = new URL(request.url ?? '/', 'http://page').pathname;
    if (path === '/webchat.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(WEBCHAT_JS);
    else if (path === '/') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    else if (path === '/favicon.ico') response.writeHead(204).end();
    else response.writeHead(404).end();
  });
  running = await startServer({ ALLOWED_ORIGINS: pageHost.origin });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await running?.dispose();
  await pageHost?.close();
});

async function openChat(webSocket: boolean) {
  const page = await browser.newPage({ locale: 'en-US' });
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const sockets: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  page.on('websocket', (socket) => sockets.push(socket.url()));
  await page.goto(`${pageHost.origin}/?server=${encodeURIComponent(running.url)}&webSocket=${webSocket}`);
  return { page, pageErrors, consoleErrors, sockets };
}

describe('Microsoft Web Chat against the Direct Line channel', () => {
  for (const webSocket of [true, false]) {
    it(`answers with rendered citations and marks the question as sent (webSocket: ${webSocket})`, async () => {
      const { page, pageErrors, consoleErrors, sockets } = await openChat(webSocket);
      try {
        const bubbles = page.locator('.webchat__bubble');
        const botBubbles = page.locator('.webchat__bubble:not(.webchat__bubble--from-user)');
        await expect.poll(() => botBubbles.first().textContent(), { timeout: 30_000 }).toContain('automated assistant');

        const sendBox = page.locator('[data-id="webchat-sendbox-input"]');
        await sendBox.fill(QUESTION);
        await sendBox.press('Enter');

        // Web Chat draws `[n]: url "title"` definitions as a "references" list under the message.
        const references = page.locator('.webchat__link-definitions__list-item-box--as-link');
        await expect.poll(() => references.count(), { timeout: 30_000 }).toBeGreaterThan(0);
        const answer = botBubbles.last();
        expect(await answer.locator('.webchat__render-markdown').textContent()).toContain('protrusion');
        expect(await answer.locator('.webchat__link-definitions__header-text').textContent()).toMatch(/^\d+ references?$/);
        const firstSource = answer.locator('.webchat__link-definitions__list-item-box--as-link').first();
        expect(await firstSource.getAttribute('href')).toMatch(/^https?:\/\//);
        expect((await firstSource.locator('.webchat__link-definitions__list-item-text').textContent())?.trim()).not.toBe('');
        // The inline [1] badge is a link to the same source, labelled with its title for screen readers.
        const badge = answer.locator('a.webchat__render-markdown__pure-identifier').first();
        expect(await badge.getAttribute('href')).toBe(await firstSource.getAttribute('href'));
        expect(await badge.getAttribute('aria-label')).toContain(await firstSource.locator('.webchat__link-definitions__list-item-text').textContent());

        // Exactly one copy of the question, between the welcome and the answer: the echo replaced the
        // pending activity rather than adding a second one, and the replyToId ordering held.
        const texts = await bubbles.allTextContents();
        expect(texts).toHaveLength(3);
        expect(texts[1]).toBe(QUESTION);
        expect(await bubbles.nth(1).getAttribute('class')).toContain('webchat__bubble--from-user');

        // Without an echo carrying its clientActivityID the question would stay "Sending" and turn into
        // "Send failed. Retry." after 20 s; echoed, it shows a timestamp like any delivered message.
        const question = page.locator('article.webchat__basic-transcript__activity', { has: page.locator('.webchat__bubble--from-user') });
        const status = question.locator('.webchat__activity-status');
        await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain('Just now');
        expect(await status.textContent()).toContain('Sent at');
        expect(await question.locator('.webchat__activity-status--sending').count()).toBe(0);
        expect(await page.getByText(/send failed|failed to send/i).count()).toBe(0);

        // The transport under test really is the one asked for.
        expect(sockets.some((url) => url.includes('/v3/directline/conversations/'))).toBe(webSocket);
        expect(pageErrors, `console errors:\n${consoleErrors.join('\n')}`).toEqual([]);
      } finally {
        await page.close();
      }
    }, 60_000);
  }
});
