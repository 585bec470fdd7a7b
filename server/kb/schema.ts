import { z } from 'zod';
import { TOPICS } from './topics.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'not a real date');

const clockRange = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d-(([01]\d|2[0-3]):[0-5]\d|24:00)$/,
  'expected "HH:MM-HH:MM"').refine((r) => {
    const [from, to] = r.split('-') as [string, string];
    return from < to;
  }, 'a range must end after it starts');

const dayHours = z.union([z.literal('closed'), clockRange, z.array(clockRange).min(1)]);
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const ianaZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'not an IANA time zone such as Europe/London');

export const clinicSchema = z.strictObject({
  name: z.string().min(1),
  timezone: ianaZone,
  hours: z.partialRecord(z.enum(WEEKDAYS), dayHours),
  holidays: z.array(isoDate).default([]),
  phone: z.string().min(3),
  email: z.email(),
  address: z.string().min(3),
  emergency: z.strictObject({
    number: z.string().min(2),
    urgent: z.string().min(2).optional(),
    crisis: z.string().min(2).optional(),
  }),
  urls: z.record(z.string(), z.url()).default({}),
});
export type Clinic = z.infer<typeof clinicSchema>;

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case: lower-case words joined by "-"');

export const sourceSchema = z.strictObject({
  id: kebabId,
  title: z.string().min(3),
  publisher: z.string().min(2),
  url: z.url(),
  year: z.number().int().min(1900).max(2100),
  accessed: isoDate.optional(),
  note: z.string().optional(),
});
export const sourcesSchema = z.array(sourceSchema).min(1);
export type Source = z.infer<typeof sourceSchema>;

export const lexiconSchema = z.strictObject({
  /** canonical term -> the words patients use for it (lay terms, misspellings) */
  terms: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)),
});
export type Lexicon = z.infer<typeof lexiconSchema>;

const regexSource = z.string().min(1).refine((s) => {
  try {
    new RegExp(s, 'u');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

export const URGENCY_LEVELS = ['emergency', 'crisis', 'urgent'] as const;
export type UrgencyLevel = (typeof URGENCY_LEVELS)[number];

export const redFlagsSchema = z.strictObject({
  /** The opening of the reply for each level: what to do, before anything else. */
  levels: z.strictObject({ emergency: z.string().min(1), crisis: z.string().min(1), urgent: z.string().min(1) }),
  /**
   * What to do should an emergency come, said before the answer to a message that names what the
   * rules watch for without reporting it ("no bladder problems, just back pain, what can I do?"), or
   * that reports it in words no rule reads, and after goodbye.
   */
  safety_net: z.strictObject({
    text: z.string().min(1),
    /** Any of these, over the words as the rules read them, puts the text before the answer. */
    mentions: z.array(regexSource).min(1),
    sources: z.array(kebabId).min(1),
  }).optional(),
  rules: z.array(z.strictObject({
    id: kebabId,
    level: z.enum(URGENCY_LEVELS),
    /** Why, in plain words: follows the level's opening. */
    why: z.string().min(1),
    /** Any of these, not negated, fires the rule... */
    patterns: z.array(regexSource).min(1),
    /** ...provided one of these (context such as back pain) is also present, when given. */
    with: z.array(regexSource).optional(),
    /** ...and none of these is present ("years ago", "minor"): what makes the same words routine. */
    unless: z.array(regexSource).optional(),
    /**
     * The sign is a past event, not a state (a history of cancer): words saying it is over ("all
     * clear now") do not set it aside, as they do a symptom that "went away months ago".
     */
    history: z.boolean().optional(),
    /**
     * Harmless causes that, said by a doctor or found to explain the sign right after it ("the GP
     * said it was a pulled muscle"), set it aside. Only for signs a harmless cause can explain:
     * a cauda equina sign put down to anxiety is still one.
     */
    explained_by: z.array(regexSource).optional(),
    /** Where the advice comes from: ids in sources.yaml, shown as citations under the reply. */
    sources: z.array(kebabId).min(1),
    /**
     * Words a question about the sign, rather than a report of it, is also read with ("why does my
     * GP ask if I've wet myself" asks about warning signs): retrieval alone sees only a bladder.
     */
    asked: z.string().min(1).optional(),
    /** Messages that must fire the rule, and denials of them that must not; kb check runs them. */
    examples: z.strictObject({ fires: z.array(z.string().min(1)).min(1), denied: z.array(z.string().min(1)).min(1) }),
  })).min(1),
});
export type RedFlags = z.infer<typeof redFlagsSchema>;

const sourceRef = z.union([kebabId, z.strictObject({ id: kebabId, locator: z.string().min(1) })]);

export const entryFrontMatterSchema = z.strictObject({
  id: kebabId,
  topic: z.enum(TOPICS),
  title: z.string().min(3),
  questions: z.array(z.string().min(3)).min(5, 'an entry needs at least 5 alternate questions'),
  sources: z.array(sourceRef).min(1, 'every entry cites at least one source'),
  reviewed_by: z.string().min(2),
  reviewed_on: isoDate,
  related: z.array(kebabId).optional(),
});
export type EntryFrontMatter = z.infer<typeof entryFrontMatterSchema>;
