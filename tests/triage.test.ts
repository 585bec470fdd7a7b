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
      "can a disc make you not feel the toilet seat when you sit? because that's what's happening to me since tuesday",
      "what is saddle numbness? that's me",
    ]) expect(decide(engine, message).kind, message).toBe('urgent');
    // The question alone, or someone else's case after it, asks.
    for (const message of ['can a disc make you not feel the toilet seat when you sit?', 'can a disc cause bladder problems? because my mum had that']) {
      expect(decide(engine, message).kind, message).not.toBe('urgent');
    }
  });

  it('lets a denial reach no further than "and", even with a word like "honestly" before the new subject', () => {
    expect(decide(engine, 'had sciatica for 2 years now nothing works and honestly i dont want to be here anymore').kind).toBe('urgent');
    expect(decide(engine, 'nothing works and sometimes my bum goes numb').kind).toBe('urgent');
    expect(decide(engine, 'no numbness and honestly no bladder problems, just back pain').kind).not.toBe('urgent');
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

  // Each row: a report in one grammatical form, and a denial in the same form.
  const triagesButNot = (cases: readonly (readonly [string, string])[]) => {
    for (const [report, denial] of cases) {
      expect(decide(engine, report).kind, report).toBe('urgent');
      expect(decide(engine, denial).kind, denial).not.toBe('urgent');
    }
  };

  // Every report of a kind is urgent, and none of its look-alikes is.
  const triagesEachButNone = (reports: readonly string[], lookAlikes: readonly string[]) => {
    for (const report of reports) expect(decide(engine, report).kind, report).toBe('urgent');
    for (const lookAlike of lookAlikes) expect(decide(engine, lookAlike).kind, lookAlike).not.toBe('urgent');
  };

  it('reads not feeling something, in any tense, as being unable to feel it', () => triagesButNot([
    ["I didn't feel the toilet paper this morning", "I don't feel numb down there"],
    ["my wife hasn't felt her bum since Friday", "my wife hasn't felt any tingling in her bum"],
    ['is it normal to not feel when you poo?', 'I can feel when I need a poo'],
    ["I don't feel it when I need a wee anymore", "I don't feel any pain when I wee"],
  ]));

  it('reads a sense, a strength or an urge said to be missing, in any tense, as missing', () => triagesButNot([
    ["since Tuesday I haven't had any feeling around my back passage", "I haven't lost any feeling around my back passage"],
    ["I'm not getting the urge to pee anymore", "I haven't had any trouble with my bladder"],
    ["I've lost the strength to lift my foot", "I haven't got the strength to go to work with this back"],
    ["since the weekend my legs haven't been strong enough to get me up the stairs", 'my legs are strong enough to get me up the stairs'],
    ["I've got no control over when I poo", "I don't have any control over my pain"],
  ]));

  it('reads "can barely", past and full refusals, and "cant" with swapped letters as the sign', () => triagesButNot([
    ['I can barely feel my privates since yesterday', 'I can feel my privates fine'],
    ["my foot wouldn't lift this morning", 'my foot lifts fine, it just aches'],
    ['i cnat pee since last night', 'i can pee fine, just back pain'],
  ]));

  it("reads a sign told of someone else's body or doing as a report", () => triagesButNot([
    ['my husband has pain going down both his legs', 'my husband has pain going down one of his legs'],
    ["she can't feel it when she wipes", 'she can feel everything when she wipes'],
    ["he can't hold his wee in", "he has never had trouble holding his wee in"],
    ['my son came off his motorbike and says his back hurts', "my son hasn't come off his motorbike, his back just aches"],
  ]));

  it('keeps a clause that only adds to the one before with it', () => triagesButNot([
    ['my dad, who is 90, fell in the garden and his back hurts', 'my dad, who is 90, has a bulging disc, can he have surgery'],
    ["is it normal to lose weight with back pain? I'm not dieting", "is it normal to lose weight with back pain? I'm dieting"],
    ["I feel like I need a wee but I can't go", "I need a wee but I can't go until the scan is finished"],
  ]));

  it('reads a sign in the tense, order and strength a patient tells it', () => triagesButNot([
    ["I've fallen from a ladder and my back is agony", "I haven't fallen from a ladder, my back just hurts"],
    ['my foot has been dragging since Sunday', "my foot isn't dragging, it just tingles"],
    ["my husband's back pain is waking him at night and he feels unwell", "my husband's back pain wakes him at night but he feels well"],
    ['my chest is really tight and my upper back hurts', 'my chest is sore from coughing with a cold'],
    ["my dad's speech suddenly went slurred", "his speech hasn't suddenly gone slurred, he's just tired"],
    ["I'm finding it harder and harder to start peeing", "I'm not finding it hard to start peeing"],
    ['my right leg is weaker each day', "my leg isn't weaker each day, it's the same"],
    ['my balance is getting worse and my neck hurts', "my balance isn't getting worse, my neck is just sore"],
    ['now my right leg hurts as well as my left', 'my right arm hurts as well as my left'],
  ]));

  it('reads a sign told as a noun as the sign', () => triagesButNot([
    ['loss of bladder control since my back went', 'no loss of bladder control'],
    ['weakness in my legs and back pain', 'no weakness in my legs, just back pain'],
    ['loss of sexual sensation since my back pain started', 'no loss of sexual sensation, just back pain'],
    ["there's been some leakage of urine since my back went", 'no leakage of urine at all'],
    ['mum has been having accidents since her back went', "I've had a few accidents at work over the years and my back hurts"],
  ]));

  it('reads a lay likeness for a sign as the sign', () => triagesButNot([
    ["it feels like I've had a local anaesthetic down below", 'I had a local anaesthetic in my bottom for the injection and it has worn off'],
    ['wiping my bum feels like wiping someone else\'s', 'wiping my bum feels normal'],
    ["my bum feels like it's asleep all the time now", 'my foot falls asleep when I sit too long'],
  ]));

  it('reads a sign word spelt as another real word as the sign where nothing else fits', () => triagesButNot([
    ['my legs are week and wobbly since my back went', "it's been a week since my back went"],
    ['i cant fell my bum', 'I fell on my bum last week and it is bruised'],
    ['iv lost alot of wait without trying and my back hurts', 'I had to wait a lot for my scan and my back hurts'],
  ]));

  it('reads numbness of the whole lower body and legs that will not move as both legs', () => triagesButNot([
    ["I'm numb from the waist down", 'my tummy is numb below my belly button after the c-section'],
    ["my legs won't move", "my legs won't stop aching after the gym"],
    ["I've lost the use of my legs", "I haven't lost the use of my legs, I can walk fine"],
  ]));

  it('tells the same words in a routine sense from the sign', () => triagesButNot([
    ['I wet the bed last night and my back is agony', 'my kids wet the bed, is that anything to do with my back'],
    ['I lost a stone without trying and my back hurts', "I've been dieting and lost a stone, will that help my back"],
    ['I think my mum has had a stroke', 'my friend had a stroke, can disc problems cause strokes'],
    ['I had bowel cancer and now my back hurts', 'my mum had a cancer scare but it was benign, she has a bulging disc'],
    ['my legs have gone numb since my back went', "my legs went numb from sitting cross legged but it's fine now"],
    ['my legs have gone weak since my back went', "my dog's back legs have gone weak"],
  ]));

  it("reads a child's wetting as no sign, and an adult's as one", () => triagesButNot([
    ['my son is 40 and he wet the bed last night, his back has been bad all week', "my son wets the bed, he's 6"],
    ['my mother is wetting herself since her back went', 'our toddler keeps weeing herself since we started potty training'],
    ['my daughter is 7 and my husband has been wetting himself since his back went', 'my son is 9 and keeps wetting himself at school, is it anxiety'],
  ]));

  it('reads a sign in the words of someone learning English', () => triagesButNot([
    ['the pee is not coming from two days', 'the pee is coming fine'],
    ['since three days I am not able make urine and my back is very pain', 'I am able make urine fine'],
    ['my private part is numb from yesterday', 'my private part is not numb'],
    ['when I am wipe I am not feeling the paper', 'when I am wipe I am feeling the paper normal'],
    ['I feel like my legs is not mine', 'my legs is mine, only back pain'],
    ['my leg is not listening to me, it is falling when I walk', 'my leg is listening to me fine, just sore'],
    ['I fall from the stair yesterday and my back is very pain', 'I did not fall from the stair, my back is pain'],
  ]));

  it('reads a sign in a short phone text', () => triagesButNot([
    ['want 2 die pain 2 much', 'want 2 book an appointment'],
    ['lost 2 stone not trying back ache', 'lost 2 stone dieting and my back feels better'],
    ['cant feel legs', 'can feel legs fine'],
    ['cant poo or pee', 'cant poo since the codeine'],
  ]));

  it('sets aside a sign that has lasted for years, unless it is getting worse', () => triagesButNot([
    ['my legs have been getting weaker for years and my back hurts', 'my client has been doubly incontinent for years from dementia, how do I lift her'],
    ["I've started leaking when I stand up", "I've leaked a little when I sneeze since my first baby 12 years ago, nothing new"],
    ['my husband has been on steroids for years and fell in the garden, his back hurts', 'my husband has been on steroids for years and has a stiff back'],
  ]));

  it('tells a sign from the same words with another cause or in the past', () => triagesButNot([
    ["I think I'm having a heart attack", 'my wife had a heart attack ten years ago, is it safe for her to have a spine injection'],
    ["I couldn't pee this morning and my back hurts", "I couldn't pee in the hospital toilet because of the queue outside"],
    ['my feet have gone numb since my back went', "I'm pregnant and my feet have gone numb and swollen in the heat"],
    ["my son took all his tablets, he says he can't cope with the pain anymore", 'my dad took all his tablets this morning as usual'],
  ]));

  it('reads a number with a decimal point as one number', () => triagesButNot([
    ['my temperature has been 38.5 since Monday and my back is sore', 'my temperature has been 36.5 and my back is sore'],
  ]));

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

  it('reads thoughts of suicide said indirectly, but not the same words about a clock, leftovers or grief long ago', () => triagesButNot([
    ["I've been stashing my tablets in case it all gets too much", 'I kept my leftover tablets from last time, can I take them for a flare'],
    ['what is the point anymore', "what's the point of an MRI if the disc shrinks anyway"],
    ['every night I pray I never wake up', "I don't want to wake up so early for my scan, is there a later slot"],
    ['no one would miss me if I was gone', 'nobody will notice if I am late for my appointment'],
    ["I've been suicidal for years", 'my uncle took his own life ten years ago, does back trouble run in families'],
    ['my dad took his own life last week and I cannot cope', 'my cousin died by suicide in 2012, can stress make sciatica worse'],
  ]));

  it('reads stroke signs in the words relatives use, unless a cause is told with them', () => triagesButNot([
    ["grandad's smile has gone wonky and he can't find his words", 'my smile is wonky because the dentist numbed my mouth'],
    ['her speech suddenly sounds thick', 'my speech is slurred after my wisdom teeth came out'],
    ['all of a sudden he lost the strength in his right arm', 'my mum had a mini stroke years ago, can she have physio'],
  ]));

  it('reads chest pain in lay words, unless a doctor has put it down to a harmless cause', () => triagesButNot([
    ['it feels like my chest is being squeezed in a vice', 'I had chest pain last month and the GP said it was a pulled muscle'],
    ['a heavy pain behind my breastbone spreading to my jaw', 'my chest pain turned out to be reflux and the doctor sorted it'],
    ['my jaw and left arm ache and I am clammy', 'I am going to the chest clinic next week, will that affect my back scan'],
  ]));

  it('never sets aside a cauda equina sign that someone put down to a harmless cause', () => triagesButNot([
    ["I can't feel my bum when I wipe, the doctor said it's probably anxiety", 'no numbness down below, the doctor said my back pain is probably anxiety'],
    ['I keep wetting myself since my back went, the GP thought it was anxiety', 'my bladder is fine, the GP thought my back ache was stress'],
  ]));

  it('reads a serious accident or a fall told in everyday words, but not one long ago or a fall feared', () => triagesButNot([
    ['slid off the roof this morning and landed on my back', 'I fell off a roof when I was 19, now I am 60 with a bad back'],
    ['went over the handlebars yesterday and my neck hurts', 'I came off my bike as a teenager, is that why my back is bad'],
    ['I have osteoporosis and missed a step, now my back hurts', 'I have osteoporosis and I am afraid of falling, which exercises are safe for my back'],
    ["mum's 82 and lost her footing, her back is sore", "I'm 78 and want to lower my risk of falling, are there back exercises"],
  ]));

  it('reads fever and infection risks in everyday words', () => triagesButNot([
    ['my teeth keep chattering and my back is killing me', 'I have a cold and a temperature, can I still come to physio'],
    ["I've been sweating through my pyjamas and my spine is tender", 'I sweat a lot at the gym, is that ok with a bulging disc'],
    ['I had a liver transplant and now my back hurts', 'is a temperature of 37.5 a fever'],
  ]));

  it('reads weakness that is getting worse in everyday words, and a knee that gives way with back pain', () => triagesButNot([
    ['my calf has gone weak and I cannot push off', 'my ankle is weak since I sprained it and my back hurts'],
    ['my toes keep dragging on the pavement', 'my legs gave way from laughing, when can I drive after surgery'],
    ['it started in my left leg, but now it is in my right leg as well', 'my back went last week and now it is in my left leg as well'],
    ['my knee keeps buckling since my back went', 'my knee keeps buckling since I tore my ligament, and my back is stiff'],
    ['both my legs are numb and heavy', 'both my legs hurt after my first marathon, is that normal with a disc bulge'],
  ]));

  it('reads a history of cancer and weight loss told indirectly, but not cancer feared or a relative who died of it', () => triagesButNot([
    ['I had radiotherapy for my bowel and now my back aches', 'what if my back pain is something serious like cancer'],
    ['they removed a lump from my breast last year and now my spine hurts', 'my grandmother had breast cancer and died at 90, can back pain be inherited'],
    ['my rings keep slipping off and my back aches', 'I lost a stone on purpose and my back feels better'],
    ["people tell me I look gaunt and my back hurts at night", "my sister says I look thin since I started running, will that help my back"],
  ]));

  it('reads clumsy hands and unsteadiness in everyday words, but not clumsiness one has always had', () => triagesButNot([
    ["I can't get my earrings in and my neck is sore", "I've always been clumsy and I banged my back on the door"],
    ['I keep bumping into things and my neck is stiff', 'I walked into a door in the dark and my back hurts'],
  ]));

  it('reads a new hump on the back as a change of shape', () => triagesButNot([
    ['a hump that was never there has appeared on my back and it is tender', 'what is a dowager hump and can I prevent it with a bad back'],
  ]));

  it('looks past a sign whose look-ahead could see into the next clause', () => {
    expect(decide(engine, "my husband's speech sounds drunk, but he hasn't been drinking").kind).toBe('urgent');
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

  it('never lets a hedge or a doubt cancel a sign: an anxious patient plays it down', () => triagesButNot([
    ["not sure if I'm numb down there or just imagining it", "I'm not sure whether saddle numbness is an emergency"],
    ['probably just me but the toilet paper feels a bit strange when I wipe', 'the new bike saddle feels a bit strange'],
    ["I don't think I've been able to pee properly since yesterday", "I don't think I'm numb down there, just sore"],
    ["I'm not sure my bladder is emptying properly since my back went", "I'm sure my bladder is emptying properly"],
    ["maybe I'm overthinking but I can't quite tell if I've finished weeing", 'I can always tell when I have finished weeing'],
    ["I just can't seem to feel the need to go", 'I can feel the need to go as usual'],
    ['never had this before - my bowels let go on the way to the toilet', 'never had back pain before, what should I do'],
    ['each day my left foot is a bit weaker', "my left foot isn't any weaker, it just tingles"],
  ]));

  it('reads a sign in British euphemism or a clinic letter\'s words', () => triagesButNot([
    ['my waterworks have stopped working properly since my back went', 'my waterworks are fine, just back pain'],
    ['when I go to spend a penny nothing happens', 'the physio said to spend a penny before the session'],
    ["I can't pass my water since my back went", 'can you pass the water jug, my back is too stiff to reach'],
    ["I can't make it to the loo in time anymore since my back went", "can't make it to my appointment in time, can I rebook"],
    ['my pins have gone all wobbly since my back went', 'the pins in my back from the fusion feel loose'],
    ["I'm having trouble voiding since my back went", 'no trouble voiding, just a stiff back'],
    ['I have perineal paraesthesia', 'no perineal paraesthesia, just back pain'],
    ['perianal numbness since my back pain started', 'no perianal numbness'],
    ['I have urinary hesitancy and my back is bad', 'no urinary hesitancy, my back is just stiff'],
    ['I think I have CES', "I'll go to the CES show in January if my back is better"],
  ]));

  it('reads a new sign told against a time it was not there', () => triagesButNot([
    ["my legs were fine yesterday but today they won't hold me up", 'my legs were weak yesterday after the gym but today they are fine'],
    ['overnight my leg went weak and I can hardly walk', 'overnight my back stiffened up but I can walk fine'],
    ['last week fine, now I drag my foot', "I've been dragging my feet about booking surgery"],
    ['this week I\'ve started not knowing when I need to poo', 'I always know when I need a poo'],
  ]));

  it('reads signs told indirectly: a little accident, erections, a weight on the chest, no point any more, a fall through the loft', () => triagesButNot([
    ["might be nothing but I had a little accident this morning and didn't feel it coming", 'had a little accident in the car park, scraped my bumper, back is sore'],
    ['not sure if related but erections have been a problem since my back went', 'erections have been fine since my back went'],
    ['I feel like there\'s an elephant on my chest', "it's a weight off my chest now that I have a date for surgery"],
    ["I don't see the point any more with this pain", "I don't see the point of physio any more, can I have surgery"],
    ['fell through the loft hatch this afternoon, back in agony', 'my plans fell through and my back hurts'],
    ['a bit of leaking maybe? since my back got worse', 'the roof has some leaking since the storm, my back hurts from the bucket'],
  ]));

  it('sets aside seat numbness that passes on standing, long-standing leaking from childbirth, and numbness a procedure was said to cause that has passed', () => triagesButNot([
    ["my bum has been numb since a long bike ride on Sunday", "my bum goes numb after a long bike ride but it's fine after an hour, is that my disc?"],
    ["my bum goes numb on long rides and it doesn't go away when I stand", "on long car journeys my bum goes numb but it's fine once I get out and walk"],
    ['slightly numb between my legs, probably from sitting?', 'after sitting for hours at work my bottom feels numb, then it goes when I walk around'],
    ["I've started leaking since my back went", "I've had stress incontinence since the menopause and my GP knows, can a disc make it worse?"],
    ["I leak a bit when I sneeze and it's getting worse since my back went", 'I leak a bit when I sneeze since my third baby ten years ago, my physio manages it'],
    ['after the injection my legs were numb as they said, then fine, but now I can\'t feel my bum', 'after my epidural my legs were numb for a few hours as they said they would be, then fine; when can I go back to work?'],
    ["my face is drooping and my speech is slurred", "my face isn't drooping and my speech is fine, just neck pain"],
  ]));

  it('keeps a denial to its own part of a sentence', () => triagesButNot([
    ["I don't have a fever and I can't feel my bum", "I haven't got numbness and tingling in my groin"],
    ['not had a temperature and my bum is numb', 'no numbness and my legs are fine'],
    ["if the surgery doesn't work I'm going to end it", "I don't think I have numbness down there"],
  ]));

  it('reads slang, a nurse\'s shorthand and a likeness for saddle numbness', () => triagesButNot([
    ['bit embarassing but my lady garden feels numb since my back went', 'the scar tissue around my wound feels numb after the microdiscectomy'],
    ["hubby reckons his todger is numb, he's had a bad back for a week", "his todger is fine, it's his back that hurts"],
    ['hypoaesthesia in S3-S5 dermatomes bilaterally', 'no hypoaesthesia in the S3-S5 dermatomes'],
    ["my mum says her bottom feels like it belongs to somebody else", "my mum's bottom feels normal, it's her hip"],
    ['when I wipe it feels like wiping through a glove', 'when I wipe it feels normal'],
  ]));

  it('reads bladder and bowel trouble told as what happens on the toilet', () => triagesButNot([
    ['nothing comes when I sit on the toilet for a wee, have to press on my tummy to get it out', 'my pee comes fine when I sit on the toilet'],
    ["can't seem to empty properly, always feel there's more in there", "I can't empty the dishwasher with my back, any tips"],
    ['my husband sat on the toilet for 20 mins and couldn\'t go, he has a slipped disc', 'my husband sat on the toilet reading for 20 mins, he has a slipped disc'],
    ["i dont get the warning anymore that i need to go, it just comes", 'I get plenty of warning when I need to go'],
    ['i think i may have had an accident in bed, never happened before, back is awful', 'i had a wee accident spilling tea on my laptop, when are you open?'],
  ]));

  it('reads hopelessness and plans told indirectly as a crisis', () => triagesButNot([
    ["I've been looking up how many of my tablets it would take", 'I counted how many tablets I have left, can I get a repeat'],
    ["I've written letters to my kids just in case", 'I have written to my GP to ask for a referral'],
    ["I've got a stash of codeine put by for when it gets too much", "I've got a stash of heat pads, which is better heat or ice?"],
    ['I feel like giving up on everything, life included', 'I gave up on the exercises, they didn\'t help'],
  ]));

  it('sets aside a face that droops since a stroke years back, a crash only seen, and a sign asked about after surgery in general', () => triagesButNot([
    ['half my face has dropped, happened 20 mins ago', "my dad's face droops since his stroke in 2012, can he still have an MRI?"],
    ['head on collision on the A road yesterday, neck and back hurting today', 'I saw a crash on the motorway and it scared me, now my neck is tense'],
    ["I can't pee after my surgery, should I worry?", "should I worry if I can't pee after surgery?"],
    ['dad suddenly cant understand what im saying and his arm is floppy', 'the dentist numbed my face and my lip is droopy, will it affect my MRI tomorrow?'],
  ]));

  it("sets aside a relative's cancer told with a question about what runs in families", () => triagesButNot([
    ['my wife had a mastectomy in 2019 and her back has started hurting', 'my mum had breast cancer 20 years ago and is fine, does back pain run in families?'],
  ]));

  it('reads a sign named as something read, googled or asked how to tell apart as information', () => triagesButNot([
    ['I keep googling why my bum is numb since yesterday', 'the NHS website mentions bowel incontinence, is that common?'],
    ['I have crushing chest pain and my back hurts', 'how can you tell a heart attack from a pulled muscle?'],
    ["will I have trouble peeing after the op? I can't pee since this morning", 'will I be incontinent after the fusion?'],
    ['how do I know if my wound is infected? it is oozing pus since the op', 'how do I know if my wound is infected after the op?'],
    ['the nurse mentioned reduced perineal sensation, should I worry', 'my leaflet mentions saddle anaesthesia, what part of the body is the saddle?'],
  ]));

  it('reads a sign feared as what may come as no report, but a fear of what is happening now as one', () => triagesButNot([
    ["I'm worried I'm getting a fever and my back hurts", 'I dread getting a fever after surgery, how common are infections?'],
    ["I'm scared, I think I'm having a heart attack", "I keep worrying I'll have a heart attack from the stress of this pain"],
    ['I am worried about having no feeling down there since yesterday', 'fear of being incontinent one day keeps me up at night'],
  ]));

  it("reads a stranger's sign told to ask one's own risk, and a dog's, as no report, but a friend's sign told for the friend as one", () => triagesButNot([
    ["my friend can't feel her bum since yesterday, what should she do?", 'the lady next door had cauda equina, am I at risk?'],
    ["my husband can't wee since his back op", "my neighbour's collie can't wee since his back op, should I tell her to call the vet?"],
    ["my friend had cauda equina and now I can't feel my bum, will I get it?", 'the guy in the next bed had foot drop after his op, will I get that?'],
  ]));

  it('sets aside a sign long settled, told in more ways, unless it was recent', () => triagesButNot([
    ["I've had a weak stream since last week and my back hurts", "I've had a weak stream for about 15 years, the urologist knows"],
    ['her sciatica went into both legs yesterday', 'a lady at my yoga class said her sciatica went into both legs once, years ago'],
    ['I had night sweats this week and my back aches', "I had night sweats during the menopause, they've stopped, does HRT affect the back?"],
    ["my legs gave way, they've stopped working", "I had hot sweats last year, they've stopped now, my back aches"],
    ['lost a stone without trying and my back hurts', 'lost a stone when I had covid in 2020 and put it back on, now my back hurts'],
    ['I had a fever last night, now gone, my back still hurts', 'I had a fever last month, now gone, can I still have my injection next week?'],
    ['my bum went numb on a long drive and it stays numb now', 'my bum went numb on a long drive but it was fine when I got out'],
  ]));

  it('tells tired legs, a crash that made one late, leaking on a sneeze and a fall denied or feared from the signs', () => triagesButNot([
    ['my legs went dead this morning and my back is bad', 'my legs are dead after the wedding, danced all night, my back is a bit stiff'],
    ['I was in a crash this morning which made me miss my appointment, my neck hurts', 'the motorway crash this morning made me late for physio for my back'],
    ["I've started leaking when I cough since my back went", 'since having my baby 6 weeks ago I leak a little when I sneeze, and my back aches from carrying her'],
    ["he's 84, he had a fall and his back hurts", "he's 84 and has never had a fall, can he have physio?"],
    ['my mum is 85 and fell on the stairs, her back hurts', 'worried my mum might fall when she visits, she is 85 and has osteoporosis'],
  ]));

  it('reads saddle numbness in slang and likeness: the privates at the dentist, not knowing one is on the seat, cardboard skin', () => triagesButNot([
    ['my tackle has gone numb since I hurt my back', 'I ate a bag of nuts and my back aches'],
    ["my privates feel like they've been to the dentist, all numb", "I've been to the dentist and my lip is numb, can I still have physio?"],
    ["when I sit on the loo I can't tell if I'm on the seat", "I can't tell if I'm on the waiting list, can you check?"],
    ["can't feel myself when I put a tampon in since my back went", 'can I use a tampon during an MRI of my back'],
    ['the skin round my back passage feels like cardboard', 'my mattress feels like cardboard and my back aches'],
  ]));

  it('reads bladder and bowel trouble told as amounts, effort, wind and soaked pads', () => triagesButNot([
    ['only a splash comes out when I go, back pain since Sunday', 'only a teaspoon of sugar in my tea, does sugar affect inflammation in the back?'],
    ["I've drunk loads today and hardly been, back is bad", 'I drank a lot at the party and my back aches today'],
    ['my stream has gone weak since Friday and my back is sore', 'my live stream is weak, sorry if I cut out, my back hurts from sitting'],
    ['I have to lean forward to get the wee out since my back went', 'I lean forward to get it out of the cupboard and my back twinges'],
    ["broke wind and it wasn't just wind, back is agony", "my dog farted and it wasn't just wind, I hurt my back cleaning up"],
    ["I need a wee all the time but when I go it just won't", "I need to go to work but it just won't stop raining, my back aches"],
    ['my mum has soaked through her pads since Sunday and her back is bad', "I'm going through loads of pads on my period, does that affect my back"],
  ]));

  it("reads a phone's dictation of a sign's word as the sign", () => triagesButNot([
    ["I can't P since last night and my back hurts", 'p.s. my back hurts'],
    ['in continents since my back went yesterday', 'is incontinence common after a fusion?'],
    ['chess pain and my left arm is numb', "I'm rubbish at chess and my back aches from leaning over the board"],
    ['food drop since yesterday on my left', 'I dropped food on my foot and my back twinged'],
  ]));

  it('reads legs and feet in likenesses and idioms: frozen both of them, crumpling, packed up, the ground not felt, tripping over one\'s feet', () => triagesButNot([
    ['my feet feel frozen, both of them, since my back went', 'my feet are cold, both of them, is that my back?'],
    ['my legs keep crumpling under me since last night', 'my legs are fine, I fold up the deck chairs and my back twinges'],
    ['my legs have packed up since my back went', 'my laptop packed up, can you email me about my back appointment'],
    ["I can't feel the ground under my feet since yesterday", "I can feel the ground fine, it's just my back"],
    ['I keep tripping over my own feet since Monday', "I keep tripping over my dog's toys, can I get a grabber for my back?"],
  ]));

  it('reads trouble in the bedroom in euphemism', () => triagesButNot([
    ["the old fella won't stand to attention since my sciatica started", "the old fella next door won't stop talking about his back"],
    ['nothing happening in the trouser department since my disc went', 'the bedroom department at IKEA was closed, is it ok to carry a bed frame with my back'],
    ['we tried to have sex and he went limp, his back has been bad since Monday', 'we tried a new position and it hurt my back, any tips?'],
  ]));

  it('reads accidents and stroke signs in everyday words', () => triagesButNot([
    ['we skidded off the road into a ditch this evening and my back hurts', "the car skidded on the ice but didn't hit anything, my back is stiff from the cold"],
    ['got sent flying off my bike by a car door, my neck hurts', 'I went flying down the water slide on holiday, my back is fine'],
    ['my son was body slammed at wrestling and his neck hurts', 'I was slammed with work this week and my back is stiff'],
    ["half her face has dropped and she can't say her words right", "I can't say the words in your leaflet, what does spondylolisthesis mean"],
    ['his smile looks pulled over to one side', 'the dentist numbed my face and my smile is pulled to one side'],
  ]));

  it("reads a teenager's words and a family's warning signs as a crisis", () => triagesButNot([
    ['i literally wanna kms my back is so bad', 'I walked 5 kms and my back aches'],
    ["my brother has been giving away his stuff and said he won't need it much longer", "we're giving away our old sofa because it hurts my back"],
    ['I just want to sleep forever and not deal with this back', 'I want to sleep for a week after this back pain, any sleep tips?'],
  ]));

  it('reads neck cord signs, infection, weight loss, a lump, a fall and feeling unwell in everyday words', () => triagesButNot([
    ['my fingers feel like sausages and my neck is stiff', "I can't type on my phone properly because of my long nails, my neck is stiff"],
    ['when I put my chin on my chest a zap goes down my arms', 'the buzz of the MRI was loud, my back is fine'],
    ["I can't do my bra up anymore and my neck is stiff", 'I can do my bra up fine, just a stiff neck'],
    ['feeling fluey with terrible back pain', 'I feel fluey with a cold but my back is fine, can I still come?'],
    ['waking up drenched every night and my back hurts', 'woke up drenched from the rain in the tent, my back aches'],
    ['my scar is oozing green gunk since the op', 'my wound is clean and dry, no leaking, when can I shower?'],
    ['lost weight somehow, no idea how, back ache for weeks', "I've lost weight on purpose, somehow my back feels better"],
    ["my wedding ring is so loose now and I'm not dieting, back aches", 'my watch is loose, need a new strap, anyway my back aches'],
    ['a bump is poking out of my spine and it hurts', 'a spot is poking out on my back and it hurts'],
    ['my gran 88 slipped off the chair onto the floor and her back hurts', 'my dad 77 wants physio for his back, no falls'],
    ['I feel grim and my back pain wakes me every night', 'I feel grim about my MRI results, what does stenosis mean'],
  ]));

  it("reads not knowing one needs the toilet as a sign, but not needing a referral or a follow-up", () => triagesButNot([
    ["I can't tell when I need to go any more and my back is bad", 'I dont know if i need a referral to come to you'],
    ["mum doesn't know when she needs the toilet since her back went", "I can't tell if I need surgery or more physio"],
    ['i dont know if i need to pee anymore, my back went on monday', 'i dont know when i need to go back to the physio'],
  ]));

  it("reads cancer told of someone else as a risk to their own back, not to the patient's", () => triagesButNot([
    ['my mum has cancer and now her back hurts', "my colleague has cancer and I've been doing extra lifting at work, my back hurts, what stretches help?"],
    ['my husband had bowel cancer and now has new back pain', "my best mate is going through chemo and I've strained my back helping him move house"],
    ['me and my mum both had cancer, my back aches', "my boss has lymphoma and I'm covering his shifts, my lower back is killing me"],
    ['my mum had cancer and my back hurts, hers too', "my neighbour had radiotherapy last year, I've been doing her shopping and my back aches"],
    ['my colleague had cancer and so have I, my back aches', "my colleague had chemo last year and I'm worried for her, what's the best chair for my back"],
  ]));

  it("still reads a fall with someone else's age as urgent: a husband's 82 says something of his wife's", () => {
    expect(decide(engine, 'my husband is 82 and I slipped in the kitchen, my back hurts').redFlag?.id).toBe('fall-with-fragile-bones');
  });

  it("reads a failed erection in slang, but not a climb that can't be made", () => triagesButNot([
    ["my husband can't get it up, his back has been bad all week", "I don't think I can make it up the stairs with my back"],
    ['cant get it up anymore and my back is killing me', "can't get it up the hill on my bike with this back"],
  ]));

  it('denies every sign of a denied list, and still reads a sign told after it', () => triagesButNot([
    ["my wound isn't red but it's hot and weeping", 'wound isnt red or weeping, when can i shower after spinal fusion'],
    ["the wound isn't healing and it's hot", "my scar doesn't look red, hot or swollen, can I swim yet"],
    ['no fever, but chills and back pain', 'no fever, sweats or chills, just a stiff back'],
    ['no sleep, numb or tingling groin', "I don't have a temperature, shivers or night sweats, can I still have my injection"],
    ['no fever, legs weak or numb since yesterday', 'the incision is not swollen or oozing, when can I drive after fusion'],
  ]));

  it('reads wiping with the loo or a poo between it and how it feels as a sign, but not wiping a worktop', () => triagesEachButNone([
    'wiping after the loo feels weird, like i cant feel the paper properly. had sciatica for 2 weeks',
    'when i wipe after a poo it feels weird, back been bad all week',
    'wiping my bum after the toilet feels strange since my disc went',
    'wiping after going for a wee feels odd, like numb, sciatica is awful',
    'wiping myself on the loo feels different since yesterday',
    'my wife says wiping after the loo feels funny to her since her back went',
  ], [
    'wiping down the kitchen worktops feels weird on my back since the op',
    'wiping the car after washing it feels odd on my shoulder, is that my neck disc?',
    "wiping after the loo feels fine, it's just my back that aches",
  ]));

  it('reads "the paper" or "the tissue" after the loo or a wipe as the toilet paper, but not a page or a form', () => triagesEachButNone([
    'went to the loo and couldnt feel the paper, back is killing me',
    'when i go to the toilet the paper feels like nothing',
    'after a poo i cant feel the tissue at all',
    'sat on the toilet and the paper felt strange on my bottom since the weekend',
    'using the loo i can barely feel the paper anymore',
  ], [
    'my fingers tingle and i cant feel the paper when i turn the pages',
    'i read the paper on the loo every morning, is that bad for my disc',
    'went to the loo then filled in the paper form and my hand went numb',
  ]));

  it("reads an accident in someone's trousers, knickers or bed as a sign, but not a child's, a kitchen's or a cat's", () => triagesEachButNone([
    'dad is 68 with a slipped disc, today he didnt know he needed to go and had an accident in his trousers. is that the disc?',
    'mum had an accident in her knickers at the shops, her back has been bad',
    'he had an accident in his pants yesterday and didnt notice, slipped disc',
    'i had an accident in my jeans on the bus, back pain all week',
    'my husband had an accident in bed last night, never happened before, his sciatica is terrible',
    "she's had an accident in her pyjamas twice this week since her back went",
  ], [
    'my son is 4 and had an accident in his trousers at nursery, lifting him hurts my back',
    'had an accident in the kitchen with a knife, can i still have my epidural',
    'the cat had an accident on my bed and i hurt my back changing the sheets',
  ]));

  it('reads not knowing one needs the toilet, told of anyone and without "when", as a sign, but not needing the GP or fasting', () => triagesEachButNone([
    'i didnt know i needed a wee until it was running down my leg',
    'she doesnt know she needs the loo any more, her back is bad',
    'didnt realise i needed to go and then it just came, back pain since monday',
    'dad cant tell he needs a poo anymore',
    'i dont feel that i need to pee anymore since my disc went',
    'he doesnt know he needs to go anymore since his back went',
  ], [
    'i didnt know i needed to go to the gp first for a referral',
    'she doesnt know if she needs an mri or physio',
    'didnt realise i needed to go in person for my scan results, can i do it by phone',
    'i didnt know i needed to go fasting for the injection',
    'i didnt know i needed to go and get a referral first',
  ]));

  it('still reads a report followed by a question about its cause, or after a relative\'s age and condition', () => triagesEachButNone([
    'cant feel the toilet paper since yesterday. is that the disc?',
    'mum has wet herself twice today, could that be her slipped disc?',
    'numb between my legs since the weekend, is this normal with a bulging disc?',
    'mum is 72 with sciatica, since yesterday she cant feel when she wipes',
    'my husband, 55, herniated disc, hasnt peed since last night',
    "dad's 68 with stenosis, today his legs keep giving way",
  ], [
    'my back aches after gardening, is that the disc?',
    'i read about saddle numbness, is that the disc?',
    'dad is 68 with a slipped disc and his bladder is fine, just the leg pain',
  ]));

  it('reads trouble going to the toilet as a sign, but not getting there, constipation from painkillers or trips at night', () => triagesEachButNone([
    'ive had problems going to the toilet since my back went',
    'trouble going to the loo since sunday and my back is agony',
    'mum has difficulty going for a wee since her disc went',
    'struggling going to the toilet since the weekend, sciatica is bad',
    'issues going to the toilet since my epidural yesterday',
  ], [
    'i have trouble getting to the toilet upstairs because of my back, can i get a rail',
    'no problems going to the toilet, just back pain',
    'the codeine is making it hard to go to the toilet, my back is still sore',
    'i have problems going to the toilet at night, getting up is agony with my back',
    'trouble going to the toilet for a poo since starting tramadol for my disc',
    'struggling going to the toilet because of the pain when i sit, slipped disc',
  ]));

  it('reads legs that go weak as weak legs, but not after the gym or weak at the knees for someone', () => triagesEachButNone([
    'my legs go weak when i stand up since my back went yesterday',
    'since this morning my legs go to jelly and my back is agony',
    'my legs go weak on the stairs since the weekend, slipped disc',
  ], [
    'my legs go weak after leg day at the gym, can i still train with a bulge',
    'my legs go numb when i walk far and ease when i sit',
    'my legs go weak at the knees when i see my boyfriend lol, my back is fine now',
  ]));

  it('answers a question about legs going weak with the warning signs', () => {
    for (const question of ['can a slipped disc ever make your legs go weak or is that something else', 'can sciatica make your legs go weak', 'is it normal for a disc to make your legs go weak']) {
      const decision = decide(engine, question);
      expect(decision.kind, question).toBe('answer');
      expect(decision.topic, question).toBe('red-flags');
    }
  });

  it('reads saddle numbness told by a comparison or a coy name for the place', () => triagesButNot([
    ['when I wipe it feels like wiping through a rubber glove', "when I wipe the kitchen down it's like my back is on fire"],
    ["when I wipe it's like wiping through a glove", "when I wipe it's like my back is going to snap, twisting hurts"],
    ['sitting on the loo feels like sitting on a cushion that isnt there', "wall squats are like sitting on a chair that isn't there, are they good for discs?"],
    ['my private place is no feeling since my back went', 'my private place is fine, only my back hurts'],
  ]));

  it("reads a learner's \"no can\", \"to not be able to\" and a text's \"r\", \"em\" and \"n\" as the sign's words", () => triagesButNot([
    ['me no can make pee since yesterday', 'me no can come tuesday, can i move my appointment'],
    ['is it normal after my op to not be able to wee', 'is it normal after my op to not be able to drive for six weeks'],
    ['legs r like lead both of em', 'my legs r sore after the gym, is that my disc'],
    ['been hot n cold all night n my back is agony', 'been hot n cold about having surgery on my back'],
  ]));

  it('reads a bladder that holds on, a stream gone slow or stop-start, and control lost of what was just named as the sign', () => triagesButNot([
    ["I haven't needed a wee all day even though I've drunk loads", "I haven't needed painkillers all day, is my disc healing"],
    ['he stands at the toilet for ages and nothing comes', "sat on the toilet for ages and nothing came, I'm so constipated from the codeine"],
    ['my wee comes out really slow since my back went', 'my wee is not slow, just my walking'],
    ['my stream has gone weird, stop start', 'the traffic was stop start on the way to physio, my back is stiff'],
    ["my bowels have gone funny, I can't control them", "my kids have gone wild, I can't control them, my back is sore"],
  ]));

  it('reads sexual numbness told of making love and a euphemism with its "\'s" as the sign, but not a man out of work', () => triagesButNot([
    ['no feeling when we make love since i hurt my back', 'we make love less since my back went, any tips on positions'],
    ["the old boy's not working since my back went monday", "my old boy's not working since he retired, my back aches from looking after him"],
  ]));

  it('reads weakness said to be worse and an ankle that flops as the sign, but not a denial inside the telling or a rolled ankle', () => triagesButNot([
    ['the weakness in my left leg is worse than last week', "the weakness isn't getting worse, it's the same, can I do physio"],
    ['my ankle just flops when i walk', 'my ankle flopped over when i stepped off the kerb, is it sprained'],
  ]));

  it('reads a fever after an operation named by its kind, and the injection spot inflamed, as signs of infection', () => triagesButNot([
    ["my laminectomy was last week and now I'm running a temp", 'when should I worry about a fever after my fusion?'],
    ['since the injection in my back the spot is swollen red and hot', 'had my injection, the spot is a bit bruised but not red or hot'],
    ['the spot where they injected is a bit red, is that normal', 'the spot where they injected is fine, not red at all'],
  ]));

  it('reads a dive into water as an accident, but not a dive into work or a crash course', () => triagesButNot([
    ['dove into a shallow pool on holiday yesterday, neck pain since', 'I dove into my work to forget about my back pain'],
    ['we had a crash on the motorway this morning and my back hurts', 'after a crash course in pilates my back aches, is pilates good for discs'],
  ]));

  it('reads getting thin for no reason and weight lost while eating as ever as unexplained weight loss', () => triagesButNot([
    ["my mum's got really thin lately for no reason and complains of back pain", "she's got really thin since she started the gym, back pain too"],
    ["I'm eating normally but still losing weight and my back aches", "I'm eating normally and my back aches, how do I lose weight"],
    ['i not eat less but i lose weight, also back pain', 'I eat well but I lost 2 stone on the diet, back feels better'],
  ]));

  it('reads pain at rest told with a word or two between, with feeling ill, as night pain and unwell', () => triagesButNot([
    ["the pain is constant even when i'm lying still and i feel ill", "the pain is constant even when i'm lying still but i feel fine otherwise"],
  ]));

  it("sets aside a relative's cancer told with their death, and cancer a disc might turn into", () => triagesButNot([
    ['I had cancer last year and passed all my checks, now my back hurts', 'my aunt had cancer years ago and passed away, does a bulging disc ever turn into cancer'],
  ]));

  it('sets aside leaking since having a number of children years back, and a condition on the place of a sign', () => triagesButNot([
    ["I've started leaking wee since my back went", 'i get a bit of stress incontinence when i sneeze since having my 3 kids, 12 years now, can pelvic floor exercises help my back'],
    ['is it bad if my legs are numb?', 'if my legs went numb would that be an emergency?'],
  ]));

  it("sets aside someone else's accident told only to ask in general, and an animal's sign after \"and\"", () => triagesButNot([
    ['my friend had a car crash yesterday, is that serious for his neck?', 'my colleague had a car crash last week, is whiplash a disc problem?'],
    ['my mate was in a car crash this morning, is whiplash a disc problem?', 'my colleague was in a car crash last month, is whiplash a disc problem?'],
    ["my friend can't pee, what does cauda equina mean?", 'my neighbour had a fall off a ladder last year, do discs heal on their own?'],
    ['my dog pulled me over and now I lost control of my bladder', 'my cat had a slipped disc and lost control of her bladder, can that happen to people?'],
  ]));

  it("sets aside a question of what an operation will leave, weakness worse only with walking, and weight regained and lost", () => triagesEachButNone([
    "the weakness has got worse since monday and my back hurts",
    "bowels have gone funny, i can't control them, back pain",
  ], [
    'would I not be able to wee after the op?',
    'will the weakness get worse if I wait for surgery?',
    'the weakness in my leg is worse when I walk far and better when I sit',
    "I'm eating normally again and have lost the weight I put on over christmas, my back is better",
    "my bladder is fine. i can't control them, the kids, they jump on my back",
  ]));

  it('reads a power lost, learner English and cleaning oneself at the toilet as the sign', () => triagesButNot([
    ["I can no longer tell when I'm sitting on the toilet seat and my back is bad", 'I can no longer sit for long with my back, which chair is best?'],
    ["I've stopped being able to tell when I've finished weeing, back is agony", "I've stopped being able to run since the disc went, will I get back to it?"],
    ['me back hurt since Sunday and now I am not control my poo', 'I am not controlling my pain with paracetamol, what else can I take?'],
    ['he has no feeling round the back when he cleans himself after the lavatory', 'he cleans himself after the lavatory fine, his back just aches'],
    ['I had an accident with number twos yesterday without feeling it coming, back is awful', 'I can sit on the sofa without feeling it in my back now'],
  ]));

  it('sets aside a sign told as during a birth, or a doctor said after "and" to have sorted it, or what a rule needs said to be fine', () => triagesButNot([
    ["during my labour my back went and since then I've been leaking", 'during my labour epidural my bum and legs went numb, is that normal with an epidural for back pain too?'],
    ['my erection problems started with my back pain last week', 'my erection problems are from my blood pressure tablets and my GP has sorted it. Is cycling ok with a bulging disc?'],
    ['I have a fever and a bit of a temperature and my back is killing me', 'got a cold and a bit of a temperature, my back is fine but can I still take my naproxen?'],
  ]));

  it("reads a doctor's harmless cause told one clause of description later", () => triagesButNot([
    ['sharp pain in my chest when I twist, pressing on the rib makes it hurt', 'sharp pain in my chest wall when I twist, pressing on the rib makes it hurt, the GP checked my heart and said it was costochondritis'],
  ]));

  it('joins weight told going down to the eating told before it', () => triagesButNot([
    ["i dont eat less but kilos go down, and back pain all the time", "i dont eat less but i'm not losing weight, back pain all the time"],
    ['im eating fine but the weight keeps dropping off and my back hurts', 'im eating fine but the weight keeps dropping off since I joined the gym, and my back is better'],
  ]));

  it('reads a clause that owns what the one before asked or likened as a report', () => triagesButNot([
    ["Is reduced sensation when wiping a reason to go to A&E? Because that's what I've had since Tuesday", 'Is reduced sensation when wiping a reason to go to A&E?'],
    ["is urinary hesitancy with a poor stream a worry? started two days ago with my disc", 'is urinary hesitancy with a poor stream a worry?'],
    ["you know when you sit on the loo and it's like you're not even there? that's me since yesterday", "you know when you can't pee in a public toilet? so annoying. how long does sciatica last?"],
    ["you know when you land flat on your back off a trampoline? did that today, now my spine hurts", 'can foot drop come back? that is what I am worried about'],
  ]));

  it("reads \"my back's gone\" as the back giving out, not the sign over", () => triagesButNot([
    ["numb down there, back's gone. is this bad?", 'the numbness down there has gone'],
  ]));

  it('sets aside numbness from sitting, a tight boot or a local anaesthetic however recent, and a condition in the past tense', () => triagesButNot([
    ["my bum goes numb after hours in the car and it's still numb today", "my bum goes numb on the rowing machine but it's fine as soon as I stand up, could that be my disc?"],
    ['both my feet have been numb since yesterday and my back hurts', 'my feet go numb in ski boots, both of them, fine when I take them off'],
    ['everything down there has been numb since yesterday', 'I had a vasectomy yesterday and everything down there is still numb from the local, is that normal?'],
    ["if I can't pee by tonight should I go to A&E? my back's been bad", "if I couldn't pee after my op would I go to A&E or call the ward?"],
    ['my wound is red and oozing after my fusion', 'what are the signs my wound is infected after a fusion?'],
  ]));

  it("reads \"it\" of a foot or leg just named, and a scar's \"'s\", as the place", () => triagesButNot([
    ["I keep tripping over my right foot, it won't lift, back pain", 'I keep tripping over my right foot, it hurts where I stubbed it'],
    ["my scar's gone red and hot and I feel rubbish", "my scar's gone pale and flat now, when can I swim?"],
  ]));

  it("reads a health worker's words about themself as the sign", () => triagesButNot([
    ['GP myself: new perianal anaesthesia on self-examination today, known L4/5 disc', 'no perianal anaesthesia, known L4/5 disc, can I keep working?'],
    ["Bilateral radic since yesterday, L4/5 extrusion on my own MRI, I'm a physio", 'what does bilateral mean on an MRI report?'],
    ['febrile since this morning, 3 days post lumbar fusion', 'apyrexial and the wound is clean, 3 days post lumbar fusion, when can I drive?'],
    ['L facial droop and dysarthria since 10 minutes ago, my dad', 'what is dysarthria?'],
    ['ankle dorsiflexion 2/5 on the left today, disc prolapse', 'ankle dorsiflexion 5/5, just back pain from the disc prolapse'],
  ]));

  it('reads the key words of a sign code-switched into another language', () => triagesButNot([
    ['mis dos piernas están numb since this morning, back pain muy fuerte', 'mis dos piernas están bien, just back pain'],
    ['tengo fiebre de 39 and my back is killing me since the injection', 'no tengo fiebre, my back is just stiff'],
    ['he perdido peso sin querer, like 6 kilos, and my back pain is getting worse', 'he perdido peso on purpose with a diet, and my back is better'],
    ['subah se pee nahi aa raha, back pain bahut bad hai', 'pee theek hai, back pain bahut bad hai'],
    ['kms fr this pain is unbearable', 'ran 5 kms today and my back is fine'],
    ['gonna kms if this pain doesnt stop', 'I walk kms every day and my back hurts'],
  ]));

  it("reads a fever or a cancer as the same person's as the back only when told so", () => triagesButNot([
    ['my husband has a fever and his back is killing him', "my toddler has a temperature and I've been carrying her all night, my back's sore, heat or ice?"],
    ['I had breast cancer, is back pain a sign it is back?', 'my aunt had breast cancer, is back pain ever a sign of cancer in general?'],
  ]));

  it('reads a reply that opens with "no" before a subject as an answer, not a denial', () => triagesButNot([
    ["no I can't feel it when I wipe", 'nope, I can feel it fine when I wipe'],
    ["no, both my legs are numb now", "no my legs aren't weak, just sore"],
  ]));

  it('reads a walking aid newly needed, an empty catheter bag, a search for a deadly dose, wetness not felt and legs not one\'s own as the sign, but not what people say in general', () => triagesButNot([
    ['I have to bring my zimmer now since my legs went weak on Monday', 'my mum uses a zimmer frame and has done for years, can she have an MRI?'],
    ['my catheter bag has had nothing in it since this morning', "my grandad's catheter bag needs emptying twice a day, is that normal?"],
    ["I've been googling how many tablets it takes, the pain is too much", 'I looked up what dose of ibuprofen is safe with naproxen'],
    ["je ne sens plus mes jambes, my back hurts a lot", 'mis piernas están cansadas after a long walk, normal?'],
    ['me siento muy mal, quiero morir, the pain never stops', 'tengo dolor de espalda after the gym, any stretches?'],
    ["should I worry that I can't feel when I'm wet since Monday", "I can feel when I'm wet, no problems there"],
    ["is it normal that my legs both feel like they're not mine since this morning", 'my legs both feel like my own again after physio'],
    ['my groin has gone numb since yesterday, is that an emergency?', 'you know when they say numbness down there is an emergency? is that true?'],
  ]));

  it('cites the sources of its urgent advice', () => {
    const decision = decide(engine, 'I have a fever and my back is killing me');
    expect(decision.citations.length).toBeGreaterThan(0);
    expect(decision.text).toMatch(/\[1\]: https?:\/\//);
  });
});
