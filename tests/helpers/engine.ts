import { createEngine, type Engine } from '../../server/answer/decide.js';
import { loadKnowledge } from '../../server/kb/load.js';

let shipped: Engine | undefined;

/** The engine over the shipped knowledge folder, built once per test file. */
export function shippedEngine(): Engine {
  shipped ??= createEngine(loadKnowledge('knowledge'));
  return shipped;
}
