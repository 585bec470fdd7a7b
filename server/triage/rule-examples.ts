import type { KbIssue } from '../kb/issues.js';
import type { RedFlags } from '../kb/schema.js';
import type { RedFlagTriage } from './red-flags.js';

/** Runs each red-flag rule's own examples: a rule that misses its message or fires on its denial is a problem. */
export function ruleExampleIssues(redFlags: RedFlags, triage: RedFlagTriage, file: string, lineOfRule: (index: number) => number): KbIssue[] {
  return redFlags.rules.flatMap((rule, index) => [
    ...rule.examples.fires.filter((text) => !triage.fires(rule.id, text))
      .map((text) => `rule "${rule.id}" does not fire on its example "${text}"`),
    ...rule.examples.denied.filter((text) => triage.fires(rule.id, text))
      .map((text) => `rule "${rule.id}" fires on its denied example "${text}"`),
  ].map((message): KbIssue => ({ file, line: lineOfRule(index), message, severity: 'error' })));
}
