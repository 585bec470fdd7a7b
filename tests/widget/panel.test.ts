import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../widget/src/chat/chat-panel.js';
import type { AnnulusChatPanel } from '../../widget/src/chat/chat-panel.js';
import { toMessage, type ChatMessage } from '../../widget/src/chat/message.js';
import type { Activity } from '../../widget/src/directline/activity.js';

const ME = 'dl_fixture_user';
let nextId = 0;

function botActivity(text: string, extra: Partial<Activity> = {}): Activity {
  nextId += 1;
  return { type: 'message', id: `conv|${nextId}`, from: { id: 'annulus', role: 'bot' }, text, textFormat: 'markdown', ...extra };
}

function userActivity(text: string): Activity {
  nextId += 1;
  return { type: 'message', id: `conv|${nextId}`, from: { id: ME, role: 'user' }, text };
}

const lines = (...activities: Activity[]): ChatMessage[] => activities.map((a) => toMessage(a, ME)!);

async function panelWith(messages: ChatMessage[], attributes: Partial<AnnulusChatPanel> = {}): Promise<AnnulusChatPanel> {
  const el = await fixture<AnnulusChatPanel>(html`<annulus-chat-panel heading="Riverside Back Clinic" status="online"></annulus-chat-panel>`);
  Object.assign(el, attributes, { messages });
  await el.updateComplete;
  return el;
}

const $ = (el: AnnulusChatPanel, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: AnnulusChatPanel, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

const CITED = botActivity('Most herniated discs shrink without surgery [1].\n\n[1]: https://example.org/regression "Regression review"', {
  entities: [{
    '@context': 'https://schema.org', '@id': '', '@type': 'Message', type: 'https://schema.org/Message',
    citation: [{ '@type': 'Claim', position: 1, appearance: { '@type': 'DigitalDocument', name: 'Regression review', url: 'https://example.org/regression', abstract: 'Two in three extrusions regressed.' } }],
  }],
  channelData: { annulus: { kind: 'answer', topic: 'natural-history' } },
});

describe('<annulus-chat-panel> messages', () => {
  it("renders the bot's Markdown and the patient's words as plain text", async () => {
    const el = await panelWith(lines(botActivity('**Rest** is not needed.\n\n- walk\n- stay active'), userActivity('<b>my back</b> & <i>leg</i>')));
    const [bot, user] = $$(el, '[part~="message"]');
    expect(bot!.querySelector('strong')!.textContent).to.equal('Rest');
    expect(bot!.querySelectorAll('li')).to.have.length(2);
    expect(user!.querySelector('b, i')).to.equal(null);
    expect(user!.textContent).to.contain('<b>my back</b> & <i>leg</i>');
  });

  it('keeps hostile Markdown inert and opens links in a new tab without an opener', async () => {
    const hostile = [
      '<script>window.__annulusPwned = 1</script>',
      '<img src="x" onerror="window.__annulusPwned = 2">',
      '[tap me](javascript:window.__annulusPwned=3)',
      '<a href="https://example.org/ok" onclick="window.__annulusPwned = 4">fine link</a>',
      '<iframe src="https://example.org"></iframe><form action="https://example.org"><input name="card"></form>',
      '<div style="position:fixed;inset:0" part="panel">overlay</div>',
    ].join('\n\n');
    const el = await panelWith(lines(botActivity(hostile)));
    const body = $(el, '[part~="message-bot"] .body')!;
    expect(body.querySelector('script, img, iframe, form, input, [onclick], [onerror], [style]')).to.equal(null);
    expect(body.querySelector('[part]')).to.equal(null);
    const links = [...body.querySelectorAll('a')];
    expect(links.some((a) => (a.getAttribute('href') ?? '').startsWith('javascript:'))).to.equal(false);
    const fine = links.find((a) => a.textContent === 'fine link')!;
    expect(fine.target).to.equal('_blank');
    expect(fine.rel).to.equal('noopener noreferrer');
    for (const link of links) link.click();
    expect((window as { __annulusPwned?: number }).__annulusPwned).to.equal(undefined);
  });

  it('turns citation markers into named links and lists the sources with their snippets', async () => {
    const el = await panelWith(lines(CITED));
    const badge = $(el, '[part~="citation"]') as HTMLAnchorElement;
    expect(badge.textContent).to.equal('1');
    expect(badge.getAttribute('aria-label')).to.equal('Source 1: Regression review (opens in a new tab)');
    expect(badge.href).to.equal('https://example.org/regression');
    const source = $(el, '[part~="sources"] li')!;
    expect(source.querySelector('a')!.textContent).to.equal('Regression review');
    const details = source.querySelector('details')!;
    expect(details.open).to.equal(false);
    details.querySelector('summary')!.click();
    expect(details.open).to.equal(true);
    expect(details.querySelector('blockquote')!.textContent).to.equal('Two in three extrusions regressed.');
  });

  it("refuses a citation URL that is not a web address", async () => {
    const bad = botActivity('See [1].', {
      entities: [{ type: 'https://schema.org/Message', citation: [{ position: 1, appearance: { name: 'Bad', url: 'javascript:alert(1)' } }] }],
    });
    const el = await panelWith(lines(bad));
    expect($(el, '[part~="sources"] li a')).to.equal(null);
    expect($(el, '[part~="sources"] li')!.textContent).to.contain('Bad');
  });

  it('makes an urgent message stand out and announces it at once', async () => {
    const urgent = botActivity('**Call 999 now.** Numbness between the legs with new bladder trouble needs emergency care.', {
      channelData: { annulus: { kind: 'urgent' } },
    });
    const el = await panelWith(lines(urgent));
    expect($(el, '[part~="message-bot"]')!.classList.contains('urgent')).to.equal(true);
    expect($(el, '[role="alert"]')!.textContent).to.contain('Call 999 now.');
  });

  it('shows the clinic being closed and the emergency number the server sent', async () => {
    const welcome = botActivity('Hello.', {
      channelData: { annulus: { kind: 'smalltalk', afterHours: true, nextOpen: '2026-11-30T08:00:00.000Z' }, clinic: { name: 'Riverside Back Clinic', emergencyNumber: '112' } },
    });
    const el = await panelWith(lines(welcome), { heading: '' });
    expect($(el, '[part~="banner"]')!.textContent).to.match(/closed now.*Monday/);
    expect($(el, '[part~="disclaimer"]')!.textContent).to.contain('not medical advice').and.to.contain('call 112');
    expect($(el, 'h2')!.textContent).to.equal('Riverside Back Clinic');
  });

  it('says when the connection is lost, in words', async () => {
    const el = await panelWith([], { status: 'reconnecting' });
    const status = $(el, '[part~="status"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.contain('Reconnecting');
    expect(getComputedStyle(status).position).to.not.equal('absolute');
  });

  it('offers a retry on a message that could not be sent', async () => {
    const [failed] = lines(userActivity('is walking ok?'));
    const el = await panelWith([{ ...failed!, state: 'failed' }]);
    const retried = oneEvent(el, 'annulus-retry');
    $(el, '.failed button')!.click();
    expect((await retried).detail.key).to.equal(failed!.key);
  });
});

describe('<annulus-chat-panel> input', () => {
  it('sends on Enter and adds a line on Shift+Enter', async () => {
    const el = await panelWith(lines(botActivity('Ask me anything.')));
    const sent: string[] = [];
    el.addEventListener('annulus-send', (e) => sent.push((e as CustomEvent<{ text: string }>).detail.text));
    el.focusInput();
    await sendKeys({ type: 'first line' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ type: 'second line' });
    expect(sent).to.deep.equal([]);
    await sendKeys({ press: 'Enter' });
    expect(sent).to.deep.equal(['first line\nsecond line']);
    await el.updateComplete;
    expect(($(el, '[part~="input"]') as HTMLTextAreaElement).value).to.equal('');
  });

  it('empties the input even when Enter comes before the next render', async () => {
    const el = await panelWith([]);
    const input = $(el, '[part~="input"]') as HTMLTextAreaElement;
    input.value = 'quick question';
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(input.value).to.equal('');
  });

  it('shows a long new answer from its first line', async () => {
    const el = await panelWith(lines(botActivity('Hello.'), userActivity('tell me everything')));
    el.style.cssText = 'display: block; height: 400px';
    const long = botActivity(`**First line of the answer.**\n\n${'More detail. '.repeat(400)}`);
    el.messages = [...el.messages, toMessage(long, ME)!];
    await el.updateComplete;
    const transcript = $(el, '[part~="transcript"]')!.getBoundingClientRect();
    const first = $$(el, '[part~="message-bot"] strong').at(-1)!.getBoundingClientRect();
    expect(first.top).to.be.at.least(transcript.top);
    expect(first.bottom).to.be.at.most(transcript.bottom);
  });

  it('sends nothing when the input is blank', async () => {
    const el = await panelWith([]);
    let sent = 0;
    el.addEventListener('annulus-send', () => (sent += 1));
    el.focusInput();
    await sendKeys({ type: '   ' });
    await sendKeys({ press: 'Enter' });
    expect(sent).to.equal(0);
    expect(($(el, '[part~="send"]') as HTMLButtonElement).disabled).to.equal(true);
  });

  it("offers the last answer's follow-ups as chips that send their text", async () => {
    const older = botActivity('Older.', { suggestedActions: { actions: [{ type: 'imBack', title: 'Old chip', value: 'Old chip' }] } });
    const latest = botActivity('Latest.', { suggestedActions: { to: [ME], actions: [{ type: 'imBack', title: 'What is an MRI?', value: 'What is an MRI?' }] } });
    const el = await panelWith(lines(older, latest));
    const chips = $$(el, '[part~="suggestion"]');
    expect(chips.map((c) => c.textContent)).to.deep.equal(['What is an MRI?']);
    const sent = oneEvent(el, 'annulus-send');
    chips[0]!.click();
    expect((await sent).detail.text).to.equal('What is an MRI?');
  });

  it('hides follow-ups addressed to someone else', async () => {
    const el = await panelWith(lines(botActivity('Hi.', { suggestedActions: { to: ['dl_someone_else'], actions: [{ type: 'imBack', value: 'Secret' }] } })));
    expect($$(el, '[part~="suggestion"]')).to.have.length(0);
  });

  it('passes an accessibility audit with an answer, its sources and chips', async () => {
    const el = await panelWith(lines(CITED, userActivity('thanks'), botActivity('Anything else?', { suggestedActions: { actions: [{ type: 'imBack', value: 'Call me back' }] } })));
    await expect(el).to.be.accessible();
  });
});

describe('<annulus-chat-panel> lead flow', () => {
  const prompt = (expect: string, extra: Partial<Activity> = {}) =>
    botActivity(`Step ${expect}`, { channelData: { annulus: { kind: 'lead-prompt', expect } }, ...extra });

  it('asks for the name with the browser autofill hint', async () => {
    const el = await panelWith(lines(prompt('name')));
    const input = $(el, '[part~="input"]') as HTMLInputElement;
    expect(input.tagName).to.equal('INPUT');
    expect(input.autocomplete).to.equal('name');
    expect($(el, '[part~="lead-form"]')).to.not.equal(null);
    expect($(el, '[part~="lead-form"] label')!.textContent).to.contain('Your name');
  });

  it('asks for a phone number by default and lets the patient give an e-mail instead', async () => {
    const el = await panelWith(lines(prompt('contact')));
    const input = () => $(el, '[part~="input"]') as HTMLInputElement;
    expect(input().type).to.equal('tel');
    expect(input().autocomplete).to.equal('tel');
    const email = $$(el, 'input[type="radio"]')[1]!;
    email.click();
    await el.updateComplete;
    expect(input().type).to.equal('email');
    expect(input().autocomplete).to.equal('email');
  });

  it('asks for consent with two clear buttons', async () => {
    const consent = prompt('consent', {
      suggestedActions: { actions: [{ type: 'imBack', value: 'Yes, I agree' }, { type: 'imBack', value: 'No, thanks' }] },
    });
    const el = await panelWith(lines(consent));
    expect($(el, '[part~="input"]')).to.equal(null);
    expect($$(el, '[part~="suggestion"]')).to.have.length(0);
    const buttons = $$(el, '[part~="lead-form"] .choice');
    expect(buttons.map((b) => b.textContent)).to.deep.equal(['Yes, I agree', 'No, thanks']);
    const sent = oneEvent(el, 'annulus-send');
    buttons[0]!.click();
    expect((await sent).detail.text).to.equal('Yes, I agree');
    await expect(el).to.be.accessible();
  });

  it('can be cancelled at any step', async () => {
    const el = await panelWith(lines(prompt('reason')));
    const sent = oneEvent(el, 'annulus-send');
    $(el, '.lead-actions button')!.click();
    expect((await sent).detail.text).to.equal('cancel');
  });

  it('goes back to the question box once the flow is over', async () => {
    const el = await panelWith(lines(prompt('time'), botActivity('Thank you.', { channelData: { annulus: { kind: 'lead-confirmed', leadId: 'L1' } } })));
    expect($(el, '[part~="lead-form"]')).to.equal(null);
    expect($(el, '[part~="input"]')!.tagName).to.equal('TEXTAREA');
  });
});

describe('<annulus-chat-panel> motion', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('keeps the typing dots still for a patient who asked for less motion', async () => {
    const dot = async () => $((await panelWith([], { typing: true })), '[part~="typing"] span')!;
    expect(getComputedStyle(await dot()).animationName).to.equal('blink');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(await dot()).animationName).to.equal('none');
  });
});
