import { css } from 'lit';

// Contrast on white (WCAG AA): text 17:1, accent 7.2:1, muted 7:1, error 8:1, borders 4.6:1.
export const dashboardStyles = css`
  :host {
    display: block;
    max-inline-size: 90rem;
    margin-inline: auto;
    padding: 1rem;
    font-family: system-ui, sans-serif;
    line-height: 1.4;
    color: #1b1b1b;
    background: #fff;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: center;
    justify-content: space-between;
  }
  h1 {
    margin: 0;
    font-size: 1.5rem;
  }
  h2 {
    font-size: 1.25rem;
  }
  a {
    color: #0b5f75;
  }
  button {
    font: inherit;
    cursor: pointer;
    min-block-size: 2.75rem;
    padding-inline: 1rem;
    border: 2px solid #0b5f75;
    border-radius: 6px;
    background: #0b5f75;
    color: #fff;
  }
  button.secondary {
    background: #fff;
    color: #0b5f75;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    border: 1px solid #757575;
    border-radius: 4px;
    padding: 0.375rem 0.5rem;
  }
  textarea {
    inline-size: 100%;
    min-inline-size: 12rem;
    box-sizing: border-box;
  }
  :is(a, button, input, select, textarea, [tabindex]):focus-visible {
    outline: 3px solid #0b5f75;
    outline-offset: 2px;
  }
  form {
    display: grid;
    gap: 0.5rem;
    max-inline-size: 20rem;
  }
  .error {
    color: #a4001d;
    font-weight: 600;
  }
  .muted {
    color: #595959;
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
    padding-block: 0.5rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5rem;
    border-block-end: 1px solid #757575;
    overflow-wrap: break-word;
  }
  thead th {
    background: #eef4f6;
  }
  .number {
    text-align: end;
  }
`;
