/**
 * Where confidence turns into behaviour. Calibrated on tests/eval/dev.jsonl only (the README's
 * "Retrieval" section has the figures); tests/eval/test.jsonl is never used to set them.
 */
export const THRESHOLDS = {
  /** At or above: answer. */
  answer: 0.5,
  /** Below: fallback ("I don't know", and the offer of a person). Between: clarify. */
  clarify: 0.35,
  /** Two candidates of different topics closer than this: ask which one was meant. */
  closeMargin: 0.04,
} as const;
