import { describe, expect, it } from 'vitest';
import { decide } from '../server/answer/decide.js';
import { shippedEngine } from './helpers/engine.js';

const engine = shippedEngine();
const emergency = engine.kb.clinic.emergency.number;
const net = engine.safetyNet.text;

describe('the safety net', () => {
  it('tells what to do should an emergency come before an answer about numbness, cited after the answer\'s own sources', () => {
    const decision = decide(engine, 'will physio help the tingling in my foot?');
    expect(decision.kind).toBe('answer');
    expect(decision.text.startsWith(net)).toBe(true);
    expect(net).toContain(emergency);
    const own = engine.entriesById.get(decision.entryId as string)?.sources.length as number;
    const added = decision.citations.slice(own);
    expect(added.map((c) => c.position)).toEqual(engine.safetyNet.sources.map((_, i) => own + i + 1));
    expect(added.every((c) => c.snippet === net)).toBe(true);
    for (const c of added) expect(decision.text).toContain(`[${c.position}]: ${c.url}`);
  });

  it('reaches a report in words no rule reads, which gets no emergency reply of its own', () => {
    const decision = decide(engine, 'my wee has gone a bit funny');
    expect(decision.kind).not.toBe('urgent');
    expect(decision.text.startsWith(net)).toBe(true);
    expect(decision.citations.map((c) => c.position)).toEqual([1, 2]);
  });

  it('is not said where the question is on other ground, nor twice where the entry already says when to call', () => {
    expect(decide(engine, 'is an extrusion worse than a protrusion?').text).not.toContain(net);
    const answered = decide(engine, 'no bladder problems, just back pain, what can I do?');
    expect(answered.kind).toBe('answer');
    expect(answered.text).not.toContain(net);
    expect(answered.text).toContain(emergency);
  });

  it('follows goodbye, with its sources', () => {
    const farewell = decide(engine, 'bye');
    expect(farewell.text.startsWith(`Take care. ${net} [1]`)).toBe(true);
    expect(farewell.citations.map((c) => c.url)).toEqual(engine.safetyNet.sources.map(({ source }) => source.url));
    for (const c of farewell.citations) expect(farewell.text).toContain(`[${c.position}]: ${c.url}`);
  });
});
