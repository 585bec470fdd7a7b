// <annulus-chat> in headless Chromium against the real server: the demo page as a patient uses it, and a
// clinic's page on another origin with a strict Content-Security-Policy and its own token endpoint.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LeadStore } from '../../server/leads/lead-store.js';
import { openDatabase } from '../../server/storage/database.js';
import { launchChromium } from '../helpers/browser.js';
import { serveOnLoopback, type LoopbackSite } from '../helpers/loopback-site.js';
import { startServer, TEST_SECRET, type RunningServer } from '../helpers/server.js';

// Invented patient details: the privacy checks look for them where they must not be.
const PATIENT_NAME = 'Zebedee Quillfeather';
const PATIENT_PHONE = '01632 960 777';
const PATIENT_TIME = 'weekday mornings after nine';

let running: RunningServer;
let browser: Browser;

beforeAll(async () => {
  running = await startServer();
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await running?.dispose();
});

/** Requests and sockets the page opens to any origin but the allowed ones. */
function watchForeignRequests(page: Page, allowed: string[]): string[] {
  const foreign: string[] = [];
  const check = (url: string) => {
    const { host } = new URL(url);
    if (!url.startsWith('data:') && !allowed.some((origin) => new URL(origin).host === host)) foreign.push(url);
  };
  page.on('request', (request) => check(request.url()));
  page.on('websocket', (socket) => check(socket.url()));
  return foreign;
}

const botMessages = (page: Page) => page.locator('[part~="message-bot"]');

/** Sends `text` from the composer and waits for the bot's next message. */
async function ask(page: Page, text: string) {
  const before = await botMessages(page).count();
  await page.locator('[part~="input"]').fill(text);
  await page.locator('[part~="input"]').press('Enter');
  await expect.poll(() => botMessages(page).count(), { timeout: 10_000 }).toBeGreaterThan(before);
  return botMessages(page).last();
}

async function browserStorage(page: Page): Promise<string> {
  return page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }));
}

describe('the widget on the demo page', () => {
  let page: Page;
  let foreign: string[];

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    foreign = watchForeignRequests(page, [running.url]);
    await page.addInitScript(() => {
      const w = window as unknown as { annulusEvents: unknown[] };
      w.annulusEvents = [];
      for (const type of ['annulus-message', 'annulus-lead']) {
        addEventListener(type, (event) => w.annulusEvents.push({ type, detail: (event as CustomEvent).detail }));
      }
    });
    await page.goto(running.url);
  });

  afterAll(() => page?.close());

  it('opens from the launcher with the welcome, and answers a question with its sources', async () => {
    await page.getByRole('button', { name: 'Chat with us' }).click();
    await expect.poll(() => botMessages(page).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.locator('[part~="disclaimer"]').textContent()).toContain('call 999');

    const answer = await ask(page, 'is an extrusion worse than a protrusion?');
    expect(await answer.textContent()).toMatch(/protrusion/i);
    const badge = answer.locator('[part~="citation"]').first();
    expect(await badge.getAttribute('aria-label')).toMatch(/^Source 1: /);
    expect(await badge.getAttribute('target')).toBe('_blank');
    const sources = answer.locator('[part~="sources"] li');
    expect(await sources.count()).toBeGreaterThan(0);
    await sources.first().locator('summary').click();
    expect((await sources.first().locator('blockquote').textContent())?.length).toBeGreaterThan(20);
  });

  it('finds the same conversation, open, after a reload', async () => {
    const before = await botMessages(page).count();
    await page.reload();
    await expect.poll(() => botMessages(page).count(), { timeout: 10_000 }).toBe(before);
    expect(await page.locator('[part~="message-user"]').first().textContent()).toContain('is an extrusion worse than a protrusion?');
    expect(await page.locator('[part~="launcher"]').getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('[part~="citation"]').count()).toBeGreaterThan(0);
  });

  it('takes a call-back request with the right inputs, and stores it with consent', async () => {
    // Each step waits for the composer to change to what the bot's prompt expects.
    const input = page.locator('[part~="input"]');
    await ask(page, 'can someone call me back');
    await expect.poll(() => input.getAttribute('autocomplete')).toBe('name');
    await ask(page, PATIENT_NAME);
    await expect.poll(() => input.getAttribute('type')).toBe('tel');
    await ask(page, PATIENT_PHONE);
    await page.locator('[part~="suggestion"]', { hasText: 'Skip' }).click();
    await expect.poll(() => page.locator('[part~="lead-form"] label').first().textContent()).toMatch(/time/i);
    await ask(page, PATIENT_TIME);
    const agree = page.locator('[part~="lead-form"] button', { hasText: 'Yes, I agree' });
    await agree.click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { annulusEvents: { type: string }[] }).annulusEvents.some((e) => e.type === 'annulus-lead')), { timeout: 10_000 }).toBe(true);

    const events = await page.evaluate(() => (window as unknown as { annulusEvents: { type: string; detail: Record<string, unknown> }[] }).annulusEvents);
    const lead = events.find((e) => e.type === 'annulus-lead')!;
    expect(lead.detail.leadId).toMatch(/^lead_/);
    const db = openDatabase(running.dataDir);
    try {
      const stored = new LeadStore(db).list().find((l) => l.id === lead.detail.leadId);
      expect(stored).toMatchObject({ name: PATIENT_NAME, preferredTime: PATIENT_TIME });
      expect(stored?.consentText).toContain('Northgate Spine Clinic');
    } finally {
      db.close();
    }
    // The page's own scripts hear that a lead was left, and that messages passed, but nothing of what was said.
    const said = JSON.stringify(events);
    for (const secret of [PATIENT_NAME, PATIENT_PHONE, PATIENT_TIME]) expect(said).not.toContain(secret);
    // What came back with the reload was not announced again.
    expect(events.filter((e) => e.detail.kind === 'answer')).toEqual([]);
    expect(await page.locator('[part~="lead-form"]').count()).toBe(0);
  });

  it("keeps the patient's details out of browser storage and the server's logs", async () => {
    const stored = await browserStorage(page);
    expect(stored).toContain('conversationId');
    for (const secret of [PATIENT_NAME, PATIENT_PHONE, '960 777', PATIENT_TIME]) {
      expect(stored).not.toContain(secret);
      expect(running.logs.join('\n')).not.toContain(secret);
    }
  });

  it('starts a new conversation on request, and the old one stays behind', async () => {
    await page.locator('[part~="new-conversation"]').click();
    await expect.poll(() => page.locator('[part~="message-user"]').count()).toBe(0);
    await expect.poll(() => botMessages(page).count(), { timeout: 10_000 }).toBe(1);
  });

  it('made no request to any other origin', () => {
    expect(foreign).toEqual([]);
  });
});

describe('the connection', () => {
  it('falls back to polling where WebSocket is missing', async () => {
    const page = await browser.newPage();
    try {
      await page.addInitScript(() => {
        delete (window as { WebSocket?: unknown }).WebSocket;
      });
      await page.goto(running.url);
      await page.getByRole('button', { name: 'Chat with us' }).click();
      await expect.poll(() => botMessages(page).count(), { timeout: 10_000 }).toBe(1);
      const answer = await ask(page, 'what is disc replacement?');
      expect(await answer.locator('[part~="citation"]').count()).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  it('says it lost the server, reconnects when it is back, and the conversation goes on', async () => {
    const server = await startServer();
    const page = await browser.newPage();
    let restarted: RunningServer | undefined;
    try {
      await page.goto(server.url);
      await page.getByRole('button', { name: 'Chat with us' }).click();
      await ask(page, 'do I need an MRI?');
      const { port } = new URL(server.url);
      await server.stop();
      await expect.poll(() => page.locator('[part~="status"]').getAttribute('data-status'), { timeout: 10_000 }).toMatch(/reconnecting|offline/);
      expect(await page.locator('[part~="status"]').textContent()).toMatch(/Reconnecting|offline/);
      restarted = await startServer({ PORT: port }, server.dataDir);
      await expect.poll(() => page.locator('[part~="status"]').getAttribute('data-status'), { timeout: 20_000 }).toBe('online');
      const answer = await ask(page, 'what is disc replacement?');
      expect(await answer.locator('[part~="citation"]').count()).toBeGreaterThan(0);
      // Nothing was shown twice on the way back.
      expect(await page.locator('[part~="message-user"]').count()).toBe(2);
    } finally {
      await page.close();
      await (restarted ?? server).dispose();
    }
  }, 60_000);

  it('renews its token before it expires', async () => {
    const page = await browser.newPage();
    try {
      await page.clock.install();
      await page.goto(running.url);
      await page.getByRole('button', { name: 'Chat with us' }).click();
      await expect.poll(() => botMessages(page).count(), { timeout: 10_000 }).toBe(1);
      const stored = () => page.evaluate(() => JSON.parse(Object.values(sessionStorage)[0] as string) as { token: string; expiresAt: number });
      const before = await stored();
      const refreshed = page.waitForResponse((response) => response.url().endsWith('/v3/directline/tokens/refresh'));
      // Tokens live 30 minutes; the widget renews at half-life.
      await page.clock.fastForward('16:00');
      expect((await refreshed).status()).toBe(200);
      await expect.poll(async () => (await stored()).token).not.toBe(before.token);
      expect((await stored()).expiresAt).toBeGreaterThan(before.expiresAt);
    } finally {
      await page.close();
    }
  });

  it('fetches the chat while the launcher is hovered, before the click', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(running.url);
      const chunk = page.waitForRequest((request) => /\/widget\/chat-[\w-]+\.js$/.test(request.url()));
      await page.locator('[part~="launcher"]').hover();
      await chunk;
      expect(await page.locator('[part~="panel"]').count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});

describe('the widget on a phone', () => {
  it('fills the screen when open and hands the focus back to the launcher on close', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    try {
      await page.goto(running.url);
      await page.getByRole('button', { name: 'Chat with us' }).click();
      const panel = page.locator('[part~="panel"]');
      await expect.poll(async () => (await panel.boundingBox())?.width).toBe(375);
      expect((await panel.boundingBox())?.height).toBe(740);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.evaluate(() => document.querySelector('annulus-chat')?.shadowRoot?.activeElement?.getAttribute('part'))).toBe('launcher');
    } finally {
      await page.close();
    }
  });
});

describe('the look', () => {
  it('fills the window at 200% zoom of a desktop screen', async () => {
    // 1280 × 860 CSS pixels at 200% leave 640 × 430.
    const page = await browser.newPage({ viewport: { width: 640, height: 430 } });
    try {
      await page.goto(running.url);
      await page.getByRole('button', { name: 'Chat with us' }).click();
      await expect.poll(async () => (await page.locator('[part~="panel"]').boundingBox())?.height).toBe(430);
    } finally {
      await page.close();
    }
  });

  it('follows a dark colour scheme', async () => {
    const page = await browser.newPage({ colorScheme: 'dark' });
    try {
      await page.goto(running.url);
      await page.getByRole('button', { name: 'Chat with us' }).click();
      const background = await page.locator('[part~="panel"]').evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(background).toBe('rgb(21, 25, 27)');
    } finally {
      await page.close();
    }
  });

  it("takes the clinic's colours and sits on the start side of a right-to-left page", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    try {
      await page.goto(running.url);
      await page.evaluate(() => {
        document.documentElement.dir = 'rtl';
        // A constructed sheet: the demo page's CSP refuses inline style elements.
        const sheet = new CSSStyleSheet();
        sheet.replaceSync('annulus-chat { --annulus-accent: rgb(90, 30, 110) } annulus-chat::part(launcher) { border-radius: 4px }');
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      });
      const launcher = page.locator('[part~="launcher"]');
      expect(await launcher.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(90, 30, 110)');
      expect(await launcher.evaluate((el) => getComputedStyle(el).borderTopLeftRadius)).toBe('4px');
      expect((await launcher.boundingBox())!.x).toBeLessThan(100);
    } finally {
      await page.close();
    }
  });
});

describe("the widget on a clinic's own page", () => {
  let clinicSite: LoopbackSite;

  beforeAll(async () => {
    // The clinic's backend holds the secret and hands its pages tokens: the `token-url` route.
    clinicSite = await serveOnLoopback(async (request, response) => {
      const path = new URL(request.url ?? '/', 'http://site').pathname;
      if (path === '/token' && request.method === 'POST') {
        const minted = await fetch(`${running.url}/v3/directline/tokens/generate`, { method: 'POST', headers: { Authorization: `Bearer ${TEST_SECRET}` } });
        response.writeHead(minted.status, { 'content-type': 'application/json' }).end(await minted.text());
      } else if (path === '/') {
        const ws = running.url.replace(/^http/, 'ws');
        response.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': `default-src 'none'; script-src ${running.url}; connect-src 'self' ${running.url} ${ws}; style-src 'self'; base-uri 'none'; form-action 'none'`,
        }).end(`<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Clínica</title>
<script type="module" src="${running.url}/widget/annulus-chat.js"></script></head>
<body><h1>Clínica de la espalda</h1><annulus-chat token-url="/token" position="left"></annulus-chat></body></html>`);
      } else response.writeHead(404).end();
    });
  });

  afterAll(() => clinicSite.close());

  it('works under a strict CSP, in the page language, with the page minting its tokens', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    const foreign = watchForeignRequests(page, [clinicSite.origin, running.url]);
    try {
      await page.goto(clinicSite.origin);
      await page.getByRole('button', { name: 'Chatee con nosotros' }).click();
      await expect.poll(() => botMessages(page).count(), { timeout: 10_000 }).toBe(1);
      const answer = await ask(page, 'what is disc replacement?');
      expect(await answer.locator('[part~="citation"]').count()).toBeGreaterThan(0);
      expect(await page.locator('[part~="send"]').textContent()).toContain('Enviar');
      // Styles applied although the page allows no inline style: the launcher is not a bare grey button.
      const background = await page.locator('[part~="launcher"]').evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(background).toBe('rgb(11, 95, 117)');
      expect(violations).toEqual([]);
      expect(foreign).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
