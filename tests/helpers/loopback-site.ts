import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoopbackSite {
  /** `http://127.0.0.1:PORT`: another origin than the Annulus server under test. */
  origin: string;
  close(): Promise<void>;
}

/** A throwaway web server on an ephemeral loopback port: a clinic's site, for pages that embed the widget. */
export async function serveOnLoopback(handler: RequestListener): Promise<LoopbackSite> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
