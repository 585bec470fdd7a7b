import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../widget/src/annulus-chat.js';
import type { AnnulusChat } from '../../widget/src/annulus-chat.js';
import type { AnnulusChatPanel } from '../../widget/src/chat/chat-panel.js';

const launcher = (el: AnnulusChat) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="launcher"]')!;
const panelOf = (el: AnnulusChat) => el.shadowRoot!.querySelector<AnnulusChatPanel>('annulus-chat-panel');

// No Annulus server answers in this runner: these tests are about the element, the e2e tests about the chat.
async function openedPanel(el: AnnulusChat): Promise<AnnulusChatPanel> {
  const opened = oneEvent(el, 'annulus-open');
  launcher(el).click();
  await opened;
  await waitUntil(() => panelOf(el)?.shadowRoot?.querySelector('[part~="input"]'), 'the panel did not load');
  return panelOf(el)!;
}

describe('<annulus-chat> launcher', () => {
  afterEach(() => sessionStorage.clear());

  it('draws only a launcher until it is opened, and loads nothing else', async () => {
    const el = await fixture<AnnulusChat>(html`<annulus-chat></annulus-chat>`);
    expect(launcher(el).getAttribute('aria-expanded')).to.equal('false');
    expect(launcher(el).textContent!.trim()).to.equal('Chat with us');
    expect(panelOf(el)).to.equal(null);
  });

  it('opens a labelled dialog and puts the focus in the input', async () => {
    const el = await fixture<AnnulusChat>(html`<annulus-chat heading="Riverside Back Clinic"></annulus-chat>`);
    const panel = await openedPanel(el);
    await waitUntil(() => panel.shadowRoot!.activeElement?.matches('[part~="input"]'), 'focus did not reach the input');
    const dialog = panel.shadowRoot!.querySelector('[part~="panel"]')!;
    expect(dialog.getAttribute('role')).to.equal('dialog');
    expect(panel.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).to.equal('Riverside Back Clinic');
    expect(launcher(el).getAttribute('aria-expanded')).to.equal('true');
  });

  it('closes on Escape and gives the focus back to the launcher', async () => {
    const el = await fixture<AnnulusChat>(html`<annulus-chat></annulus-chat>`);
    const panel = await openedPanel(el);
    const closed = oneEvent(el, 'annulus-close');
    panel.shadowRoot!.querySelector('[part~="input"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await closed;
    await el.updateComplete;
    expect(panel.hidden).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(launcher(el));
    expect(launcher(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('closes from the close button in the header', async () => {
    const el = await fixture<AnnulusChat>(html`<annulus-chat></annulus-chat>`);
    const panel = await openedPanel(el);
    const closed = oneEvent(el, 'annulus-close');
    panel.shadowRoot!.querySelector<HTMLButtonElement>('[part~="close"]')!.click();
    await closed;
    expect(el.open).to.equal(false);
  });

  it('speaks the page language it is given', async () => {
    const el = await fixture<AnnulusChat>(html`<annulus-chat locale="es-MX"></annulus-chat>`);
    expect(launcher(el).textContent!.trim()).to.equal('Chatee con nosotros');
    const panel = await openedPanel(el);
    expect(panel.shadowRoot!.querySelector('[part~="send"]')!.textContent!.trim()).to.equal('Enviar');
  });

  it('exports every part of the panel for ::part() theming', async () => {
    const el = await fixture<AnnulusChat>(html`<annulus-chat></annulus-chat>`);
    const panel = await openedPanel(el);
    const exported = panel.getAttribute('exportparts')!.split(',').map((p) => p.trim());
    for (const part of ['panel', 'header', 'close', 'transcript', 'input', 'send', 'status', 'disclaimer', 'message', 'citation', 'suggestion', 'lead-form']) {
      expect(exported).to.include(part);
    }
  });

  it('passes an accessibility audit closed and open', async () => {
    const el = await fixture<AnnulusChat>(html`<annulus-chat></annulus-chat>`);
    await expect(el).to.be.accessible();
    await openedPanel(el);
    await expect(el).to.be.accessible();
  });
});
