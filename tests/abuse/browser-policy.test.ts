// The security headers in headless Chromium: the demo page keeps working under its Content-Security-
// Policy (its stylesheet, the widget's module and styles, a token fetch and the stream's WebSocket)
// while inline script is refused, and a page on another origin can load the widget at all.
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveOnLoopback, type LoopbackSite } from '../helpers/loopback-site.js';
import { startServer, type RunningServer } from '../helpers/server.js';

let running: RunningServer;
let browser: Browser;
let clinicSite: LoopbackSite;

beforeAll(async () => {
  // ALLOWED_ORIGINS unset: the server's own origin, the demo page's, may mint tokens.
  running = await startServer();
  // A clinic's own site on another origin, embedding the widget with the one tag the README gives.
  clinicSite = await serveOnLoopback((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
      `<!doctype html><title>Clinic</title><script type="module" src="${running.url}/widget/annulus-chat.js"></script><annulus-chat></annulus-chat>`);
  });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await running?.dispose();
  await clinicSite?.close();
});

/** Opens `url`, recording every CSP violation the page reports. */
async function open(url: string): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.newPage();
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('annulus-chat') !== undefined, undefined, { timeout: 10_000 });
  return { page, violations };
}

describe('the demo page under its Content-Security-Policy', () => {
  it('loads its stylesheet and the styled widget, reaches the server over fetch and WebSocket, and runs no inline script', async () => {
    const { page, violations } = await open(`${running.url}/`);
    try {
      expect(await page.evaluate(() => Array.from(document.styleSheets).some((sheet) => sheet.href?.endsWith('/demo.css') && sheet.cssRules.length > 0))).toBe(true);
      expect(await page.evaluate(() => document.querySelector('annulus-chat')?.shadowRoot?.adoptedStyleSheets.length)).toBeGreaterThan(0);

      // What the widget does to talk to the server, from the page itself, so the policy is tested
      // whatever the widget's code does today.
      const streamed = await page.evaluate(async () => {
        const minted = (await (await fetch('/v3/directline/tokens/generate', { method: 'POST' })).json()) as { token: string };
        const started = await fetch('/v3/directline/conversations', { method: 'POST', headers: { authorization: `Bearer ${minted.token}` } });
        const { streamUrl } = (await started.json()) as { streamUrl: string };
        return new Promise<string>((resolve, reject) => {
          const socket = new WebSocket(streamUrl);
          socket.onmessage = (event) => {
            socket.close();
            resolve(String(event.data));
          };
          socket.onerror = () => reject(new Error('the stream did not open'));
        });
      });
      expect(streamed).toContain('"activities"');

      const ranInline = await page.evaluate(async () => {
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true';
        document.head.append(script);
        await new Promise((resolve) => setTimeout(resolve, 100));
        return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
      });
      expect(ranInline).toBe(false);
      // The inline script is the one thing refused.
      expect(violations).toEqual([expect.stringMatching(/^script-src-elem inline$/)]);
    } finally {
      await page.close();
    }
  });
});

describe('a clinic\'s page on another origin', () => {
  it('loads the widget module from the server', async () => {
    const { page, violations } = await open(`${clinicSite.origin}/`);
    try {
      expect(await page.evaluate(() => document.querySelector('annulus-chat')?.shadowRoot?.adoptedStyleSheets.length)).toBeGreaterThan(0);
      expect(violations).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
