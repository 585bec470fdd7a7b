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

  it.each([
    // Lay, regional and formal words for a sign, each with its denial.
    ['I have noticed a loss of sensation in the area one sits upon', 'I have not noticed any loss of sensation in the area one sits upon'],
    ["haven't peed since yesterday morning and my back is agony", 'I have had no trouble peeing since yesterday morning'],
    ['new problems getting hard since the back pain started', 'no problems getting hard, just back pain'],
    ['my left leg suddenly went weak and I fell over', 'my left leg has not suddenly gone weak, it just aches'],
    ["can't feel my foot and it won't lift", 'my foot lifts fine, it is just tingly'],
    ['was in a car wreck yesterday and my back is killing me', "I haven't been in a car wreck, my back just hurts"],
    ['been dropping weight and not dieting, and my back hurts', 'I have been dropping weight on purpose with a diet and my back feels better'],
    ["pain is worse at night and I've had night sweats and fevers", 'pain is worse at night but I have no fever'],
    ['I get an electric jolt when I bend my neck forward', 'no electric jolt when I bend my neck forward, just stiffness'],
    ['I just want to go to sleep and not wake up', 'I just want to get some sleep and wake up without pain'],
    // Signs told of someone else.
    ['my mother is wetting herself since her back went', 'my mother has never wet herself, she just has sciatica'],
    ['my brother keeps saying he wants to die', "my brother doesn't want to die, he wants surgery"],
    ["my grandad is 79 and tripped over, now he can't get up for the back pain", 'my grandad is 79 and has a slipped disc, can he have surgery'],
  ])('triages "%s" but not "%s"', (report, denial) => {
    expect(decide(engine, report).kind).toBe('urgent');
    expect(decide(engine, denial).kind).not.toBe('urgent');
  });

  it('reads a denial that comes after the place it is about', () => {
    for (const denial of ['my groin is not numb, only my calf', "both legs aren't weak, just the right one aches", 'zero numbness down there, just back pain']) {
      expect(decide(engine, denial).kind, denial).not.toBe('urgent');
    }
    for (const report of ['my groin is numb', 'I have zero feeling in my groin']) expect(decide(engine, report).kind, report).toBe('urgent');
  });

  it('sets aside a sign said to be over or normal for the person, unless it was recent, masked by tablets or came back', () => {
    for (const over of [
      "years ago after my c section I couldn't pee for a day but that was sorted",
      'the numbness in my groin after the op went away months ago, when can I drive again',
      "I had a fever last month with flu but it's gone",
      "mild stress incontinence since having my kids, it's normal for me and hasn't changed",
      'my son had a bike accident last year and is fine now, can he do sports with a bulging disc',
    ]) expect(decide(engine, over).kind, over).not.toBe('urgent');
    for (const current of [
      "I couldn't pee this morning but it's sorted now",
      'my fever settled with paracetamol but my spine is so tender',
      'the numbness down there went away, now it has come back',
      "my groin is numb and it hasn't gone away",
      "numbness in my bum that won't go away",
      "I can't pee since the swelling settled",
      'my bum went numb last week but it has settled now',
      "couldn't control my bladder a fortnight ago, it's sorted now",
    ]) expect(decide(engine, current).kind, current).toBe('urgent');
  });

  it('reads every way of saying one cannot, past and long forms too, as a report', () => {
    for (const report of [
      "couldn't lift my foot this morning",
      "I couldn't get an erection since the back pain started",
      'I was not able to pee all night',
      "I haven't been able to feel my bum for 2 days",
    ]) expect(decide(engine, report).kind, report).toBe('urgent');
    for (const routine of ["I couldn't sleep because of the pain", "couldn't sit down for long at work"]) {
      expect(decide(engine, routine).kind, routine).not.toBe('urgent');
    }
  });

  it('keeps a history of cancer one when it is over', () => {
    expect(decide(engine, 'had breast cancer, all clear now, but I have new back pain').kind).toBe('urgent');
  });

  it("reads an animal's sign as no one's", () => {
    expect(decide(engine, 'my dog is incontinent since his back surgery, do you treat animals').kind).not.toBe('urgent');
    expect(decide(engine, "my dog pulled me over and now I can't pee").kind).toBe('urgent');
  });

  it('reads a question about getting a sign as information', () => {
    for (const question of ['can you get a fever from an epidural', 'will I get foot drop after surgery']) {
      expect(decide(engine, question).kind, question).not.toBe('urgent');
    }
    expect(decide(engine, "I've had a fever since my epidural").kind).toBe('urgent');
  });

  it('tells figures of speech and look-alikes from the signs they resemble', () => {
    for (const [lookalike, sign] of [
      ['the hospital parking nearly gave me a heart attack, where do I park', "I think I'm having a heart attack"],
      ['dropped my phone and felt my back twinge', 'I keep dropping things and my neck hurts'],
      ['my wife had a stroke years ago and now has a slipped disc', 'I think my wife is having a stroke'],
      ['my father is 80 and has a slipped disc in his neck', 'my father is 80 and slipped on the ice, now his back hurts'],
      ['I am hot and cold about whether to have surgery', 'I feel hot and cold and my back is agony'],
    ] as const) {
      expect(decide(engine, lookalike).kind, lookalike).not.toBe('urgent');
      expect(decide(engine, sign).kind, sign).toBe('urgent');
    }
  });

  it('cites the sources of its urgent advice', () => {
    const decision = decide(engine, 'I have a fever and my back is killing me');
    expect(decision.citations.length).toBeGreaterThan(0);
    expect(decision.text).toMatch(/\[1\]: https?:\/\//);
  });
});
