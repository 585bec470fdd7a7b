import { readConfig } from '../config/env.js';
import { createServer } from '../http/app.js';

/** `annulus serve`: the server on the environment's settings, until SIGTERM or SIGINT. */
export async function serve(out: NodeJS.WritableStream): Promise<number> {
  const server = await createServer(readConfig());
  const url = await server.listen();
  out.write(`Annulus is running. Demo page: ${url}/\n`);
  out.write(`Staff dashboard: ${url}/staff\n`);
  if (server.generatedStaffPassword) {
    out.write(`Staff password (shown only now; only its hash is kept): ${server.generatedStaffPassword}\n` +
      'Set STAFF_PASSWORD, or delete staff-password.json in DATA_DIR and restart, to change it.\n');
  }
  await new Promise<void>((resolve) => {
    const stop = () => void server.close().then(resolve);
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  return 0;
}
