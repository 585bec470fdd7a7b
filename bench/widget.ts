/// <reference lib="dom" />
/**
 * The widget as a patient's browser meets it: gzipped sizes next to Microsoft Web Chat's, and in
 * headless Chromium the time from navigation to a drawn launcher and from Enter to the answer in the
 * transcript, against the real server in its own process. Also saves docs/widget.png for the README.
 * Run alone: `npm run build && node dist/bench/widget.js`.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tests/helpers/browser.js';
import { quantile } from './quantile.js';
import { ServerProcess } from './server.js';

export interface SizeFigure {
  name: string;
  rawBytes: number;
  gzipBytes: number;
}

const PAGE_LOADS = 20;
const QUESTIONS = ['is an extrusion worse than a protrusion?', 'do I need an MRI?', 'what is disc replacement?', 'how long does sciatica last', 'what are your opening hours'];
const ROUNDS = 6;

const size = (name: string, files: string[]): SizeFigure => {
  const contents = files.map((f) => readFileSync(f));
  return {
    name,
    rawBytes: contents.reduce((sum, c) => sum + c.length, 0),
    gzipBytes: contents.reduce((sum, c) => sum + gzipSync(c, { level: 9 }).length, 0),
  };
};

export function widgetSizes(): SizeFigure[] {
  const chat = readdirSync('dist/widget').filter((f) => f.endsWith('.js') && f !== 'staff.js').map((f) => join('dist/widget', f));
  return [
    size('Annulus entry (launcher)', ['dist/widget/annulus-chat.js']),
    size('Annulus, all widget JavaScript', chat),
    size('Web Chat 4.18.1 webchat.js', ['node_modules/botframework-webchat/dist/webchat.js']),
    size('Web Chat 4.18.1 webchat-minimal.js', ['node_modules/botframework-webchat/dist/webchat-minimal.js']),
  ];
}

/** Milliseconds from navigation start until the launcher has rendered, one fresh browser context each. */
async function timeToLauncher(browser: Browser, url: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < PAGE_LOADS; i += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    times.push(await page.evaluate(async () => {
      await customElements.whenDefined('annulus-chat');
      const chat = document.querySelector('annulus-chat') as HTMLElement & { updateComplete: Promise<unknown> };
      await chat.updateComplete;
      return performance.now();
    }));
    await context.close();
  }
  return times;
}

/** Milliseconds from Enter in the composer until the bot's answer is in the transcript. */
async function timeToAnswer(browser: Browser, url: string): Promise<number[]> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(url);
  await page.getByRole('button', { name: 'Chat with us' }).click();
  await page.locator('[part~="message-bot"]').first().waitFor();
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const question of QUESTIONS) {
      times.push(await page.evaluate((text) => new Promise<number>((resolve) => {
        const panel = document.querySelector('annulus-chat')!.shadowRoot!.querySelector('annulus-chat-panel')!;
        const root = panel.shadowRoot!;
        const count = () => root.querySelectorAll('[part~="message-bot"]').length;
        const before = count();
        const input = root.querySelector<HTMLTextAreaElement>('[part~="input"]')!;
        input.value = text;
        input.dispatchEvent(new Event('input'));
        const observer = new MutationObserver(() => {
          if (count() > before) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(root, { childList: true, subtree: true });
        const start = performance.now();
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      }), question));
      // The README's picture: the first answer, with its sources and follow-ups.
      if (times.length === 1) await page.screenshot({ path: 'docs/widget.png' });
    }
  }
  await page.close();
  return times;
}

const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { samples: sorted.length, p50Ms: quantile(sorted, 0.5), p95Ms: quantile(sorted, 0.95) };
};

export async function widgetBench() {
  const sizes = widgetSizes();
  const server = await ServerProcess.spawn('annulus');
  const browser = await launchChromium();
  try {
    mkdirSync('docs', { recursive: true });
    const launcher = summary(await timeToLauncher(browser, server.url));
    const answer = summary(await timeToAnswer(browser, server.url));
    return { sizes, launcher, answer };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await widgetBench(), null, 2));
