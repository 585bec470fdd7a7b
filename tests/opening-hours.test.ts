import { describe, it, expect } from 'vitest';
import { clinicSchema, type Clinic } from '../server/kb/schema.js';
import { describeNextOpen, openingState } from '../server/clinic/opening-hours.js';

function clinic(overrides: Partial<Pick<Clinic, 'timezone' | 'hours' | 'holidays'>> = {}): Clinic {
  return clinicSchema.parse({
    name: 'Test Spine Clinic',
    timezone: 'Europe/London',
    hours: {
      mon: '08:00-18:00', tue: '08:00-18:00', wed: '08:00-18:00', thu: '08:00-19:30', fri: '08:00-16:30',
      sat: '09:00-12:00', sun: 'closed',
    },
    holidays: ['2027-05-03'],
    phone: '01632 960 999',
    email: 'desk@test-spine.example',
    address: '1 Example Street, Exampleton',
    emergency: { number: '999' },
    ...overrides,
  });
}

const london = clinic();

/** The state at an instant, with the instants as ISO strings so a failure shows the times. */
function stateAt(c: Clinic, iso: string) {
  const state = openingState(c, new Date(iso));
  return { open: state.open, nextOpen: state.nextOpen?.toISOString(), closesAt: state.closesAt?.toISOString() };
}

describe('openingState on an ordinary week in London (GMT in January)', () => {
  it('is open mid-morning on a weekday, until the end of the day', () => {
    expect(stateAt(london, '2027-01-12T10:30:00Z')).toEqual({ open: true, closesAt: '2027-01-12T18:00:00.000Z' });
  });

  it('is closed in the evening and opens the next morning', () => {
    expect(stateAt(london, '2027-01-12T19:00:00Z')).toEqual({ open: false, nextOpen: '2027-01-13T08:00:00.000Z' });
  });

  it('opens at the first minute of a range and closes at the last', () => {
    expect(stateAt(london, '2027-01-12T08:00:00Z').open).toBe(true);
    expect(stateAt(london, '2027-01-12T17:59:59Z').open).toBe(true);
    expect(stateAt(london, '2027-01-12T18:00:00Z')).toEqual({ open: false, nextOpen: '2027-01-13T08:00:00.000Z' });
  });

  it('is closed on Friday evening until Saturday morning when Saturday has hours', () => {
    expect(stateAt(london, '2027-01-15T17:00:00Z')).toEqual({ open: false, nextOpen: '2027-01-16T09:00:00.000Z' });
  });

  it('is closed on Friday evening until Monday morning when the weekend is closed', () => {
    const weekdaysOnly = clinic({ hours: { mon: '08:00-18:00', tue: '08:00-18:00', wed: '08:00-18:00', thu: '08:00-18:00', fri: '08:00-16:30' } });
    expect(stateAt(weekdaysOnly, '2027-01-15T17:00:00Z')).toEqual({ open: false, nextOpen: '2027-01-18T08:00:00.000Z' });
  });

  it('is closed all Sunday', () => {
    expect(stateAt(london, '2027-01-17T11:00:00Z')).toEqual({ open: false, nextOpen: '2027-01-18T08:00:00.000Z' });
  });

  it('skips a holiday (the May bank holiday Monday, in BST)', () => {
    expect(stateAt(london, '2027-05-03T10:00:00Z')).toEqual({ open: false, nextOpen: '2027-05-04T07:00:00.000Z' });
    expect(stateAt(london, '2027-05-01T12:00:00Z')).toEqual({ open: false, nextOpen: '2027-05-04T07:00:00.000Z' });
  });

  it('closes for lunch on a day with two ranges', () => {
    const lunch = clinic({ hours: { mon: ['08:00-12:30', '13:30-18:00'] } });
    expect(stateAt(lunch, '2027-01-11T11:00:00Z')).toEqual({ open: true, closesAt: '2027-01-11T12:30:00.000Z' });
    expect(stateAt(lunch, '2027-01-11T12:45:00Z')).toEqual({ open: false, nextOpen: '2027-01-11T13:30:00.000Z' });
    expect(stateAt(lunch, '2027-01-11T15:00:00Z')).toEqual({ open: true, closesAt: '2027-01-11T18:00:00.000Z' });
  });

  it('does not open at all when no day has hours', () => {
    expect(stateAt(clinic({ hours: { mon: 'closed' } }), '2027-01-12T10:00:00Z')).toEqual({ open: false });
  });
});

describe('openingState for clinics open all day', () => {
  const weekendCover = clinic({ hours: { fri: '08:00-24:00', sat: '00:00-24:00', sun: '00:00-12:00' } });

  it('counts Friday evening to Sunday noon as one opening', () => {
    expect(stateAt(weekendCover, '2027-01-15T20:00:00Z')).toEqual({ open: true, closesAt: '2027-01-17T12:00:00.000Z' });
    expect(stateAt(weekendCover, '2027-01-16T00:00:00Z')).toEqual({ open: true, closesAt: '2027-01-17T12:00:00.000Z' });
  });

  it('reopens on Friday morning after Sunday noon', () => {
    expect(stateAt(weekendCover, '2027-01-17T12:00:00Z')).toEqual({ open: false, nextOpen: '2027-01-22T08:00:00.000Z' });
  });

  it('ends an all-day opening at the next midnight that is really a closing, across the clocks going forward', () => {
    const allWeekend = clinic({ hours: { sat: '00:00-24:00', sun: '00:00-24:00' } });
    // Monday 00:00 BST is 23:00Z on Sunday.
    expect(stateAt(allWeekend, '2027-03-27T10:00:00Z')).toEqual({ open: true, closesAt: '2027-03-28T23:00:00.000Z' });
  });

  it('gives no closing time when it never closes', () => {
    const always = clinic({
      hours: { mon: '00:00-24:00', tue: '00:00-24:00', wed: '00:00-24:00', thu: '00:00-24:00', fri: '00:00-24:00', sat: '00:00-24:00', sun: '00:00-24:00' },
      holidays: [],
    });
    expect(stateAt(always, '2027-01-12T03:00:00Z')).toEqual({ open: true });
  });
});

describe('openingState in other time zones', () => {
  const newYork = clinic({ timezone: 'America/New_York', hours: { mon: '09:00-17:00', tue: '09:00-17:00', wed: '09:00-17:00', thu: '09:00-17:00', fri: '09:00-17:00' } });

  it('reads New York hours in EST (UTC-5)', () => {
    expect(stateAt(newYork, '2027-01-15T20:00:00Z')).toEqual({ open: true, closesAt: '2027-01-15T22:00:00.000Z' });
    expect(stateAt(newYork, '2027-01-15T22:30:00Z')).toEqual({ open: false, nextOpen: '2027-01-18T14:00:00.000Z' });
  });

  it('follows New York into EDT (UTC-4) on its own date, two weeks before London', () => {
    expect(stateAt(newYork, '2027-03-12T23:00:00Z')).toEqual({ open: false, nextOpen: '2027-03-15T13:00:00.000Z' });
  });

  const kolkata = clinic({
    timezone: 'Asia/Kolkata',
    hours: { mon: ['10:00-13:00', '14:00-19:00'], tue: ['10:00-13:00', '14:00-19:00'], wed: ['10:00-13:00', '14:00-19:00'], thu: ['10:00-13:00', '14:00-19:00'] },
    holidays: ['2027-02-10'],
  });

  it('reads Kolkata hours at UTC+05:30', () => {
    expect(stateAt(kolkata, '2027-02-09T05:00:00Z')).toEqual({ open: true, closesAt: '2027-02-09T07:30:00.000Z' });
    expect(stateAt(kolkata, '2027-02-09T07:45:00Z')).toEqual({ open: false, nextOpen: '2027-02-09T08:30:00.000Z' });
  });

  it('takes a Kolkata holiday by the Kolkata date, which starts at 18:30Z the day before', () => {
    // 19:00Z on Tuesday is already Wednesday 10 February, the holiday, in Kolkata.
    expect(stateAt(kolkata, '2027-02-09T19:00:00Z')).toEqual({ open: false, nextOpen: '2027-02-11T04:30:00.000Z' });
  });
});

describe('openingState across the London clock changes', () => {
  it('opens at 08:00 BST (07:00Z) on the Monday after the clocks go forward', () => {
    expect(stateAt(london, '2027-03-27T19:00:00Z')).toEqual({ open: false, nextOpen: '2027-03-29T07:00:00.000Z' });
  });

  it('opens at 08:00 GMT (08:00Z) on the Monday after the clocks go back', () => {
    expect(stateAt(london, '2027-10-30T18:00:00Z')).toEqual({ open: false, nextOpen: '2027-11-01T08:00:00.000Z' });
  });

  it('opens at the jump when the opening time is skipped by the clocks going forward', () => {
    // 01:30 does not exist on 28 March 2027: at 01:00Z the clock jumps from 01:00 GMT to 02:00 BST.
    const earlySunday = clinic({ hours: { sun: '01:30-03:00' } });
    expect(stateAt(earlySunday, '2027-03-27T12:00:00Z')).toEqual({ open: false, nextOpen: '2027-03-28T01:00:00.000Z' });
    expect(stateAt(earlySunday, '2027-03-28T01:30:00Z')).toEqual({ open: true, closesAt: '2027-03-28T02:00:00.000Z' });
  });

  it('opens at the first 01:30 when the clocks going back show it twice', () => {
    const earlySunday = clinic({ hours: { sun: '01:30-03:00' } });
    // 01:30 BST is 00:30Z; the clocks go back at 01:00Z and 03:00 GMT is 03:00Z.
    expect(stateAt(earlySunday, '2027-10-30T12:00:00Z')).toEqual({ open: false, nextOpen: '2027-10-31T00:30:00.000Z' });
    expect(stateAt(earlySunday, '2027-10-31T01:15:00Z')).toEqual({ open: true, closesAt: '2027-10-31T03:00:00.000Z' });
  });
});

describe('describeNextOpen', () => {
  const describeAt = (c: Clinic, nowIso: string) => {
    const now = new Date(nowIso);
    const { nextOpen } = openingState(c, now);
    if (nextOpen === undefined) throw new Error(`expected the clinic to be closed at ${nowIso}`);
    return describeNextOpen(c, nextOpen, now);
  };

  it('says "today" for later the same day', () => {
    const lunch = clinic({ hours: { mon: ['08:00-12:30', '13:30-18:00'] } });
    expect(describeAt(lunch, '2027-01-11T12:45:00Z')).toBe('today from 13:30');
    expect(describeAt(london, '2027-01-12T06:00:00Z')).toBe('today from 8:00');
  });

  it('says "tomorrow" for the next day', () => {
    expect(describeAt(london, '2027-01-11T19:00:00Z')).toBe('tomorrow from 8:00');
  });

  it('names the weekday within the next six days', () => {
    expect(describeAt(london, '2027-01-16T13:00:00Z')).toBe('Monday from 8:00');
    expect(describeAt(london, '2027-05-01T12:00:00Z')).toBe('Tuesday from 8:00');
  });

  it('gives the date for a day a week or more away', () => {
    const christmas = clinic({
      holidays: ['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02'],
    });
    expect(describeAt(christmas, '2026-12-23T19:00:00Z')).toBe('Monday 4 January from 8:00');
  });

  it('speaks in the clinic\'s time zone, not UTC', () => {
    const kolkata = clinic({ timezone: 'Asia/Kolkata', hours: { wed: '09:00-17:00' }, holidays: [] });
    // 20:00Z on Tuesday is already 01:30 on Wednesday in Kolkata.
    expect(describeAt(kolkata, '2027-02-09T20:00:00Z')).toBe('today from 9:00');
  });

  it('gives the time the clock shows when the opening time was skipped', () => {
    expect(describeAt(clinic({ hours: { sun: '01:30-03:00' } }), '2027-03-27T12:00:00Z')).toBe('tomorrow from 2:00');
  });
});
