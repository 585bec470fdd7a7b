/**
 * The Direct Line server as a patient's page sees it: answer latency over the WebSocket stream,
 * answers per second, and heap per idle conversation, each for Annulus and for the floor
 * (floor-server.ts) with the same client. Each server runs in its own process (server-process.ts).
 * Run alone: `npm run build && node dist/bench/server.js`.
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import WebSocket from 'ws';
import { parseEvalSet } from '../server/eval/eval-set.js';
import { quantile } from './quantile.js';

export type ServerKind = 'annulus' | 'floor';

export interface LoadFigures {
  server: ServerKind;
  /**
   * 'repeated': seven common questions, which the server soon remembers (see `decide`). 'new': the
   * development set's questions in turn, so each has been out of the server's memory for 500 others.
   */
  questions: 'repeated' | 'new';
  conversations: number;
  answers: number;
  p50Ms: number;
  p99Ms: number;
  answersPerSecond: number;
}

export interface SoakFigures {
  conversations: number;
  seconds: number;
  answers: number;
  errors: number;
  /** Resident memory at the middle and at the end of the run, and the growth between them. */
  rssMiddleBytes: number;
  rssEndBytes: number;
  rssGrowthLastHalf: number;
  /**
   * The heap after a full collection at the same two moments. Resident memory also moves with when
   * the collector last ran and what the allocator keeps; only this shows what the server holds on to.
   */
  heapMiddleBytes: number;
  heapEndBytes: number;
}

export interface IdleFigures {
  server: ServerKind;
  conversations: number;
  heapGrowthBytes: number;
  bytesPerConversation: number;
}

const SECRET = 'bench-secret-0123456789abcdefghijklmnop';
const LEVELS = [5, 50] as const;
const WARM_UP_MS = 2_000;
const MEASURE_MS = 10_000;
/**
 * Each idle conversation holds one descriptor in the client and one in the server, so below 10,000
 * plus some room for everything else the count shrinks to fit `ulimit -n` (and the table says so).
 */
const FILE_LIMIT = Number(execFileSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' })) || Number.POSITIVE_INFINITY;
const IDLE_CONVERSATIONS = Math.min(10_000, FILE_LIMIT - 1_000);
/** Opened first and left out of the count, so lazily built server state is not charged to the 10,000. */
const IDLE_WARM_UP = 100;
/** Conversations starting at once: enough to be quick, few enough to stay inside the listen backlog. */
const START_CONCURRENCY = 100;
const QUESTIONS = [
  'is an extrusion worse than a protrusion?',
  'do I need an MRI?',
  'what is disc replacement?',
  'how long does sciatica last',
  'what are your opening hours',
  'can physiotherapy help a slipped disc?',
  'is it safe to exercise with a herniated disc?',
];

/** Every question of the development set except the requests for a call-back, which start the lead form. */
function newQuestions(): () => string {
  const questions = parseEvalSet(readFileSync('tests/eval/dev.jsonl', 'utf8'), 'tests/eval/dev.jsonl')
    .filter((q) => !q.expect.includes('handoff'))
    .map((q) => q.q);
  let next = 0;
  return () => questions[next++ % questions.length] as string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 128 });

/** node:http rather than fetch: the client shares two cores with the server, so its cost per request counts. */
function post<T>(url: string, bearer: string, body: unknown): Promise<T> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST', agent,
      headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
    }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => { text += chunk; });
      res.on('end', () => ((res.statusCode ?? 0) < 300 ? resolve(JSON.parse(text) as T) : reject(new Error(`POST ${url} answered ${res.statusCode}: ${text}`))));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

interface WireActivity { type: string; replyToId?: string; from?: { role?: string } }

/** One patient's page: a started conversation with its stream open. */
class Patient {
  /** When each bot reply arrived, by the id it answers: over a socket a reply can beat the POST's own response. */
  private readonly replies = new Map<string, number>();
  private waiting: { id: string; resolve: (at: number) => void; reject: (error: Error) => void } | undefined;

  private constructor(private readonly activitiesUrl: string, private readonly token: string, private readonly userId: string, readonly socket: WebSocket) {
    socket.on('message', (data) => this.receive(String(data)));
    socket.on('close', () => this.waiting?.reject(new Error('the stream closed during a question')));
  }

  static async start(base: string, userId: string): Promise<Patient> {
    const started = await post<{ conversationId: string; token: string; streamUrl: string }>(
      `${base}/v3/directline/conversations`, SECRET, { user: { id: userId } });
    const socket = new WebSocket(started.streamUrl);
    await once(socket, 'open');
    const activitiesUrl = `${base}/v3/directline/conversations/${encodeURIComponent(started.conversationId)}/activities`;
    return new Patient(activitiesUrl, started.token, userId, socket);
  }

  /** Milliseconds from posting `text` to the bot's reply arriving on the socket. */
  async ask(text: string): Promise<number> {
    const posted = performance.now();
    const { id } = await post<{ id: string }>(this.activitiesUrl, this.token, { type: 'message', from: { id: this.userId }, text });
    const arrived = this.replies.get(id) ?? await new Promise<number>((resolve, reject) => { this.waiting = { id, resolve, reject }; });
    this.replies.delete(id);
    return arrived - posted;
  }

  private receive(frame: string): void {
    const at = performance.now();
    if (frame === '') return;
    for (const activity of (JSON.parse(frame) as { activities: WireActivity[] }).activities) {
      if (activity.type !== 'message' || activity.from?.role !== 'bot' || activity.replyToId === undefined) continue;
      if (this.waiting?.id === activity.replyToId) {
        this.waiting.resolve(at);
        this.waiting = undefined;
      } else {
        this.replies.set(activity.replyToId, at);
      }
    }
  }
}

/** A server in a child process with `--expose-gc`, driven over IPC (see server-process.ts). */
export class ServerProcess {
  private constructor(private readonly child: ChildProcess, readonly url: string) {}

  static async spawn(kind: ServerKind): Promise<ServerProcess> {
    const child = fork(fileURLToPath(new URL('./server-process.js', import.meta.url)), [kind], {
      execArgv: ['--expose-gc'], env: { ...process.env, DIRECT_LINE_SECRET: SECRET },
    });
    const [{ url }] = await once(child, 'message') as [{ url: string }];
    return new ServerProcess(child, url);
  }

  async heapUsed(): Promise<number> {
    this.child.send('heap');
    const [{ heapUsed }] = await once(this.child, 'message') as [{ heapUsed: number }];
    return heapUsed;
  }

  async rss(): Promise<number> {
    this.child.send('rss');
    const [{ rss }] = await once(this.child, 'message') as [{ rss: number }];
    return rss;
  }

  async close(): Promise<void> {
    this.child.send('close');
    await once(this.child, 'exit');
  }
}

async function startPatients(base: string, count: number, prefix: string): Promise<Patient[]> {
  const patients: Patient[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) patients.push(await Patient.start(base, `${prefix}-${next++}`));
  };
  await Promise.all(Array.from({ length: Math.min(count, START_CONCURRENCY) }, worker));
  return patients;
}


/**
 * Each patient asks, waits for the answer, and asks again. Only answers asked and received inside
 * the measuring window count, so the warm-up and the stragglers after it do not.
 */
async function closedLoop(server: ServerKind, patients: Patient[], warmUpMs: number, nextNew?: () => string): Promise<LoadFigures> {
  const from = performance.now() + warmUpMs;
  const until = from + MEASURE_MS;
  const times: number[] = [];
  await Promise.all(patients.map(async (patient, i) => {
    for (let n = i; performance.now() < until; n++) {
      const asked = performance.now();
      const ms = await patient.ask(nextNew ? nextNew() : QUESTIONS[n % QUESTIONS.length] as string);
      if (asked >= from && performance.now() <= until) times.push(ms);
    }
  }));
  times.sort((a, b) => a - b);
  return {
    server, questions: nextNew ? 'new' : 'repeated', conversations: patients.length, answers: times.length,
    p50Ms: quantile(times, 0.5), p99Ms: quantile(times, 0.99), answersPerSecond: times.length / (MEASURE_MS / 1000),
  };
}

async function load(kind: ServerKind): Promise<LoadFigures[]> {
  const server = await ServerProcess.spawn(kind);
  const patients = await startPatients(server.url, Math.max(...LEVELS), 'bench');
  const figures: LoadFigures[] = [];
  for (const [i, level] of LEVELS.entries()) {
    // The first level also warms the JIT, under the heaviest load, before anything counts.
    figures.push(await closedLoop(kind, patients.slice(0, level), i === 0 ? WARM_UP_MS * 2 : WARM_UP_MS));
  }
  // The floor answers every question alike; only Annulus does more work for a question it has not seen.
  if (kind === 'annulus') figures.push(await closedLoop(kind, patients, WARM_UP_MS, newQuestions()));
  for (const patient of patients) patient.socket.close();
  await server.close();
  return figures;
}

async function idle(kind: ServerKind): Promise<IdleFigures> {
  const server = await ServerProcess.spawn(kind);
  const warm = await startPatients(server.url, IDLE_WARM_UP, 'warm');
  const before = await server.heapUsed();
  const patients = await startPatients(server.url, IDLE_CONVERSATIONS, 'idle');
  const heapGrowthBytes = await server.heapUsed() - before;
  for (const patient of [...warm, ...patients]) patient.socket.terminate();
  await server.close();
  return { server: kind, conversations: patients.length, heapGrowthBytes, bytesPerConversation: heapGrowthBytes / patients.length };
}

const SOAK_CONVERSATIONS = 200;
const SOAK_MS = 60_000;

/**
 * 200 conversations asking without pause for a minute: every failure counts as an error, and resident
 * memory over the second half shows whether anything accumulates.
 */
async function soak(): Promise<SoakFigures> {
  const server = await ServerProcess.spawn('annulus');
  const patients = await startPatients(server.url, SOAK_CONVERSATIONS, 'soak');
  const until = performance.now() + SOAK_MS;
  let answers = 0;
  let errors = 0;
  // Resident memory first: the collection that measuring the heap forces would shrink it.
  const middle = new Promise<[number, number]>((resolve) => setTimeout(() => {
    void server.rss().then(async (rss) => resolve([rss, await server.heapUsed()]));
  }, SOAK_MS / 2));
  await Promise.all(patients.map(async (patient, i) => {
    for (let n = i; performance.now() < until; n++) {
      try {
        await patient.ask(QUESTIONS[n % QUESTIONS.length] as string);
        answers += 1;
      } catch {
        errors += 1;
      }
    }
  }));
  const [rssMiddleBytes, heapMiddleBytes] = await middle;
  const rssEndBytes = await server.rss();
  const heapEndBytes = await server.heapUsed();
  for (const patient of patients) patient.socket.close();
  await server.close();
  return {
    conversations: patients.length, seconds: SOAK_MS / 1000, answers, errors,
    rssMiddleBytes, rssEndBytes, rssGrowthLastHalf: (rssEndBytes - rssMiddleBytes) / rssMiddleBytes, heapMiddleBytes, heapEndBytes,
  };
}

export async function serverBench() {
  const kinds: ServerKind[] = ['floor', 'annulus'];
  const loadFigures: LoadFigures[] = [];
  for (const kind of kinds) loadFigures.push(...await load(kind));
  const idleFigures: IdleFigures[] = [];
  for (const kind of kinds) idleFigures.push(await idle(kind));
  const soakFigures = await soak();
  agent.destroy();
  return { load: loadFigures, idle: idleFigures, soak: soakFigures };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await serverBench(), null, 2));
}
