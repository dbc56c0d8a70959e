// Web sites on this computer for the autofill tests: the same pages on http://127.0.0.1:A and on
// http://localhost:B, which the browser treats as two origins (and two sites), both declared host
// permissions in the manifest like the local sandbox; and on http://127.0.0.2:C, which the manifest
// does not name, as any real site: only a user's gesture (activeTab) lets the extension in there.
// The pages are those of test/fixtures/autofill-e2e, or of another folder (the real-world corpus).
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';

export const E2E_PAGES_DIR = resolve('test/fixtures/autofill-e2e');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

export interface AutofillSites {
  /** http://127.0.0.1:A, the site the test accounts know. */
  main: string;
  /** http://localhost:B, another site with the same pages. */
  other: string;
  /** http://127.0.0.2:C, a site outside the extension's host permissions. */
  unlisted: string;
  close(): Promise<void>;
}

function listen(host: string, pagesDir: string, otherOrigin: () => string): Promise<Server> {
  const server = createServer((request, response) => {
    const name = new URL(request.url ?? '/', 'http://pages.invalid').pathname.slice(1);
    const type = TYPES[extname(name)];
    // Only the files of the folder, by their plain names: no path leaves it.
    if (!type || !/^[a-z0-9-]+\.[a-z]+$/.test(name)) {
      response.writeHead(404).end();
      return;
    }
    let body: string;
    try {
      body = readFileSync(join(pagesDir, name), 'utf8');
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(body.replaceAll('OTHER_ORIGIN', otherOrigin()));
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, host, () => done(server));
  });
}

const port = (server: Server) => (server.address() as AddressInfo).port;

/**
 * Starts the sites on free ports, serving the files of `pagesDir`; a page that frames another site
 * frames the main one's "other" (and the other's, the main one).
 */
export async function startAutofillSites(pagesDir = E2E_PAGES_DIR): Promise<AutofillSites> {
  let main = '';
  let other = '';
  const mainServer = await listen('127.0.0.1', pagesDir, () => other);
  const otherServer = await listen('127.0.0.1', pagesDir, () => main);
  // The whole 127/8 block is this computer's loopback: a second address is a second site.
  const unlistedServer = await listen('127.0.0.2', pagesDir, () => main);
  main = `http://127.0.0.1:${port(mainServer)}`;
  // Chromium resolves localhost to the loopback address itself, whatever the system's resolver says.
  other = `http://localhost:${port(otherServer)}`;
  const servers = [mainServer, otherServer, unlistedServer];
  const stop = (server: Server) => new Promise<void>((done) => server.close(() => done()));
  return {
    main,
    other,
    unlisted: `http://127.0.0.2:${port(unlistedServer)}`,
    close: async () => {
      for (const server of servers) server.closeAllConnections();
      await Promise.all(servers.map(stop));
    },
  };
}
