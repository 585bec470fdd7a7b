import type { Lead } from '../leads/lead-store.js';

const COLUMNS = [
  'id', 'createdAt', 'name', 'phone', 'email', 'reason', 'preferredTime', 'afterHours', 'status', 'note',
  'consentAt', 'consentText', 'consentVersion', 'conversationId',
] as const satisfies readonly (keyof Lead)[];

/**
 * A spreadsheet runs a cell that starts with one of these as a formula, and patients type these
 * fields themselves (OWASP "CSV injection"); a leading quote makes the cell plain text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | boolean | null): string {
  const text = value === null ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** RFC 4180 CSV, every field quoted; the byte-order mark makes Excel read names as UTF-8. */
export function leadsToCsv(leads: readonly Lead[]): string {
  const rows = [COLUMNS.map(cell), ...leads.map((lead) => COLUMNS.map((column) => cell(lead[column])))];
  return `\uFEFF${rows.map((row) => row.join(',')).join('\r\n')}\r\n`;
}
