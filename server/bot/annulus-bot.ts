import { Activity, ActivityTypes } from '@microsoft/agents-activity';
import { ActivityHandler, type TurnContext } from '@microsoft/agents-hosting';
import { MAX_MESSAGE_CHARS, decide, type Engine } from '../answer/decide.js';
import type { LeadFlow } from '../leads/lead-flow.js';
import type { UnansweredQuestions } from '../leads/unanswered.js';
import { botMessage, decisionMessage } from './activities.js';
import { ConversationThreads } from './threads.js';
import { welcome } from './welcome.js';

const TOO_LONG =
  `That message is longer than I can read (${MAX_MESSAGE_CHARS.toLocaleString('en-GB')} characters). ` +
  'Could you ask your question in a sentence or two?';

/**
 * Annulus as an Agents SDK bot: every message goes through the one decision path, so the widget,
 * Web Chat, Teams and `annulus ask` all get the same answer.
 */
export class AnnulusBot extends ActivityHandler {
  private readonly threads = new ConversationThreads();

  constructor(
    private readonly engine: Engine,
    private readonly leadFlow: LeadFlow,
    private readonly unanswered: UnansweredQuestions,
    private readonly now: () => Date = () => new Date(),
  ) {
    super();
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id !== botId) await context.sendActivity(botMessage(welcome(engine.kb.clinic, this.now(), member.id)));
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.answer(context);
      await next();
    });
  }

  private async answer(context: TurnContext): Promise<void> {
    const text = context.activity.text ?? '';
    const userId = context.activity.from?.id;
    if (text.length > MAX_MESSAGE_CHARS) {
      await context.sendActivity(botMessage({ text: TOO_LONG, annulus: { kind: 'fallback' } }));
      return;
    }
    const conversationId = context.activity.conversation?.id ?? '';
    await context.sendActivity(new Activity(ActivityTypes.Typing));
    const decision = decide(this.engine, text, this.threads.lastAnsweredEntry(conversationId));
    if (this.leadFlow.active(conversationId)) {
      if (decision.kind === 'urgent') {
        // Red flags come first even halfway through the form; then the same question again.
        await context.sendActivity(decisionMessage(decision, userId));
        const again = this.leadFlow.repeat(conversationId);
        if (again) await context.sendActivity(botMessage({ ...again, userId }));
        return;
      }
      for (const reply of this.leadFlow.answer(conversationId, text)) await context.sendActivity(botMessage({ ...reply, userId }));
      return;
    }
    if (decision.kind === 'fallback' || decision.kind === 'clarify') this.unanswered.record(text, decision.kind);
    if (decision.kind === 'answer' && decision.entryId) this.threads.answered(conversationId, decision.entryId);
    await context.sendActivity(decisionMessage(decision, userId));
    if (decision.kind === 'handoff') await context.sendActivity(botMessage({ ...this.leadFlow.start(conversationId), userId }));
  }
}
