/** A problem found in the knowledge folder, pointing at the line an author must change. */
export interface KbIssue {
  file: string;
  line: number;
  message: string;
  /** Errors make the folder unusable; warnings (such as an overdue review) are for authors to act on. */
  severity: 'error' | 'warning';
}

export function formatIssue(issue: KbIssue): string {
  return `${issue.file}:${issue.line}: ${issue.severity}: ${issue.message}`;
}

export class KnowledgeError extends Error {
  constructor(readonly issues: KbIssue[]) {
    super(`the knowledge folder has ${issues.length} problem(s):\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'KnowledgeError';
  }
}
