import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Activity, ActivityTypes } from '@microsoft/agents-activity';
import { afterEach, describe, expect, it } from 'vitest';
import { DirectLineAdapter } from '../../server/directline/adapter.js';
import { ConversationStore } from '../../server/directline/conversation-store.js';
import { StreamHub } from '../../server/directline/stream-hub.js';
import { openDatabase, type Db } from '../../server/storage/database.js';

const cleanUp: (() => void)[] = [];
afterEach(() => {
  for (const step of cleanUp.splice(0)) step();
});

function channel() {
  const dir = mkdtempSync(join(tmpdir(), 'annulus-adapter-'));
  const db: Db = openDatabase(dir);
  const hub = new StreamHub();
  cleanUp.push(() => hub.closeAll(), () => db.close(), () => rmSync(dir, { recursive: true, force: true }));
  const store = new ConversationStore(db);
  store.create({ id: 'c1', userId: 'patient-1' });
  return { store, adapter: new DirectLineAdapter(store, hub) };
}

function incoming(): Activity {
  return Object.assign(new Activity(ActivityTypes.Message), {
    id: 'c1|0000001', text: 'do I need an MRI?', channelId: 'directline', serviceUrl: 'urn:annulus:directline',
    from: { id: 'patient-1', role: 'user' }, recipient: { id: 'annulus', name: 'Annulus', role: 'bot' },
    conversation: { id: 'c1' }, locale: 'en-GB',
  });
}

const reply = {
  text: 'Most back pain gets better without a scan [1].',
  entities: [{ type: 'https://schema.org/Message', citation: [{ '@type': 'Claim', position: 1 }] }],
  suggestedActions: { to: ['patient-1'], actions: [{ type: 'imBack', title: 'What is a disc bulge?', value: 'What is a disc bulge?' }] },
  channelData: { annulus: { kind: 'answer' } },
};

/** What the log holds, without what only the log decides. */
function logged(store: ConversationStore) {
  return store.after('c1', 0).activities.map(({ id: _id, timestamp: _time, ...rest }) => rest);
}

describe('the Direct Line adapter', () => {
  it('sends a reply the bot built exactly as the SDK would have sent the same reply given as a plain object', async () => {
    const built = channel();
    const sdk = channel();
    let builtResult: unknown;
    let sdkResult: unknown;
    await built.adapter.process(incoming(), async (context) => {
      builtResult = await context.sendActivity(Object.assign(new Activity(ActivityTypes.Message), structuredClone(reply)));
      expect(context.responded).toBe(true);
    });
    await sdk.adapter.process(incoming(), async (context) => {
      // Typed as Activity, but the SDK takes a plain object and checks it itself: the path compared with.
      sdkResult = await context.sendActivity({ type: ActivityTypes.Message, ...structuredClone(reply) } as unknown as Activity);
    });
    expect(logged(built.store)).toEqual(logged(sdk.store));
    expect(logged(built.store)[0]).toMatchObject({ replyToId: 'c1|0000001', from: { id: 'annulus', role: 'bot' }, recipient: { id: 'patient-1' } });
    expect(builtResult).toEqual(sdkResult);
  });

  it('leaves the activity the bot built as it was, so a reply can be sent twice', async () => {
    const { store, adapter } = channel();
    const answer = Object.assign(new Activity(ActivityTypes.Message), structuredClone(reply));
    await adapter.process(incoming(), async (context) => {
      await context.sendActivity(answer);
      await context.sendActivity(answer);
    });
    expect(answer.id).toBeUndefined();
    expect(answer.from).toBeUndefined();
    expect(logged(store)).toHaveLength(2);
  });

  it('still runs send handlers a turn registers', async () => {
    const { store, adapter } = channel();
    await adapter.process(incoming(), async (context) => {
      context.onSendActivities(async (_context, activities, next) => {
        for (const activity of activities) activity.text = `${activity.text} (checked)`;
        return next();
      });
      await context.sendActivity(Object.assign(new Activity(ActivityTypes.Message), structuredClone(reply)));
    });
    expect(logged(store)[0]?.text).toBe(`${reply.text} (checked)`);
  });
});
