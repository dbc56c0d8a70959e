// `npm run sandbox`: the first line is SANDBOX_URL=..., the credentials follow, SIGTERM stops it cleanly.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

test('prints the URL first, then the demo credentials, and exits 0 on SIGTERM', async () => {
  const tsx = resolve(root, 'node_modules/tsx/dist/cli.mjs');
  const child = spawn(process.execPath, [tsx, 'test/sandbox/cli.ts', '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await checkOutput(child);
  } finally {
    // Also on failure: never leave a sandbox process behind.
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});

async function checkOutput(child: ChildProcessByStdio<null, Readable, null>): Promise<void> {
  const lines: string[] = [];
  const reader = createInterface({ input: child.stdout });
  await new Promise<void>((done) => {
    reader.on('line', (line) => {
      lines.push(line);
      if (line.startsWith('Press Ctrl+C')) done();
    });
  });
  expect(lines[0]).toMatch(/^SANDBOX_URL=http:\/\/127\.0\.0\.1:\d+$/);
  expect(lines.filter((line) => line.startsWith('SANDBOX_URL='))).toHaveLength(1);
  const output = lines.join('\n');
  expect(output).toContain('mfa.demo@sandbox.test / mfa-demo-password');
  expect(output).toContain('demo@sandbox.test / demo-password');
  expect(output).toMatch(/administrator: admin\.demo@sandbox\.test \/ admin-demo-password \(id \d+\)/);
  expect(output).toMatch(/TOTP seed .*: [A-Z2-7]{32}/);

  const url = (lines[0] ?? '').slice('SANDBOX_URL='.length);
  expect((await fetch(`${url}/api/v1/user/mfa/status`)).status).toBe(401);
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
}
