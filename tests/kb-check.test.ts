import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annulus, copyOfKnowledge } from './helpers/cli.js';

function edit(path: string, change: (text: string) => string) {
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit changed nothing in ${path}`);
  writeFileSync(path, after);
}

async function check(breakIt: (dir: string) => void) {
  const dir = copyOfKnowledge();
  breakIt(dir);
  return annulus(['kb', 'check'], { KB_DIR: dir });
}

describe('annulus kb check', () => {
  it('passes the shipped knowledge folder', async () => {
    const run = await annulus(['kb', 'check']);
    expect(run.stdout).toContain('no problems');
    expect(run.code).toBe(0);
  });

  const broken: [string, (dir: string) => void, RegExp][] = [
    ['a duplicate id', (dir) => edit(join(dir, 'entries/sciatica.md'), (t) => t.replace('id: sciatica', 'id: pinched-nerve')),
      /entries\/sciatica\.md:2: error: .*(duplicate entry id "pinched-nerve"|must equal the file name)/],
    ['an id that is not the file name', (dir) => edit(join(dir, 'entries/bed-rest.md'), (t) => t.replace('id: bed-rest', 'id: rest-in-bed')),
      /entries\/bed-rest\.md:2: error: id "rest-in-bed" must equal the file name/],
    ['an unknown topic', (dir) => edit(join(dir, 'entries/sciatica.md'), (t) => t.replace('topic: sciatica', 'topic: lumbago')),
      /entries\/sciatica\.md:3: error: topic: /],
    ['a source missing from sources.yaml', (dir) => edit(join(dir, 'entries/sciatica.md'), (t) => t.replace(/sources: \[/, 'sources: [no-such-source, ')),
      /entries\/sciatica\.md:\d+: error: source "no-such-source" is not in sources\.yaml/],
    ['an entry past its review date', (dir) => edit(join(dir, 'entries/sciatica.md'), (t) => t.replace(/reviewed_on: .*/, 'reviewed_on: 2020-01-31')),
      /entries\/sciatica\.md:\d+: warning: last reviewed on 2020-01-31/],
    ['a question two entries share', (dir) => {
      const shared = /questions:\n {2}- (.*)\n/.exec(readFileSync(join(dir, 'entries/sciatica.md'), 'utf8'))![1]!;
      edit(join(dir, 'entries/bed-rest.md'), (t) => t.replace('questions:\n', `questions:\n  - ${shared}\n`));
    }, /entries\/sciatica\.md:\d+: warning: question ".*" is also asked in .*bed-rest\.md/],
    ['too few questions', (dir) => edit(join(dir, 'entries/bed-rest.md'), (t) => t.replace(/questions:\n(  - .*\n)+/, 'questions:\n  - is bed rest good\n')),
      /entries\/bed-rest\.md:\d+: error: questions: an entry needs at least 5 alternate questions/],
    ['broken YAML', (dir) => edit(join(dir, 'entries/bed-rest.md'), (t) => t.replace(/^title: (.*)$/m, 'title: [unclosed')),
      /entries\/bed-rest\.md:\d+: error: YAML: /],
    ['an unknown clinic placeholder', (dir) => appendFileSync(join(dir, 'entries/opening-hours.md'), '\nFax us on {{clinic.fax}}.\n'),
      /entries\/opening-hours\.md:\d+: error: unknown placeholder \{\{clinic\.fax\}\}/],
    ['opening hours that are not a time range', (dir) => edit(join(dir, 'clinic.yaml'), (t) => t.replace('mon: "08:00-18:00"', 'mon: "8am till 6"')),
      /clinic\.yaml:\d+: error: hours\.mon: /],
    ['a time zone that does not exist', (dir) => edit(join(dir, 'clinic.yaml'), (t) => t.replace('timezone: Europe/London', 'timezone: Europe/Exampleton')),
      /clinic\.yaml:\d+: error: timezone: not an IANA time zone/],
    ['a related entry that does not exist', (dir) => edit(join(dir, 'entries/sciatica.md'), (t) => t.replace('related: [', 'related: [no-such-entry, ')),
      /entries\/sciatica\.md:\d+: error: related entry "no-such-entry" does not exist/],
    ['a red-flag rule that no longer fires on its example', (dir) => edit(join(dir, 'red-flags.yaml'), (t) => t.replaceAll('(groin|', '(')),
      /red-flags\.yaml:\d+: error: rule "saddle-numbness" does not fire on its example "my groin has gone numb/],
    ['a red-flag pattern that is not a regular expression', (dir) => edit(join(dir, 'red-flags.yaml'), (t) => t.replace("- '\\b(chest (pain", "- '\\b((chest (pain")),
      /red-flags\.yaml:\d+: error: rules\.\d+\.patterns\.0: not a valid regular expression/],
    ['a safety net citing a source missing from sources.yaml', (dir) => edit(join(dir, 'red-flags.yaml'), (t) => t.replace(/(safety_net:[\s\S]*?sources: \[)/, '$1no-such-source, ')),
      /red-flags\.yaml:\d+: error: source "no-such-source" is not in sources\.yaml/],
    ['a missing lexicon', (dir) => rmSync(join(dir, 'lexicon.yaml')),
      /lexicon\.yaml:1: error: missing: the knowledge folder needs lexicon\.yaml/],
    ['an answer over 250 words', (dir) => appendFileSync(join(dir, 'entries/bed-rest.md'), `\n${'More words here. '.repeat(90)}\n`),
      /entries\/bed-rest\.md:\d+: warning: the answer has \d+ words; keep it to 250/],
  ];

  it.each(broken)('reports %s with file:line and exits 1', async (_what, breakIt, expected) => {
    const run = await check(breakIt);
    expect(run.stdout).toMatch(expected);
    expect(run.code).toBe(1);
  });

  it('prints the problems as JSON with --json', async () => {
    const dir = copyOfKnowledge();
    edit(join(dir, 'entries/sciatica.md'), (t) => t.replace('topic: sciatica', 'topic: lumbago'));
    const run = await annulus(['kb', 'check', '--json'], { KB_DIR: dir });
    const report = JSON.parse(run.stdout) as { ok: boolean; issues: { file: string; line: number; message: string }[] };
    expect(report.ok).toBe(false);
    expect(report.issues[0]).toMatchObject({ line: 3, severity: 'error' });
    expect(run.code).toBe(1);
  });
});
