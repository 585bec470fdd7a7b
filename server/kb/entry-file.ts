import type { KbIssue } from './issues.js';
import { entryFrontMatterSchema, type EntryFrontMatter } from './schema.js';
import { parseYaml } from './yaml-file.js';

export interface ParsedEntryFile {
  frontMatter?: EntryFrontMatter;
  body: string;
  bodyLine: number;
  issues: KbIssue[];
  /** The line of a front-matter field, for checks that run after parsing. */
  lineOf: (path: readonly PropertyKey[]) => number;
}

/** Splits `---` front matter from the Markdown body and validates the front matter. */
export function parseEntryFile(text: string, file: string): ParsedEntryFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const close = lines.indexOf('---', 1);
  if (lines[0] !== '---' || close < 0) {
    return {
      body: '', bodyLine: 1, lineOf: () => 1,
      issues: [{ file, line: 1, message: 'an entry starts with YAML front matter between two "---" lines', severity: 'error' }],
    };
  }
  const yamlText = lines.slice(1, close).join('\n');
  const parsed = parseYaml(yamlText, file, entryFrontMatterSchema, 2);
  const body = lines.slice(close + 1).join('\n').trim();
  const issues = [...parsed.issues];
  if (parsed.value && body.length === 0) {
    issues.push({ file, line: close + 2, message: 'the entry has no answer below its front matter', severity: 'error' });
  }
  return { frontMatter: parsed.value, body, bodyLine: close + 2, issues, lineOf: parsed.lineOf };
}
