// The staff dashboard in headless Chromium against the staff plugin, with the built dist/widget/staff.js.
import { existsSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_PASSWORD, startStaffServer, type StaffServer } from './staff-server.js';

const HTML_NAME = '<img src=x onerror=alert(1)>';

let staff: StaffServer;
let browser: Browser;
let leadId: string;

beforeAll(async () => {
  if (!existsSync('dist/widget/staff.js')) throw new Error('dist/widget/staff.js is missing: run `npm run build` first');
  staff = await startStaffServer();
  leadId = staff.addLead({ name: HTML_NAME, phone: '+1 555 0100', reason: 'Numb toes, "left" foot', preferredTime: 'after 5pm' }, 10);
  staff.unanswered.record('Do you treat horses?', 'fallback');
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await staff?.close();
});

async function openDashboard() {
  const page = await browser.newPage({ locale: 'en-US', acceptDownloads: true });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    // Refused requests (the 401s that bring up the sign-in form, the missing favicon) are part of the flow;
    // any other error, such as a CSP refusal of the page's own script or styles, is not.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
  });
  await page.goto(`${staff.url}/staff`);
  return { page, problems };
}

async function signIn(page: Page) {
  await page.getByLabel('Staff password').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Call-back requests' }).waitFor();
}

describe('staff dashboard', () => {
  it('refuses a wrong password in a live region', async () => {
    const { page, problems } = await openDashboard();
    try {
      await page.getByLabel('Staff password').fill('not-the-password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect.poll(() => page.getByRole('alert').textContent()).toBe('That password is not right.');
      expect(await page.getByLabel('Staff password').getAttribute('aria-invalid')).toBe('true');
      // The page's CSP allows no inline styles; Lit's constructed stylesheets must still apply.
      const signInButton = "document.querySelector('annulus-staff').shadowRoot.querySelector('button[type=submit]')";
      expect(await page.evaluate(`getComputedStyle(${signInButton}).backgroundColor`)).toBe('rgb(11, 95, 117)');
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('signs in, shows patient text as text, saves a status, and downloads the CSV', async () => {
    const { page, problems } = await openDashboard();
    try {
      await signIn(page);

      const row = page.getByRole('row', { name: HTML_NAME });
      expect(await row.getByRole('rowheader').textContent()).toBe(HTML_NAME);
      expect(await row.textContent()).toContain('Numb toes, "left" foot');
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.getByRole('cell', { name: 'do you treat horses' }).count()).toBe(1);

      const status = page.getByRole('combobox', { name: `Status ${HTML_NAME}` });
      expect(await status.inputValue()).toBe('new');
      await status.selectOption('contacted');
      await expect.poll(() => page.getByRole('status').textContent()).toBe('Status saved.');
      expect(staff.leads.get(leadId)?.status).toBe('contacted');

      await page.getByRole('textbox', { name: `Note ${HTML_NAME}` }).fill('Called, no answer.');
      await page.getByRole('heading', { name: 'Call-back requests' }).click();
      await expect.poll(() => page.getByRole('status').textContent()).toBe('Note saved.');
      expect(staff.leads.get(leadId)).toMatchObject({ status: 'contacted', note: 'Called, no answer.' });

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^annulus-leads-\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = readFileSync(await download.path(), 'utf8');
      expect(csv).toContain('"status","note"');
      expect(csv).toContain(`"${HTML_NAME}","'+1 555 0100","","Numb toes, ""left"" foot","after 5pm","false","contacted","Called, no answer."`);

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByLabel('Staff password').waitFor();
      expect(await page.getByRole('status').textContent()).toBe('You are signed out.');
      expect(await page.getByText(HTML_NAME).count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
