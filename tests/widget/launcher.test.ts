import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../widget/src/annulus-chat.js';
import type { AnnulusChat } from '../../widget/src/annulus-chat.js';

const part = (el: AnnulusChat, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);

describe('<annulus-chat> launcher', () => {
  it('shows only a launcher until it is opened', async () => {
    const el = await fixture<AnnulusChat>(html`<annulus-chat></annulus-chat>`);
    expect(part(el, 'launcher')!.getAttribute('aria-expanded')).to.equal('false');
    expect(part(el, 'panel')).to.equal(null);
  });

  it('opens a labelled dialog, announces it, and moves focus into it', async () => {
    const el = await fixture<AnnulusChat>(html`<annulus-chat heading="Northgate Spine Clinic"></annulus-chat>`);
    const opened = oneEvent(el, 'annulus-open');
    part(el, 'launcher')!.click();
    await opened;
    await el.updateComplete;
    const panel = part(el, 'panel')!;
    expect(panel.getAttribute('role')).to.equal('dialog');
    expect(panel.textContent).to.contain('Northgate Spine Clinic');
    expect(part(el, 'launcher')!.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'close'));
  });

  it('closes on Escape and gives focus back to the launcher', async () => {
    const el = await fixture<AnnulusChat>(html`<annulus-chat open></annulus-chat>`);
    const closed = oneEvent(el, 'annulus-close');
    part(el, 'panel')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await closed;
    await el.updateComplete;
    expect(part(el, 'panel')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'launcher'));
  });

  it('passes an accessibility audit closed and open', async () => {
    const el = await fixture<AnnulusChat>(html`<annulus-chat></annulus-chat>`);
    await expect(el).to.be.accessible();
    el.open = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
