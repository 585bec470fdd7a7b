export interface InputShape {
  multiline: boolean;
  type: string;
  autocomplete: string;
  inputMode?: string;
}

/**
 * The composer's field for what the bot's last prompt expects (`channelData.annulus.expect`): the right
 * keyboard on a phone and the browser's own autofill for name, phone and e-mail.
 */
export function inputFor(expect: string | undefined, contactKind: 'tel' | 'email'): InputShape {
  switch (expect) {
    case 'name':
      return { multiline: false, type: 'text', autocomplete: 'name' };
    case 'contact':
      return contactKind === 'tel'
        ? { multiline: false, type: 'tel', autocomplete: 'tel', inputMode: 'tel' }
        : { multiline: false, type: 'email', autocomplete: 'email', inputMode: 'email' };
    case 'time':
      return { multiline: false, type: 'text', autocomplete: 'off' };
    default:
      return { multiline: true, type: 'text', autocomplete: 'off' };
  }
}
