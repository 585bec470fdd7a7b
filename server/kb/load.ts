import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { z } from 'zod';
import { fillClinicPlaceholders } from './clinic-text.js';
import { parseEntryFile } from './entry-file.js';
import { KnowledgeError, type KbIssue } from './issues.js';
import type { CitedSource, Entry, KnowledgeBase } from './knowledge-base.js';
import { clinicSchema, lexiconSchema, redFlagsSchema, sourcesSchema, type Source } from './schema.js';
import { parseYaml } from './yaml-file.js';

/** Entries are re-reviewed at least this often (contract section 3). */
const REVIEW_MONTHS = 18;
const MAX_BODY_WORDS = 250;

export interface LoadResult {
  kb?: KnowledgeBase;
  issues: KbIssue[];
}

/**
 * Reads and cross-checks the whole knowledge folder. Errors (a file that cannot be used) leave `kb`
 * undefined; warnings (overdue reviews, long answers, questions two entries share) do not.
 */
export function readKnowledgeFolder(dir: string, today = new Date()): LoadResult {
  const issues: KbIssue[] = [];
  const display = (path: string) => relative(process.cwd(), path) || path;

  function readYaml<S extends z.ZodType>(name: string, schema: S) {
    const path = join(dir, name);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      issues.push({ file: display(path), line: 1, message: `missing: the knowledge folder needs ${name}`, severity: 'error' });
      return undefined;
    }
    const parsed = parseYaml(text, display(path), schema);
    issues.push(...parsed.issues);
    return parsed;
  }

  const clinic = readYaml('clinic.yaml', clinicSchema)?.value;
  const sourcesFile = readYaml('sources.yaml', sourcesSchema);
  const lexicon = readYaml('lexicon.yaml', lexiconSchema)?.value;
  const redFlagsFile = readYaml('red-flags.yaml', redFlagsSchema);

  const sources = new Map<string, Source>();
  sourcesFile?.value?.forEach((source, index) => {
    if (sources.has(source.id)) {
      issues.push({ file: display(join(dir, 'sources.yaml')), line: sourcesFile.lineOf([index, 'id']), message: `duplicate source id "${source.id}"`, severity: 'error' });
    }
    sources.set(source.id, source);
  });

  if (clinic && redFlagsFile?.value) {
    const redFlags = redFlagsFile.value;
    const texts = [
      ...Object.entries(redFlags.levels).map(([level, text]) => ({ path: ['levels', level], text })),
      ...redFlags.rules.map((rule, i) => ({ path: ['rules', i, 'why'], text: rule.why })),
      ...(redFlags.safety_net ? [{ path: ['safety_net', 'text'], text: redFlags.safety_net.text }] : []),
    ];
    for (const { path, text } of texts) {
      for (const name of fillClinicPlaceholders(text, clinic).unknown) {
        issues.push({ file: display(join(dir, 'red-flags.yaml')), line: redFlagsFile.lineOf(path), message: `unknown placeholder {{clinic.${name}}}: clinic.yaml has no such field`, severity: 'error' });
      }
    }
  }

  if (redFlagsFile?.value) {
    const cited = [
      ...redFlagsFile.value.rules.flatMap((rule, index) => rule.sources.map((id, k) => ({ id, path: ['rules', index, 'sources', k] }))),
      ...(redFlagsFile.value.safety_net?.sources ?? []).map((id, k) => ({ id, path: ['safety_net', 'sources', k] })),
    ];
    for (const { id, path } of cited) {
      if (!sources.has(id)) {
        issues.push({ file: display(join(dir, 'red-flags.yaml')), line: redFlagsFile.lineOf(path), message: `source "${id}" is not in sources.yaml`, severity: 'error' });
      }
    }
  }

  const entries = readEntries(join(dir, 'entries'), display, clinic, sources, issues, today);

  const hasErrors = issues.some((issue) => issue.severity === 'error');
  if (hasErrors || !clinic || !lexicon || !redFlagsFile?.value) return { issues };
  return { kb: { dir, clinic, sources, lexicon, redFlags: redFlagsFile.value, entries }, issues };
}

function readEntries(
  entriesDir: string, display: (path: string) => string, clinic: KnowledgeBase['clinic'] | undefined,
  sources: KnowledgeBase['sources'], issues: KbIssue[], today: Date,
): Entry[] {
  let names: string[];
  try {
    names = readdirSync(entriesDir).filter((name) => name.endsWith('.md')).sort();
  } catch {
    issues.push({ file: display(entriesDir), line: 1, message: 'missing: the knowledge folder needs an entries/ folder', severity: 'error' });
    return [];
  }
  const reviewCutoff = new Date(today);
  reviewCutoff.setUTCMonth(reviewCutoff.getUTCMonth() - REVIEW_MONTHS);

  const entries: Entry[] = [];
  const relatedChecks: { file: string; line: number; id: string }[] = [];
  const firstFileOfId = new Map<string, string>();
  const questionOwners = new Map<string, { id: string; file: string }>();

  for (const name of names) {
    const path = join(entriesDir, name);
    const file = display(path);
    const parsed = parseEntryFile(readFileSync(path, 'utf8'), file);
    issues.push(...parsed.issues);
    const fm = parsed.frontMatter;
    if (!fm) continue;
    const at = (message: string, fieldPath: readonly PropertyKey[], severity: KbIssue['severity'] = 'error') =>
      issues.push({ file, line: parsed.lineOf(fieldPath), message, severity });

    if (fm.id !== basename(name, '.md')) at(`id "${fm.id}" must equal the file name "${basename(name, '.md')}"`, ['id']);
    const earlier = firstFileOfId.get(fm.id);
    if (earlier) at(`duplicate entry id "${fm.id}" (also in ${earlier})`, ['id']);
    else firstFileOfId.set(fm.id, file);

    const cited: CitedSource[] = [];
    fm.sources.forEach((ref, index) => {
      const id = typeof ref === 'string' ? ref : ref.id;
      const source = sources.get(id);
      if (!source) at(`source "${id}" is not in sources.yaml`, ['sources', index]);
      else cited.push(typeof ref === 'string' ? { source } : { source, locator: ref.locator });
    });

    if (new Date(`${fm.reviewed_on}T00:00:00Z`) < reviewCutoff) {
      at(`last reviewed on ${fm.reviewed_on}, more than ${REVIEW_MONTHS} months ago: review the entry and update reviewed_on`, ['reviewed_on'], 'warning');
    }
    const words = parsed.body.split(/\s+/).filter(Boolean).length;
    if (words > MAX_BODY_WORDS) {
      issues.push({ file, line: parsed.bodyLine, message: `the answer has ${words} words; keep it to ${MAX_BODY_WORDS}`, severity: 'warning' });
    }
    fm.questions.forEach((question, index) => {
      const key = question.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      const owner = questionOwners.get(key);
      if (owner && owner.id !== fm.id) at(`question "${question}" is also asked in ${owner.file}: patients would get either answer`, ['questions', index], 'warning');
      else questionOwners.set(key, { id: fm.id, file });
    });
    fm.related?.forEach((id, index) => relatedChecks.push({ file, line: parsed.lineOf(['related', index]), id }));

    let body = parsed.body;
    if (clinic) {
      const filled = fillClinicPlaceholders(parsed.body, clinic);
      body = filled.text;
      for (const placeholder of filled.unknown) {
        issues.push({ file, line: parsed.bodyLine, message: `unknown placeholder {{clinic.${placeholder}}}: clinic.yaml has no such field`, severity: 'error' });
      }
    }
    entries.push({
      id: fm.id, topic: fm.topic, title: fm.title, questions: fm.questions, sources: cited,
      reviewedBy: fm.reviewed_by, reviewedOn: fm.reviewed_on, related: fm.related ?? [], body, file,
    });
  }

  for (const { file, line, id } of relatedChecks) {
    if (!firstFileOfId.has(id)) issues.push({ file, line, message: `related entry "${id}" does not exist`, severity: 'error' });
  }
  if (entries.length === 0 && names.length === 0) {
    issues.push({ file: display(entriesDir), line: 1, message: 'there are no entries', severity: 'error' });
  }
  return entries;
}

/** Loads the folder for serving: any error stops the start with every file:line message. */
export function loadKnowledge(dir: string): KnowledgeBase {
  const { kb, issues } = readKnowledgeFolder(dir);
  if (!kb) throw new KnowledgeError(issues.filter((issue) => issue.severity === 'error'));
  return kb;
}
