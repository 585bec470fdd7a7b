/**
 * `npm run bench`: the figures the README reports. Writes bench/results.json and prints Markdown
 * tables. Never part of `npm test`: timings belong in a report, not in assertions.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { Rate } from '../server/eval/score.js';
import { loadKnowledge } from '../server/kb/load.js';
import { retrievalBench } from './retrieval.js';
import { leadNoticeBench } from './lead-notice.js';
import { serverBench, type ServerKind } from './server.js';
import { widgetBench } from './widget.js';

const kb = loadKnowledge(process.env.KB_DIR ?? 'knowledge');
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const retrieval = retrievalBench(kb);
const server = await serverBench();
const leadNotice = await leadNoticeBench();
const widget = await widgetBench();
const results = { date: new Date().toISOString(), machine, retrieval, server, leadNotice, widget };
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

const pct = (r: Rate) => `${(r.rate * 100).toFixed(1)}% (${r.hits}/${r.of})`;
const serverName = (kind: ServerKind) => (kind === 'annulus' ? 'Annulus' : 'floor (bare node:http + ws)');
const floorRate = (conversations: number) =>
  server.load.find((l) => l.server === 'floor' && l.conversations === conversations)?.answersPerSecond ?? Number.NaN;
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
  '',
  '| Direct Line server | questions | conversations | answer p50 | answer p99 | answers/s | share of floor |',
  '|---|---|---|---|---|---|---|',
  ...[...server.load].sort((a, b) => a.conversations - b.conversations).map((l) =>
    `| ${serverName(l.server)} | ${l.questions} | ${l.conversations} | ${l.p50Ms.toFixed(1)} ms | ${l.p99Ms.toFixed(1)} ms | ${Math.round(l.answersPerSecond)} | ${l.server === 'floor' ? '—' : `${(100 * l.answersPerSecond / floorRate(l.conversations)).toFixed(0)}%`} |`),
  '',
  '| Direct Line server | idle conversations | heap growth | heap per conversation |',
  '|---|---|---|---|',
  ...server.idle.map((i) => `| ${serverName(i.server)} | ${i.conversations} | ${(i.heapGrowthBytes / 2 ** 20).toFixed(1)} MiB | ${(i.bytesPerConversation / 1024).toFixed(2)} KiB |`),
  '',
  '| soak | conversations | seconds | answers | errors | resident memory, middle → end | growth over the last 30 s | heap after a full collection, middle → end |',
  '|---|---|---|---|---|---|---|---|',
  `| Annulus | ${server.soak.conversations} | ${server.soak.seconds} | ${server.soak.answers} | ${server.soak.errors} | ${(server.soak.rssMiddleBytes / 2 ** 20).toFixed(0)} → ${(server.soak.rssEndBytes / 2 ** 20).toFixed(0)} MiB | ${(server.soak.rssGrowthLastHalf * 100).toFixed(1)}% | ${(server.soak.heapMiddleBytes / 2 ** 20).toFixed(1)} → ${(server.soak.heapEndBytes / 2 ** 20).toFixed(1)} MiB |`,
  '',
  '| consent to webhook receipt | leads | p50 | p99 | lost | duplicates |',
  '|---|---|---|---|---|---|',
  `| Annulus | ${leadNotice.leads} | ${leadNotice.p50Ms.toFixed(1)} ms | ${leadNotice.p99Ms.toFixed(1)} ms | ${leadNotice.lost} | ${leadNotice.duplicates} |`,
  '',
  '| widget JavaScript | raw | gzip -9 |',
  '|---|---|---|',
  ...widget.sizes.map((s) => `| ${s.name} | ${(s.rawBytes / 1024).toFixed(1)} KiB | ${(s.gzipBytes / 1024).toFixed(1)} KiB |`),
  '',
  '| in Chromium, demo page | samples | p50 | p95 |',
  '|---|---|---|---|',
  `| navigation start to drawn launcher | ${widget.launcher.samples} | ${widget.launcher.p50Ms.toFixed(0)} ms | ${widget.launcher.p95Ms.toFixed(0)} ms |`,
  `| Enter to the answer in the transcript | ${widget.answer.samples} | ${widget.answer.p50Ms.toFixed(0)} ms | ${widget.answer.p95Ms.toFixed(0)} ms |`,
];
console.log(lines.join('\n'));
