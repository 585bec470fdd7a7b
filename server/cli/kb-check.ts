import { formatIssue } from '../kb/issues.js';
import { readKnowledgeFolder } from '../kb/load.js';
import { knowledgeDir } from './knowledge-dir.js';

/** Validates the knowledge folder; any problem, error or warning, fails the check. */
export function kbCheck(json: boolean, out: NodeJS.WritableStream): number {
  const dir = knowledgeDir();
  const { kb, issues } = readKnowledgeFolder(dir);
  if (json) {
    out.write(`${JSON.stringify({ ok: issues.length === 0, entries: kb?.entries.length ?? null, issues }, null, 2)}\n`);
  } else if (issues.length === 0) {
    out.write(`${dir}: ${kb?.entries.length ?? 0} entries, ${kb?.sources.size ?? 0} sources, no problems\n`);
  } else {
    out.write(`${issues.map(formatIssue).join('\n')}\n${issues.length} problem(s)\n`);
  }
  return issues.length === 0 ? 0 : 1;
}
