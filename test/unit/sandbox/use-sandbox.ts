// One real sandbox per test file, started before its tests and closed after them; shared by the
// sandbox's own tests and the contract tests of the clients.
import { afterAll, beforeAll } from 'vitest';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/server';

export type SandboxHandle = {
  /** `http://127.0.0.1:PORT`: only valid inside tests and hooks (the server starts in beforeAll). */
  readonly url: string;
  readonly demo: Sandbox['demo'];
};

/** Starts a sandbox with `options` before the file's tests and closes it after them. */
export function useSandbox(options: SandboxOptions = {}): SandboxHandle {
  let sandbox: Sandbox | undefined;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, quiet: true, ...options });
  });
  afterAll(async () => {
    await sandbox?.close();
  });
  function started(): Sandbox {
    if (!sandbox) throw new Error('The sandbox is not running: use it inside a test or a hook.');
    return sandbox;
  }
  return {
    get url() {
      return started().url;
    },
    get demo() {
      return started().demo;
    },
  };
}
