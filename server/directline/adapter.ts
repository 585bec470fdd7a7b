import { Activity, ActivityTypes, DeliveryModes, type ConversationReference } from '@microsoft/agents-activity';
import { BaseAdapter, TurnContext, type AttachmentInfo, type ResourceResponse, type SendActivitiesHandler } from '@microsoft/agents-hosting';
import type { ConversationStore } from './conversation-store.js';
import type { StreamHub } from './stream-hub.js';

/** Any stable string: the bot never calls back over HTTP on this channel. */
export const DIRECT_LINE_SERVICE_URL = 'urn:annulus:directline';
export const CHANNEL_ID = 'directline';

type TurnLogic = (context: TurnContext) => Promise<void>;

/**
 * The Agents SDK's side of our Direct Line channel. A turn's replies are appended to the conversation
 * log and pushed to the conversation's socket; pollers read them from the log. Typing goes to the
 * socket only, as Direct Line does.
 */
export class DirectLineAdapter extends BaseAdapter {
  constructor(private readonly store: ConversationStore, private readonly hub: StreamHub) {
    super();
  }

  /** Runs one turn of `logic` (the bot) for an activity the channel has already logged. */
  async process(activity: Activity | Record<string, unknown>, logic: TurnLogic): Promise<void> {
    await this.runMiddleware(new DirectLineTurnContext(this, activity instanceof Activity ? activity : Activity.fromObject(activity)), logic);
  }

  async sendActivities(context: TurnContext, activities: Activity[]): Promise<ResourceResponse[]> {
    const conversationId = context.activity.conversation?.id;
    if (!conversationId) throw new Error('a Direct Line turn always has a conversation');
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      const wire = toWire(activity);
      if (activity.type === ActivityTypes.Typing) {
        this.hub.push(conversationId, JSON.stringify({ ...wire, id: `typing-${Date.now()}`, timestamp: new Date().toISOString() }));
        responses.push({ id: '' });
      } else if (activity.type === ActivityTypes.Trace || activity.type === ActivityTypes.InvokeResponse) {
        responses.push({ id: '' });
      } else {
        const { activity: stored, seq, json } = this.store.append(conversationId, wire);
        this.hub.push(conversationId, json, seq);
        responses.push({ id: stored.id });
      }
    }
    return responses;
  }

  /** Direct Line 3.0 has no way to tell a client that a message changed, and the bot never edits one. */
  async updateActivity(): Promise<void> {
    throw new Error('Direct Line 3.0 clients cannot receive edited messages');
  }

  async deleteActivity(): Promise<void> {
    throw new Error('Direct Line 3.0 clients cannot receive deleted messages');
  }

  async continueConversation(_botAppIdOrIdentity: unknown, reference: Partial<ConversationReference>, logic: TurnLogic): Promise<void> {
    const event = Activity.fromObject({ type: ActivityTypes.Event, name: 'continueConversation' });
    event.applyConversationReference(reference as ConversationReference, true);
    await this.runMiddleware(new DirectLineTurnContext(this, event), logic);
  }

  // Patients cannot send files here: a scan or a letter is personal health data the bot must not read.
  async uploadAttachment(): Promise<ResourceResponse> {
    throw new Error('this channel does not accept attachments');
  }

  async getAttachmentInfo(): Promise<AttachmentInfo> {
    throw new Error('this channel does not accept attachments');
  }

  async getAttachment(): Promise<NodeJS.ReadableStream> {
    throw new Error('this channel does not accept attachments');
  }
}

/**
 * A turn on this channel. `TurnContext.sendActivities` checks every outgoing activity against the
 * SDK's zod schema (`Activity.fromObject`), which took a tenth of the server's time under load; an
 * activity the bot built with `new Activity` has nothing to check. Such activities get what the SDK
 * would give them (a copy addressed by the conversation reference, no id, the turn marked as
 * answered). Plain objects, trace and invoke replies, expectReplies turns and turns with send
 * handlers go the SDK's own way, so nothing that relies on its pipeline misses it.
 */
class DirectLineTurnContext extends TurnContext {
  private hasSendHandlers = false;

  override onSendActivities(handler: SendActivitiesHandler): this {
    this.hasSendHandlers = true;
    return super.onSendActivities(handler);
  }

  override async sendActivities(activities: Activity[]): Promise<ResourceResponse[]> {
    const simple = !this.hasSendHandlers && this.activity.deliveryMode !== DeliveryModes.ExpectReplies &&
      activities.every((a) => a instanceof Activity && a.type !== ActivityTypes.InvokeResponse && a.type !== ActivityTypes.Trace);
    if (!simple) return super.sendActivities(activities);
    const reference = this.activity.getConversationReference();
    const output = activities.map((built) => {
      const activity = Object.assign(new Activity(built.type), built).applyConversationReference(reference);
      delete activity.id;
      return activity;
    });
    const responses = await this.adapter.sendActivities(this, output);
    responses.forEach((response, i) => { (output[i] as Activity).id = response.id; });
    this.responded = true;
    return responses;
  }
}

/**
 * What `toJsonString` writes, without the JSON round trip it would need to become an object again:
 * every reply is serialised anyway, once for the log and once for the socket.
 */
function toWire(activity: Activity): Record<string, unknown> & { type: string } {
  const { _channelId: _internal, ...fields } = activity as unknown as Record<string, unknown> & { type: string };
  return { ...fields, channelId: activity.channelId };
}
