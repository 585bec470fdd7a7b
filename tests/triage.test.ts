import { describe, expect, it } from 'vitest';
import { decide } from '../server/answer/decide.js';
import { shippedEngine } from './helpers/engine.js';

const engine = shippedEngine();
const { kb } = engine;

describe('red-flag triage', () => {
  describe.each(kb.redFlags.rules.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
    it.each(rule.examples.fires)('fires on "%s" and puts what to do first', (message) => {
      const decision = decide(engine, message);
      expect(decision.kind).toBe('urgent');
      // The most urgent matching rule answers; for a single-symptom example that is this rule or a more urgent one.
      expect(['emergency', 'crisis', 'urgent'].indexOf(decision.redFlag!.level)).toBeLessThanOrEqual(['emergency', 'crisis', 'urgent'].indexOf(rule.level));
      expect(decision.text.startsWith('**')).toBe(true);
      expect(decision.text.split('\n')[0]).toContain(rule.level === 'urgent' ? kb.clinic.emergency.urgent! : kb.clinic.emergency.number);
    });

    it.each(rule.examples.denied)('stays calm on the denial "%s"', (message) => {
      expect(decide(engine, message).kind).not.toBe('urgent');
    });
  });

  it('puts the emergency number on the first line of an emergency reply', () => {
    const decision = decide(engine, 'my groin is numb and I cannot pee');
    expect(decision.redFlag?.level).toBe('emergency');
    expect(decision.text.split('\n')[0]).toContain(`Call ${kb.clinic.emergency.number} now`);
  });

  it('gives the crisis line for thoughts of suicide', () => {
    const decision = decide(engine, "honestly i dont want to live with this pain anymore");
    expect(decision.kind).toBe('urgent');
    expect(decision.redFlag?.level).toBe('crisis');
    expect(decision.text).toContain(kb.clinic.emergency.crisis!);
  });

  it('finds an emergency buried at the end of a long story', () => {
    const story = `${'I have had back pain for months and did physio and it helped a bit. '.repeat(30)}but since yesterday I cannot feel the toilet paper when I wipe`;
    expect(decide(engine, story).kind).toBe('urgent');
  });

  it('still recognises misspelt symptoms', () => {
    expect(decide(engine, 'numbnes in my grion since this morning').kind).toBe('urgent');
  });

  it('reads a denial only within its own clause', () => {
    expect(decide(engine, 'no fever, but I cannot pee since last night').kind).toBe('urgent');
  });

  it('answers questions about warning signs as information, not as an emergency', () => {
    for (const question of ['what is cauda equina syndrome', 'what are the warning signs I should look out for', 'what is foot drop']) {
      const decision = decide(engine, question);
      expect(decision.kind, question).not.toBe('urgent');
    }
  });

  it("reads a sign in someone else's question, in advice or in a condition as information", () => {
    for (const message of [
      "my GP asked if I'd wet myself, I haven't",
      "the leaflet says go to A&E if you can't pee",
      'if my legs went weak should I go to the ER',
      'is foot drop a reason for surgery',
      'do I need to worry about bladder problems after an epidural injection',
    ]) expect(decide(engine, message).kind, message).not.toBe('urgent');
  });

  it('still triages when the patient owns the sign asked about, or asks about themselves', () => {
    for (const message of [
      "the GP asked if I'd wet myself and I have",
      'the physio asked about saddle numbness, I said yes',
      "is it bad if you can't feel the toilet paper when you wipe",
      "why can't I feel it when I wipe",
    ]) expect(decide(engine, message).kind, message).toBe('urgent');
  });

  it('does not take not noticing for a denial', () => {
    expect(decide(engine, "I didn't realise I'd leaked until I saw my jeans").kind).toBe('urgent');
    expect(decide(engine, "I don't notice any numbness down there").kind).not.toBe('urgent');
  });

  it('cites the sources of its urgent advice', () => {
    const decision = decide(engine, 'I have a fever and my back is killing me');
    expect(decision.citations.length).toBeGreaterThan(0);
    expect(decision.text).toMatch(/\[1\]: https?:\/\//);
  });
});
