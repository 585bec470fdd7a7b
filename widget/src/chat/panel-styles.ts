import { css } from 'lit';

/**
 * Colours come from custom properties with defaults that pass WCAG AA; the `--_` names are internal so a
 * clinic's `--annulus-*` values win over both the light and the dark defaults.
 */
export const panelStyles = css`
  :host {
    --_accent: var(--annulus-accent, #0b5f75);
    --_on-accent: var(--annulus-on-accent, #fff);
    --_bg: var(--annulus-background, #fff);
    --_fg: var(--annulus-text, #1b1b1b);
    --_muted: var(--annulus-muted, #4f5659);
    --_bot: var(--annulus-bot-bubble, #eef3f5);
    --_user: var(--annulus-user-bubble, var(--_accent));
    --_on-user: var(--annulus-on-user-bubble, var(--_on-accent));
    --_urgent: var(--annulus-urgent, #a4161a);
    --_border: var(--annulus-border, #c4ccd0);
    --_focus: var(--annulus-focus, #ffbf47);
    display: block;
    font-family: var(--annulus-font, system-ui, sans-serif);
    font-size: 1rem;
    line-height: 1.45;
  }
  :host([hidden]) {
    display: none;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--annulus-background, #15191b);
      --_fg: var(--annulus-text, #eceff0);
      --_muted: var(--annulus-muted, #b3bcc0);
      --_bot: var(--annulus-bot-bubble, #242b2e);
      --_border: var(--annulus-border, #4a5458);
      --_urgent: var(--annulus-urgent, #ff8a80);
      --_accent: var(--annulus-accent, #0b5f75);
    }
  }
  * {
    box-sizing: border-box;
  }
  [part~='panel'] {
    display: flex;
    flex-direction: column;
    block-size: 100%;
    overflow: hidden;
    border-radius: var(--annulus-radius, 12px);
    background: var(--_bg);
    color: var(--_fg);
    box-shadow: 0 8px 32px rgb(0 0 0 / 30%);
  }
  [part~='header'] {
    display: flex;
    align-items: center;
    gap: 0.25rem;
    padding-block: 0.25rem;
    padding-inline: 1rem 0.25rem;
    background: var(--_accent);
    color: var(--_on-accent);
  }
  h2 {
    flex: 1;
    margin: 0;
    font-size: 1rem;
  }
  button,
  input,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .icon {
    min-inline-size: 2.75rem;
    min-block-size: 2.75rem;
    border: none;
    background: transparent;
    font-size: 1.25rem;
    line-height: 1;
  }
  [part~='banner'],
  [part~='status'] {
    margin: 0;
    padding: 0.5rem 1rem;
    font-size: 0.875rem;
    border-block-end: 1px solid var(--_border);
  }
  [part~='banner'] {
    background: var(--annulus-banner, #fff4d6);
    color: #3b2f00;
  }
  [part~='status'][data-status='online'] {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    padding: 0;
    border: 0;
  }
  [part~='transcript'] {
    flex: 1;
    overflow-y: auto;
    padding: 1rem;
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    overscroll-behavior: contain;
  }
  [part~='message'] {
    max-inline-size: 88%;
    padding: 0.5rem 0.75rem;
    border-radius: var(--annulus-radius, 12px);
    overflow-wrap: anywhere;
  }
  [part~='message-bot'] {
    align-self: flex-start;
    background: var(--_bot);
    border-end-start-radius: 4px;
  }
  [part~='message-user'] {
    align-self: flex-end;
    background: var(--_user);
    color: var(--_on-user);
    border-end-end-radius: 4px;
    white-space: pre-wrap;
  }
  [part~='message'].urgent {
    border-inline-start: 6px solid var(--_urgent);
    background: color-mix(in srgb, var(--_urgent) 10%, var(--_bg));
  }
  .urgent-label {
    display: inline-block;
    margin-block-end: 0.25rem;
    padding-inline: 0.4rem;
    border-radius: 4px;
    background: var(--_urgent);
    color: var(--_bg);
    font-weight: 700;
    font-size: 0.8rem;
    text-transform: uppercase;
  }
  .body > :first-child {
    margin-block-start: 0;
  }
  .body > :last-child {
    margin-block-end: 0;
  }
  .body a {
    color: inherit;
  }
  [part~='citation'] {
    display: inline-block;
    min-inline-size: 1.4em;
    margin-inline: 0.1em;
    padding-inline: 0.3em;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.75em;
    font-weight: 600;
    text-align: center;
    text-decoration: none;
    vertical-align: super;
    line-height: 1.4;
  }
  .body [part~='citation'] {
    color: var(--_on-accent);
  }
  [part~='sources'] {
    margin-block-start: 0.5rem;
    padding-block-start: 0.5rem;
    border-block-start: 1px solid var(--_border);
    font-size: 0.875rem;
  }
  [part~='sources'] h3 {
    margin: 0 0 0.25rem;
    font-size: 0.875rem;
  }
  [part~='sources'] ol {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  [part~='sources'] a {
    color: inherit;
  }
  details {
    color: var(--_muted);
  }
  summary {
    cursor: pointer;
  }
  blockquote {
    margin: 0.25rem 0 0.5rem;
    padding-inline-start: 0.5rem;
    border-inline-start: 3px solid var(--_border);
    color: var(--_fg);
  }
  .failed {
    font-size: 0.8rem;
  }
  .failed button,
  .link-button {
    border: none;
    background: none;
    padding: 0;
    text-decoration: underline;
    color: inherit;
  }
  [part~='typing'] {
    align-self: flex-start;
    display: flex;
    gap: 0.25rem;
    padding: 0.75rem;
    border-radius: var(--annulus-radius, 12px);
    background: var(--_bot);
  }
  [part~='typing'] span:not(.visually-hidden) {
    inline-size: 0.45rem;
    block-size: 0.45rem;
    border-radius: 50%;
    background: var(--_muted);
    animation: blink 1.2s infinite ease-in-out both;
  }
  [part~='typing'] span:nth-child(2) {
    animation-delay: 0.2s;
  }
  [part~='typing'] span:nth-child(3) {
    animation-delay: 0.4s;
  }
  @keyframes blink {
    0%,
    80%,
    100% {
      opacity: 0.25;
    }
    40% {
      opacity: 1;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    [part~='typing'] span:not(.visually-hidden) {
      animation: none;
    }
  }
  [part~='suggestions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    max-block-size: 6.5rem;
    overflow-y: auto;
    padding: 0.25rem 1rem 0.5rem;
  }
  [part~='suggestion'] {
    min-block-size: 2.25rem;
    padding: 0.2rem 0.75rem;
    font-size: 0.875rem;
    text-align: start;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: var(--_bg);
    color: var(--_fg);
  }
  [part~='composer'] {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5rem;
    padding: 0.5rem 1rem;
    border-block-start: 1px solid var(--_border);
  }
  [part~='composer'] label.field {
    flex: 1;
    display: flex;
    flex-direction: column;
    font-size: 0.8rem;
    color: var(--_muted);
  }
  [part~='input'] {
    inline-size: 100%;
    min-block-size: 2.75rem;
    max-block-size: 8rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_muted);
    border-radius: 8px;
    background: var(--_bg);
    color: var(--_fg);
    resize: none;
    field-sizing: content;
  }
  [part~='input']::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  [part~='send'],
  .choice {
    min-block-size: 2.75rem;
    padding-inline: 1rem;
    border: none;
    border-radius: 8px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  [part~='send']:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .choices {
    display: flex;
    flex: 1 1 100%;
    gap: 0.5rem;
  }
  .choice {
    flex: 1;
  }
  .choice.secondary {
    background: var(--_bg);
    color: var(--_fg);
    border: 2px solid var(--_accent);
  }
  fieldset {
    flex: 1 1 100%;
    display: flex;
    gap: 1rem;
    margin: 0;
    padding: 0;
    border: none;
    font-size: 0.875rem;
  }
  legend {
    float: inline-start;
    margin-inline-end: 0.5rem;
    padding: 0;
  }
  .lead-actions {
    flex: 1 1 100%;
    font-size: 0.875rem;
  }
  [part~='disclaimer'] {
    margin: 0;
    padding: 0.25rem 1rem 0.5rem;
    font-size: 0.8rem;
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
