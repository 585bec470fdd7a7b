/** Every part the panel draws; `<annulus-chat>` exports them so a clinic's `::part()` rules reach them. */
export const PANEL_PARTS = [
  'panel', 'header', 'close', 'new-conversation', 'banner', 'status', 'transcript', 'message', 'message-user',
  'message-bot', 'citation', 'sources', 'typing', 'suggestions', 'suggestion', 'composer', 'lead-form', 'input',
  'send', 'disclaimer',
] as const;
