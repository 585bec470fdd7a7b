import { fillClinicPlaceholders } from '../kb/clinic-text.js';
import type { CitedSource, KnowledgeBase } from '../kb/knowledge-base.js';
import type { TriageReading } from './red-flags.js';

/**
 * What to do should an emergency come, said before the answer to a message on the ground the
 * red-flag rules watch: "no bladder problems, just back pain, what can I do?", "what does saddle
 * numbness feel like", or a report in words no rule reads yet. Patients tell emergencies in more
 * ways than rules can list (fresh sets of reports scored 43% to 69% urgent recall before their
 * words were added to the rules), so whoever writes about the bladder, the saddle area or weak
 * legs hears what to do, as an NHS page on sciatica ends with its red flags.
 */
export class SafetyNet {
  readonly text: string;
  readonly sources: CitedSource[];
  private readonly mentions: RegExp[];

  constructor({ clinic, redFlags, sources }: Pick<KnowledgeBase, 'clinic' | 'redFlags' | 'sources'>) {
    const net = redFlags.safety_net;
    this.text = net ? fillClinicPlaceholders(net.text, clinic).text : '';
    this.sources = (net?.sources ?? []).flatMap((id) => {
      const source = sources.get(id);
      return source ? [{ source }] : [];
    });
    this.mentions = (net?.mentions ?? []).map((pattern) => new RegExp(pattern, 'u'));
  }

  /** Whether the message, as the rules read it, is on the ground the net covers. */
  covers({ whole }: TriageReading): boolean {
    return this.mentions.some((pattern) => pattern.test(whole));
  }
}
