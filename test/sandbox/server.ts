/**
 * The sandbox API: a local, faithful implementation of the EMnify and Amadis
 * contracts (docs: test/sandbox/README.md, contract: docs/api-contract.md) plus a
 * control API under `/__sandbox/`. Used by `npm start` and the tests.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { amadisOauthRoutes, requireOauthForm } from './amadis-oauth';
import { amadisRoutes, requireAmadisForm } from './amadis-routes';
import { createClock } from './clock';
import type { SandboxContext } from './context';
import { controlRoutes, requireControlJson } from './control-routes';
import { describeDemo, type SandboxDemo } from './demo-info';
import { accountRoutes } from './emnify-account-routes';
import { authenticate } from './emnify-authenticate';
import { deviceRoutes } from './emnify-device-routes';
import { mfaRoutes } from './emnify-mfa-routes';
import { HttpError, notFound } from './errors';
import { assertLoopbackHost } from './host-check';
import { assertNotFromWebPage } from './origin-check';
import { readRawBody, requireEmnifyJson, sendReply } from './http-io';
import { resolveOptions, type SandboxOptions } from './options';
import { createRateLimiter, enforceRateLimit } from './rate-limit';
import { carriesBody, createRouter, type BodyRule, type RateLimitName, type Reply, type Route } from './router';
import { addDemoAdmin, createDemoSecrets, createSeedState } from './seed';
import { loadStateFile, saveStateFile } from './state-file';

export type { SandboxOptions } from './options';
export type { SandboxDemo } from './demo-info';

export interface Sandbox {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  close(): Promise<void>;
  demo: SandboxDemo;
}

/**
 * Gives every route of one server family its body rule (on the methods that
 * carry a body) and its rate limit, so that no single route can forget either.
 */
function family(rules: { body: BodyRule; rateLimit?: RateLimitName }, routes: Route[]): Route[] {
  return routes.map((route) => ({
    ...route,
    body: carriesBody(route.method) ? rules.body : undefined,
    rateLimit: rules.rateLimit,
  }));
}

/** Order matters: literal paths before the `:param` routes that would also match them. */
const findRoute = createRouter([
  ...family({ body: requireControlJson }, controlRoutes),
  ...family({ body: requireOauthForm }, amadisOauthRoutes),
  ...family({ body: requireAmadisForm }, amadisRoutes),
  ...family({ body: requireEmnifyJson, rateLimit: 'authenticate' }, [
    { method: 'POST', pattern: '/api/v1/authenticate', handler: authenticate },
  ]),
  ...family({ body: requireEmnifyJson, rateLimit: 'general' }, [...deviceRoutes, ...mfaRoutes, ...accountRoutes]),
]);

function errorReply(error: unknown): Reply {
  if (error instanceof HttpError) return { status: error.status, body: error.body };
  console.error('sandbox: unexpected error', error);
  return { status: 500, body: { error_code: 1000, error_token: 'InternalError', message: 'Internal sandbox error.' } };
}

/** Routes one request whose body has been read; runs alone (see the queue in startSandbox). */
async function dispatch(
  method: string,
  path: string,
  request: IncomingMessage,
  rawBody: string,
  context: SandboxContext,
): Promise<Reply> {
  try {
    const ip = request.socket.remoteAddress ?? 'unknown';
    const match = findRoute(method, path);
    if (!match) throw notFound(`No route for ${method} ${path}.`);
    const sandboxRequest = { method, path, params: match.params, headers: request.headers, rawBody, ip };
    // Before the rate limit: a request no page could send with a JSON type must not use up a budget either.
    match.route.body?.(sandboxRequest, context);
    enforceRateLimit(match.route.rateLimit, ip, context);
    return await match.route.handler(sandboxRequest, context);
  } catch (error) {
    return errorReply(error);
  } finally {
    // Failed logins change state too (lockout counters), so every non-GET is saved.
    if (method !== 'GET' && context.options.stateFile) saveStateFile(context.options.stateFile, context.state);
  }
}

export async function startSandbox(options?: SandboxOptions): Promise<Sandbox> {
  const resolved = resolveOptions(options);
  const clock = createClock();
  const loaded = resolved.stateFile ? loadStateFile(resolved.stateFile) : undefined;
  const windowMs = resolved.rateLimitWindowSeconds * 1000;
  const context: SandboxContext = {
    state: loaded ? addDemoAdmin(loaded, clock.now()) : createSeedState(createDemoSecrets(), clock.now()),
    clock,
    options: resolved,
    limits: {
      authenticate: createRateLimiter(resolved.authenticateRateLimit, windowMs),
      general: createRateLimiter(resolved.generalRateLimit, windowMs),
    },
  };
  if (resolved.stateFile && !loaded) saveStateFile(resolved.stateFile, context.state);

  // Handlers await (TOTP uses WebCrypto); running them one at a time keeps
  // check-then-update sequences (replay, lockout, single-use tokens) atomic.
  let queue: Promise<unknown> = Promise.resolve();
  function serialized(task: () => Promise<Reply>): Promise<Reply> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    // The path as sent, query dropped: a URL parser would resolve `..` and
    // backslashes, and the router must see what a real server would see.
    const path = (request.url ?? '').split('?')[0] ?? '';
    let reply: Reply;
    try {
      assertLoopbackHost(request.headers.host, request.socket.localPort);
      assertNotFromWebPage(request.headers.origin);
      const rawBody = await readRawBody(request);
      reply = await serialized(() => dispatch(method, path, request, rawBody, context));
    } catch (error) {
      reply = errorReply(error);
    }
    sendReply(response, reply);
    // Never the body or headers: they carry passwords, codes and tokens.
    if (!resolved.quiet) console.log(`${method} ${path} -> ${reply.status}`);
  }

  const server = createServer((request, response) => {
    void handle(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(resolved.port, resolved.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${resolved.host}:${port}`,
    demo: describeDemo(context.state),
    close: function close(): Promise<void> {
      return new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections (fetch keeps them) would otherwise hold close() open.
        server.closeAllConnections();
      });
    },
  };
}
