import { WEEKDAYS, type Clinic, type Weekday } from './schema.js';

const DAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday',
};

/** "08:00-17:30" -> "8:00 to 17:30", the way the clinic's own pages would say it. */
function describeRanges(value: Clinic['hours'][Weekday]): string {
  if (value === undefined || value === 'closed') return 'closed';
  const ranges = Array.isArray(value) ? value : [value];
  if (ranges.length === 1 && ranges[0] === '00:00-24:00') return 'open all day';
  return ranges.map((r) => r.split('-').map((t) => t.replace(/^0(\d)/, '$1')).join(' to ')).join(' and ');
}

/** The opening hours as a Markdown list, consecutive days with the same hours on one line. */
export function describeHours(clinic: Clinic): string {
  const lines: string[] = [];
  let start = 0;
  for (let i = 1; i <= WEEKDAYS.length; i++) {
    const day = WEEKDAYS[i];
    const first = WEEKDAYS[start] as Weekday;
    if (day !== undefined && describeRanges(clinic.hours[day]) === describeRanges(clinic.hours[first])) continue;
    const last = WEEKDAYS[i - 1] as Weekday;
    const days = first === last ? DAY_NAMES[first] : `${DAY_NAMES[first]} to ${DAY_NAMES[last]}`;
    lines.push(`- ${days}: ${describeRanges(clinic.hours[first])}`);
    start = i;
  }
  return lines.join('\n');
}

const PLACEHOLDER = /\{\{\s*clinic\.([a-z0-9_.]+)\s*\}\}/gi;

/**
 * Fills `{{clinic.*}}` placeholders from clinic.yaml, so a phone number or opening time lives in one
 * file. Returns the names that clinic.yaml does not have, for kb check to report.
 */
export function fillClinicPlaceholders(text: string, clinic: Clinic): { text: string; unknown: string[] } {
  const unknown: string[] = [];
  const filled = text.replace(PLACEHOLDER, (whole, path: string) => {
    if (path === 'hours') return describeHours(clinic);
    let value: unknown = clinic;
    for (const key of path.split('.')) {
      value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    }
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    unknown.push(path);
    return whole;
  });
  return { text: filled, unknown };
}
