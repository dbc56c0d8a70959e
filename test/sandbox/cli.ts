/**
 * `npm run sandbox -- [--port N] [--state FILE] [--token-minutes N] [--quiet]`
 *
 * Prints exactly one `SANDBOX_URL=...` line first (scripts wait for it), then
 * the demo credentials for a person. Stops cleanly on SIGINT / SIGTERM.
 */
import { parseArgs } from 'node:util';
import { startSandbox } from './server';
import { otpauthUri } from './users';

const DEFAULT_PORT = 8787;

function usage(): string {
  return (
    'Usage: npm run sandbox -- [--port N (default 8787, 0 = any free)] [--state FILE]' +
    ' [--token-minutes N (default 240)] [--quiet]'
  );
}

function parseNumber(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`--${name} must be a whole number, not "${text}".\n${usage()}`);
  }
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      state: { type: 'string' },
      'token-minutes': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage());
    return;
  }
  const sandbox = await startSandbox({
    port: parseNumber('port', values.port, DEFAULT_PORT),
    stateFile: values.state,
    authTokenMinutes: parseNumber('token-minutes', values['token-minutes'], 240),
    quiet: values.quiet,
  });
  const { mfaUser, plainUser, adminUser, amadisClient } = sandbox.demo;
  console.log(`SANDBOX_URL=${sandbox.url}`);
  console.log(`EMnify demo user, MFA on : ${mfaUser.email} / ${mfaUser.password} (id ${mfaUser.id})`);
  console.log(`  TOTP seed (Base32, SHA-1, 6 digits, 30 s): ${mfaUser.mfaSecret}`);
  console.log(`  ${otpauthUri(mfaUser.email, mfaUser.mfaSecret)}`);
  console.log(`EMnify demo user, no MFA : ${plainUser.email} / ${plainUser.password} (id ${plainUser.id})`);
  console.log(`  application token: ${plainUser.applicationToken}`);
  console.log(`EMnify demo administrator: ${adminUser.email} / ${adminUser.password} (id ${adminUser.id})`);
  console.log(`  manages the other users' MFA keys and trusted devices by id (Manage → Other users)`);
  console.log(`Amadis OAuth client      : ${amadisClient.clientId} / ${amadisClient.clientSecret}`);
  console.log(`Control API: ${sandbox.url}/__sandbox/ (users, clock, reset; see test/sandbox/README.md)`);
  console.log(values.state ? `State file: ${values.state}` : 'State: in memory (use --state FILE to keep it)');
  console.log('Press Ctrl+C to stop.');

  let stopping = false;
  async function stop(signal: string): Promise<void> {
    if (stopping) return;
    stopping = true;
    await sandbox.close();
    console.log(`Sandbox stopped (${signal}).`);
    process.exit(0);
  }
  process.on('SIGINT', (signal) => void stop(signal));
  process.on('SIGTERM', (signal) => void stop(signal));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
