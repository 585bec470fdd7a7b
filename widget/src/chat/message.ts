import type { Activity } from '../directline/activity.js';

export interface Citation {
  position: number;
  title: string;
  url?: string;
  snippet?: string;
}

/** `channelData.annulus` (contract section 5); absent when the bot is not Annulus. */
export interface AnnulusData {
  kind?: string;
  topic?: string;
  entryId?: string;
  confidence?: number;
  expect?: string;
  afterHours?: boolean;
  nextOpen?: string;
  leadId?: string;
}

export interface ClinicCard {
  name?: string;
  emergencyNumber?: string;
}

/** One line of the transcript, as the panel draws it. */
export interface ChatMessage {
  /** The server's id, or a local one while a message of ours is on its way. */
  key: string;
  from: 'user' | 'bot';
  text: string;
  markdown: boolean;
  annulus: AnnulusData;
  citations: Citation[];
  suggestions: string[];
  clinic?: ClinicCard;
  state?: 'sending' | 'failed';
}

export const CLIENT_ID_FIELD = 'clientActivityID';

/** Reads a message activity into a transcript line; anything else (typing, events) is not a line. */
export function toMessage(activity: Activity, userId: string | undefined): ChatMessage | undefined {
  if (activity.type !== 'message') return undefined;
  const channelData = activity.channelData ?? {};
  const fromUser = activity.from.id === userId || activity.from.role === 'user';
  const suggestions = (activity.suggestedActions?.actions ?? [])
    .filter(() => !activity.suggestedActions?.to?.length || (userId !== undefined && activity.suggestedActions.to.includes(userId)))
    .filter((action) => action.type === 'imBack' || action.type === 'postBack')
    .map((action) => String(action.value ?? action.title ?? ''))
    .filter(Boolean);
  return {
    key: activity.id ?? String(channelData[CLIENT_ID_FIELD] ?? Math.random()),
    from: fromUser ? 'user' : 'bot',
    text: activity.text ?? '',
    markdown: !fromUser && activity.textFormat !== 'plain',
    annulus: objectOrEmpty(channelData.annulus) as AnnulusData,
    citations: fromUser ? [] : citationsOf(activity.entities),
    suggestions: fromUser ? [] : suggestions,
    clinic: channelData.clinic ? (objectOrEmpty(channelData.clinic) as ClinicCard) : undefined,
  };
}

/** The schema.org Message entity with Claim citations (contract section 5), the format Web Chat reads. */
function citationsOf(entities: unknown[] | undefined): Citation[] {
  const citations: Citation[] = [];
  for (const entity of entities ?? []) {
    const claims = (entity as { type?: string; citation?: unknown }).citation;
    if ((entity as { type?: string }).type !== 'https://schema.org/Message' || !Array.isArray(claims)) continue;
    for (const claim of claims as { position?: unknown; appearance?: { name?: unknown; url?: unknown; abstract?: unknown } }[]) {
      if (typeof claim.position !== 'number' || typeof claim.appearance?.name !== 'string') continue;
      citations.push({
        position: claim.position,
        title: claim.appearance.name,
        url: safeUrl(claim.appearance.url),
        snippet: typeof claim.appearance.abstract === 'string' ? claim.appearance.abstract : undefined,
      });
    }
  }
  return citations.sort((a, b) => a.position - b.position);
}

/** Only web links become hrefs: a `javascript:` URL from a compromised bot must not be clickable. */
function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function objectOrEmpty(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
