/**
 * Every number that turns term matches into behaviour, in one place. Calibrated on
 * tests/eval/dev.jsonl only, with `npm run calibrate`; tests/eval/test.jsonl is never used to set them.
 */
export interface Calibration {
  /** Share of confidence that comes from the best single phrasing; the rest is whole-entry coverage. */
  phrasingShare: number;
  /** A term no entry uses weighs like a term this many entries use (see EntryIndex.weight). */
  unknownTermEntries: number;
  /** At or above: answer. */
  answer: number;
  /** At or above, with a lead of `clearLead` over the best other topic: answer too. */
  answerWithLead: number;
  clearLead: number;
  /** Below: fallback ("I don't know", and the offer of a person). Between this and `answer`: clarify. */
  clarify: number;
  /** Two candidates of different topics closer than this: ask which one was meant. */
  closeMargin: number;
}

export const CALIBRATION: Calibration = {
  phrasingShare: 0.7,
  unknownTermEntries: 0.5,
  answer: 0.575,
  answerWithLead: 0.425,
  clearLead: 0.1,
  clarify: 0.575,
  closeMargin: 0.04,
};
