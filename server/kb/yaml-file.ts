import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { KbIssue } from './issues.js';

/**
 * Parses YAML and validates it with a zod schema, reporting every problem with the line it is on.
 * `firstLine` is where the YAML starts in its file (front matter starts on line 2).
 */
export function parseYaml<S extends z.ZodType>(
  text: string, file: string, schema: S, firstLine = 1,
): { value?: z.infer<S>; issues: KbIssue[]; lineOf: (path: readonly PropertyKey[]) => number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const lineOf = (path: readonly PropertyKey[]) => lineOfPath(doc, path, toFileLine) ?? firstLine;

  const syntax = doc.errors.map((error): KbIssue => ({
    file, line: toFileLine(error.pos[0]), message: `YAML: ${error.message.split('\n')[0]}`, severity: 'error',
  }));
  if (syntax.length > 0) return { issues: syntax, lineOf };

  const result = schema.safeParse(doc.toJS());
  if (result.success) return { value: result.data, issues: [], lineOf };
  const issues = result.error.issues.map((issue): KbIssue => ({
    file,
    line: lineOf(issue.path),
    message: issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    severity: 'error',
  }));
  return { issues, lineOf };
}

/** The line of the deepest node along `path` that exists, so a missing key points at its parent. */
function lineOfPath(doc: Document, path: readonly PropertyKey[], toFileLine: (offset: number) => number) {
  let line: number | undefined = doc.contents?.range ? toFileLine(doc.contents.range[0]) : undefined;
  for (let depth = 1; depth <= path.length; depth++) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true);
    if (!isNode(node) || !node.range) break;
    line = toFileLine(node.range[0]);
  }
  return line;
}
