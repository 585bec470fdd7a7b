import { Activity, ActivityTypes } from '@microsoft/agents-activity';
import type { Citation, Decision, DecisionKind } from '../answer/decision.js';

export type AnnulusKind = DecisionKind | 'lead-prompt' | 'lead-confirmed';

/** `channelData.annulus`, on every message the bot sends (contract section 5). */
export interface AnnulusChannelData {
  kind: AnnulusKind;
  topic?: string;
  entryId?: string;
  confidence?: number;
  expect?: string;
  afterHours?: boolean;
  nextOpen?: string;
  leadId?: string;
}

/** schema.org Message with Claim citations: the shape Web Chat and Teams draw as numbered sources. */
function citationEntity(citations: readonly Citation[]) {
  return {
    '@context': 'https://schema.org',
    '@id': '',
    '@type': 'Message',
    type: 'https://schema.org/Message',
    citation: citations.map((c) => ({
      '@type': 'Claim',
      position: c.position,
      appearance: { '@type': 'DigitalDocument', name: c.title, url: c.url, abstract: c.snippet },
    })),
  };
}

export interface BotMessage {
  text: string;
  annulus: AnnulusChannelData;
  citations?: readonly Citation[];
  suggestions?: readonly string[];
  /** Who the suggestions are for: Direct Line shows them to everyone when this is left empty. */
  userId?: string;
  /** Sent with the welcome so a widget can show the clinic's name and emergency number before any answer. */
  clinic?: ClinicCard;
}

export interface ClinicCard {
  name: string;
  emergencyNumber: string;
}

export function botMessage({ text, annulus, citations = [], suggestions = [], userId, clinic }: BotMessage): Activity {
  // Built directly rather than through Activity.fromObject: its schema check of our own reply cost a
  // few percent of every answer.
  return Object.assign(new Activity(ActivityTypes.Message), {
    text,
    textFormat: 'markdown',
    ...(citations.length > 0 && { entities: [citationEntity(citations)] }),
    ...(suggestions.length > 0 && {
      suggestedActions: {
        to: userId ? [userId] : [],
        actions: suggestions.map((s) => ({ type: 'imBack', title: s, value: s })),
      },
    }),
    channelData: { annulus: withoutUndefined(annulus), ...(clinic && { clinic }) },
  });
}

export function decisionMessage(decision: Decision, userId?: string): Activity {
  return botMessage({
    text: decision.text,
    annulus: { kind: decision.kind, topic: decision.topic, entryId: decision.entryId, confidence: decision.confidence },
    citations: decision.citations,
    suggestions: decision.suggestions,
    userId,
  });
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
