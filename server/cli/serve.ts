import { readConfig } from '../config/env.js';
import { createServer } from '../http/app.js';

/** `annulus serve`: the server on the environment's settings, until SIGTERM or SIGINT. */
export async function serve(out: NodeJS.WritableStream): Promise<number> {
  const server = await createServer(readConfig());
  const url = await server.listen();
  out.write(`Annulus is running. Demo page: ${url}/\n`);
  await new Promise<void>((resolve) => {
    const stop = () => void server.close().then(resolve);
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  return 0;
}
