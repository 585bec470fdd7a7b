/**
 * `npm run bench`: the figures the README reports. Writes bench/results.json and prints Markdown
 * tables. Never part of `npm test`: timings belong in a report, not in assertions.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { Rate } from '../server/eval/score.js';
import { loadKnowledge } from '../server/kb/load.js';
import { retrievalBench } from './retrieval.js';

const kb = loadKnowledge(process.env.KB_DIR ?? 'knowledge');
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const retrieval = retrievalBench(kb);
const results = { date: new Date().toISOString(), machine, retrieval };
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

const pct = (r: Rate) => `${(r.rate * 100).toFixed(1)}% (${r.hits}/${r.of})`;
const lines = [
  `Benchmarks of ${results.date.slice(0, 10)} on ${machine}`,
  '',
  '| split | system | topic top-1 | out-of-scope rejected | urgent recall | false urgent | clarify |',
  '|---|---|---|---|---|---|---|',
  ...retrieval.accuracy.flatMap(({ split, questions, annulus, plainFuse }) => [
    [`${split} (${questions})`, 'Annulus', annulus] as const,
    [`${split} (${questions})`, 'plain Fuse.js', plainFuse] as const,
  ].map(([name, system, s]) => `| ${name} | ${system} | ${pct(s.topicTop1)} | ${pct(s.outOfScopeRejected)} | ${pct(s.urgentRecall)} | ${pct(s.falseUrgent)} | ${pct(s.clarifyRate)} |`)),
  '',
  '| knowledge base | entries | index build | p50 per question | p99 per question |',
  '|---|---|---|---|---|',
  ...retrieval.latency.map((l, i) => `| ${i === 0 ? 'shipped' : 'generated'} | ${l.entries} | ${l.buildMs.toFixed(0)} ms | ${l.p50Ms.toFixed(3)} ms | ${l.p99Ms.toFixed(3)} ms |`),
];
console.log(lines.join('\n'));
