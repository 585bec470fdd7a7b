import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createEngine } from '../answer/decide.js';
import { formatIssue, type KbIssue } from '../kb/issues.js';
import { readKnowledgeFolder } from '../kb/load.js';
import { ruleExampleIssues } from '../triage/rule-examples.js';
import { knowledgeDir } from './knowledge-dir.js';

/**
 * Validates the knowledge folder and runs the red-flag rules' examples. Any problem, error or
 * warning, fails the check: authors fix them before the change goes live.
 */
export function kbCheck(json: boolean, out: NodeJS.WritableStream): number {
  const dir = knowledgeDir();
  const { kb, issues } = readKnowledgeFolder(dir);
  const problems: KbIssue[] = [...issues];
  if (kb) {
    const path = join(dir, 'red-flags.yaml');
    const lines = readFileSync(path, 'utf8').split('\n');
    const lineOfRule = (index: number) => lines.findIndex((l) => l.includes(`id: ${kb.redFlags.rules[index]?.id}`)) + 1;
    problems.push(...ruleExampleIssues(kb.redFlags, createEngine(kb).triage, relative(process.cwd(), path) || path, lineOfRule));
  }
  if (json) {
    out.write(`${JSON.stringify({ ok: problems.length === 0, entries: kb?.entries.length ?? null, issues: problems }, null, 2)}\n`);
  } else if (problems.length === 0) {
    out.write(`${dir}: ${kb?.entries.length ?? 0} entries, ${kb?.sources.size ?? 0} sources, ${kb?.redFlags.rules.length ?? 0} red-flag rules, no problems\n`);
  } else {
    out.write(`${problems.map(formatIssue).join('\n')}\n${problems.length} problem(s)\n`);
  }
  return problems.length === 0 ? 0 : 1;
}
