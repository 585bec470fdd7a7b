/**
 * What each conversation was last answered about, so that "is it painful?" after an answer about
 * microdiscectomy is read as asking about it (see decide). Only the entry's id is kept, never the
 * patient's words. The conversations least recently answered are forgotten first, and a restart
 * forgets them all: a follow-up then loses its context and gets the honest "I don't know" it got
 * before threads existed.
 */
export class ConversationThreads {
  private readonly lastAnswered = new Map<string, string>();

  constructor(private readonly capacity = 10_000) {}

  lastAnsweredEntry(conversationId: string): string | undefined {
    return this.lastAnswered.get(conversationId);
  }

  answered(conversationId: string, entryId: string): void {
    this.lastAnswered.delete(conversationId);
    this.lastAnswered.set(conversationId, entryId);
    if (this.lastAnswered.size > this.capacity) this.lastAnswered.delete(this.lastAnswered.keys().next().value as string);
  }
}
