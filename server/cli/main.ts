import { parseArgs } from 'node:util';
import { ask } from './ask.js';
import { evaluate } from './eval.js';
import { kbCheck } from './kb-check.js';
import { serve } from './serve.js';

const USAGE = `usage:
  annulus serve                       run the server (settings from the environment, contract section 2)
  annulus ask ["QUESTION"] [--json]   answer one question (or converse, without a question)
  annulus eval FILE.jsonl [--json]    run a question set through the same path
      [--against EARLIER.json]        ...and list the answers that changed since an earlier --json run
  annulus kb check [--json]           validate the knowledge folder (KB_DIR, default ./knowledge)
`;

/** The `annulus` command. Returns the exit code. */
export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean', default: false }, against: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    err.write(`annulus: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  const json = parsed.values.json ?? false;
  try {
    if (parsed.values.help) {
      out.write(USAGE);
      return 0;
    }
    if (command === 'serve' && rest.length === 0) return await serve(out);
    if (command === 'ask' && rest.length <= 1) return await ask(rest[0], json, out);
    const against = parsed.values.against;
    if (against !== undefined && (command !== 'eval' || json)) {
      err.write(`annulus: --against belongs to annulus eval, without --json\n${USAGE}`);
      return 2;
    }
    if (command === 'eval' && rest.length === 1) return evaluate(rest[0] as string, json, out, against);
    if (command === 'kb' && rest[0] === 'check' && rest.length === 1) return kbCheck(json, out);
    err.write(USAGE);
    return 2;
  } catch (error) {
    err.write(`annulus: ${(error as Error).message}\n`);
    return 1;
  }
}
