import { WEEKDAYS, type Clinic } from '../kb/schema.js';

export interface OpeningState {
  /** Is the clinic open at `now`. */
  open: boolean;
  /** When closed: the next moment it opens; absent when open, or when it does not open in the next 14 days. */
  nextOpen?: Date;
  /** When open: when the current opening ends; absent when it stays open for all of the next 14 days. */
  closesAt?: Date;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const LOOKAHEAD_DAYS = 14;

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The zone's wall clock at `instant`, as the UTC instant with the same reading: whole days since the
 * epoch then carry the local date, and the remainder the time of day, with no calendar arithmetic.
 */
function wallClock(zone: string, instant: number): number {
  let format = formatters.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
    });
    formatters.set(zone, format);
  }
  const parts = format.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
}

/** The zone's offset from UTC at `instant`, to the minute (Intl reads no seconds). */
function offsetAt(zone: string, instant: number): number {
  return wallClock(zone, instant) - Math.floor(instant / MINUTE) * MINUTE;
}

/**
 * The first instant at which the zone's clock reads `wall` or later. A reading that happens twice
 * (clocks going back) gives the first; one that never happens (clocks going forward) gives the moment
 * of the jump, when a clinic opening at that reading would really open.
 */
function instantOf(zone: string, wall: number): number {
  // No zone changes its offset twice within two days, so these are the only offsets that can apply.
  const offsets = [offsetAt(zone, wall - DAY), offsetAt(zone, wall + DAY)];
  const fits = offsets.map((o) => wall - o).filter((t) => wallClock(zone, t) === wall);
  if (fits.length > 0) return Math.min(...fits);
  let before = wall - Math.max(...offsets);
  let after = wall - Math.min(...offsets);
  while (after - before > MINUTE) {
    const middle = before + Math.floor((after - before) / 2 / MINUTE) * MINUTE;
    if (wallClock(zone, middle) >= wall) after = middle;
    else before = middle;
  }
  return after;
}

/** "08:00" -> minutes since midnight; "24:00" gives 1440, the next day's midnight. */
function minutes(clock: string): number {
  const [hours, mins] = clock.split(':').map(Number) as [number, number];
  return hours * 60 + mins;
}

/**
 * The clinic's openings from the start of `today` (days since the epoch, in the clinic's zone) to the end
 * of the lookahead, as [start, end) instants.
 */
function openings(clinic: Clinic, today: number): Array<[number, number]> {
  const holidays = new Set(clinic.holidays);
  const found: Array<[number, number]> = [];
  for (let day = today; day <= today + LOOKAHEAD_DAYS; day++) {
    if (holidays.has(new Date(day * DAY).toISOString().slice(0, 10))) continue;
    // 1970-01-01, day 0, was a Thursday.
    const hours = clinic.hours[WEEKDAYS[(day + 3) % 7]!];
    if (hours === undefined || hours === 'closed') continue;
    for (const range of Array.isArray(hours) ? hours : [hours]) {
      const [from, to] = range.split('-').map((t) => instantOf(clinic.timezone, day * DAY + minutes(t) * MINUTE));
      found.push([from!, to!]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  // Ranges that meet, such as "00:00-24:00" followed by the next day's "00:00-...", are one opening.
  const merged: Array<[number, number]> = [];
  for (const [from, to] of found) {
    const last = merged.at(-1);
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

export function openingState(clinic: Clinic, now: Date): OpeningState {
  const at = now.getTime();
  const today = Math.floor(wallClock(clinic.timezone, at) / DAY);
  const all = openings(clinic, today);
  const current = all.find(([from, to]) => from <= at && at < to);
  if (current !== undefined) {
    // An opening that lasts to the end of the lookahead may go on beyond it, so its end is not known.
    const horizon = instantOf(clinic.timezone, (today + LOOKAHEAD_DAYS + 1) * DAY);
    return current[1] >= horizon ? { open: true } : { open: true, closesAt: new Date(current[1]) };
  }
  const next = all.find(([from]) => from > at);
  return next === undefined ? { open: false } : { open: false, nextOpen: new Date(next[0]) };
}

/**
 * Plain words for a patient, in the clinic's own timezone: "today from 8:00", "tomorrow from 8:00",
 * "Monday from 8:00", or for a date beyond the next 6 days "Monday 4 January from 8:00".
 */
export function describeNextOpen(clinic: Clinic, nextOpen: Date, now: Date): string {
  const wall = new Date(wallClock(clinic.timezone, nextOpen.getTime()));
  const day = Math.floor(wall.getTime() / DAY);
  const ahead = day - Math.floor(wallClock(clinic.timezone, now.getTime()) / DAY);
  const weekday = DAY_NAMES[(day + 3) % 7]!;
  const when = ahead === 0 ? 'today'
    : ahead === 1 ? 'tomorrow'
    : ahead > 1 && ahead < 7 ? weekday
    : `${weekday} ${wall.getUTCDate()} ${MONTH_NAMES[wall.getUTCMonth()]!}`;
  return `${when} from ${wall.getUTCHours()}:${String(wall.getUTCMinutes()).padStart(2, '0')}`;
}
