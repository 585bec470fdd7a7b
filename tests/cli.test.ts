import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annulus, copyOfKnowledge } from './helpers/cli.js';

describe('annulus ask', () => {
  it('prints the contract JSON for an answer', async () => {
    const run = await annulus(['ask', 'do I need an MRI?', '--json']);
    expect(run.code).toBe(0);
    const answer = JSON.parse(run.stdout);
    expect(Object.keys(answer).sort()).toEqual(['candidates', 'citations', 'confidence', 'entryId', 'kind', 'suggestions', 'text', 'topic']);
    expect(answer).toMatchObject({ kind: 'answer', topic: 'mri' });
    expect(answer.confidence).toBeGreaterThan(0);
    expect(answer.confidence).toBeLessThanOrEqual(1);
    expect(answer.citations[0]).toEqual({ position: 1, title: expect.any(String), url: expect.stringMatching(/^https?:\/\//), snippet: expect.any(String) });
    expect(answer.candidates[0]).toEqual({ entryId: answer.entryId, topic: 'mri', title: expect.any(String), confidence: answer.confidence });
  });

  it('puts the emergency first for an emergency', async () => {
    const run = await annulus(['ask', "I can't feel anything when I wipe and my back hurts", '--json']);
    const answer = JSON.parse(run.stdout);
    expect(answer.kind).toBe('urgent');
    expect(answer.text.split('\n')[0]).toContain('999');
  });

  it('prints readable text without --json', async () => {
    const run = await annulus(['ask', 'what is sciatica']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\[answer · sciatica · [01]\.\d+\]/);
  });

  it('explains its usage on a wrong command and exits 2', async () => {
    const run = await annulus(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage:');
  });

  it('stops with the file:line problems when the knowledge folder is broken', async () => {
    const run = await annulus(['ask', 'what is sciatica'], { KB_DIR: join(tmpdir(), 'no-such-knowledge-folder') });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/clinic\.yaml:1: error: missing/);
  });
});

describe('annulus eval', () => {
  it('prints one result per input line, in order, with the contract fields', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'annulus-eval-')), 'set.jsonl');
    const lines = [
      { q: 'is an extrusion worse than a protrusion?', expect: 'protrusion-vs-extrusion' },
      { q: 'my groin went numb and I cannot pee', expect: 'urgent' },
      { q: 'how do I make sourdough bread', expect: 'none' },
      { q: 'thanks!', expect: ['smalltalk'] },
      { q: 'can someone ring me back tomorrow', expect: 'handoff' },
    ];
    writeFileSync(file, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    const run = await annulus(['eval', file, '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.results.map((r: { q: string }) => r.q)).toEqual(lines.map((l) => l.q));
    expect(Object.keys(report.results[0]).sort()).toEqual(['confidence', 'expect', 'kind', 'label', 'q', 'topic']);
    expect(report.results.map((r: { label: string }) => r.label)).toEqual(['protrusion-vs-extrusion', 'urgent', 'none', 'smalltalk', 'handoff']);
    expect(report.summary.overall).toEqual({ rate: 1, hits: 5, of: 5 });
  });

  it('lists the answers an edit to the knowledge changed, broken ones first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'annulus-eval-'));
    const file = join(dir, 'set.jsonl');
    const lines = [
      { q: 'what is a sequestered disc', expect: 'sequestration' },
      { q: 'what is sciatica', expect: 'sciatica' },
      { q: 'how do I make sourdough bread', expect: 'none' },
    ];
    writeFileSync(file, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    const before = await annulus(['eval', file, '--json']);
    const earlier = join(dir, 'before.json');
    writeFileSync(earlier, before.stdout);
    const knowledge = copyOfKnowledge();
    const entry = join(knowledge, 'entries', 'sequestration.md');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('topic: sequestration', 'topic: extrusion'));

    const after = await annulus(['eval', file, '--against', earlier], { KB_DIR: knowledge });

    expect(after.code).toBe(0);
    const changes = after.stdout.slice(after.stdout.indexOf('Changed since'));
    expect(changes).toMatch(/^Changed since .*before\.json: 1 answers \(1 broken, 0 fixed/);
    expect(changes).toMatch(/broken +sequestration -> extrusion \(expected sequestration\): what is a sequestered disc/);
    expect(changes).not.toContain('what is sciatica');
  });

  it('refuses --against with --json, whose output the contract fixes', async () => {
    const run = await annulus(['eval', 'tests/eval/dev.jsonl', '--json', '--against', 'before.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--against');
  });

  it('names the line of a malformed question set', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'annulus-eval-')), 'bad.jsonl');
    writeFileSync(file, '{"q": "ok", "expect": "mri"}\n{"q": "typo", "expect": "no-such-topic"}\n');
    const run = await annulus(['eval', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bad.jsonl:2:');
  });
});
