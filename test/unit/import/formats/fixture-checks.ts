// What every format's tests check of a fixture: the accounts read back field by field, with the
// codes oathtool computes for the secrets the fixture was written with, and the skipped rows.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { openImportFile, type FormatEntry, type ImportFile } from '../../../../lib/import/formats';
import { encodeBase32, generateCode, type OtpAccount } from '../../../../lib/otp';
import { FIXTURE_ACCOUNTS, fixtureSecretBase32, type FixtureKey } from '../../../fixtures/import/formats/fixture-accounts';
import { FIXTURE_DIR } from '../../../fixtures/import/formats/generate';
/** Seconds at which the TOTP codes are compared: 2001, 2023, 2033. */
const TIMES = [1_000_000_000, 1_700_000_029, 2_000_000_000];

export function fixtureBytes(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(join(FIXTURE_DIR, name)));
}

export function fixtureFile(name: string, bytes: Uint8Array = fixtureBytes(name)): ImportFile {
  return openImportFile(name, bytes);
}

/** The fixture's JSON, changed by `edit`, as a file again. */
export function editedJson(name: string, edit: (json: Record<string, unknown>) => void): ImportFile {
  const json = JSON.parse(new TextDecoder().decode(fixtureBytes(name))) as Record<string, unknown>;
  edit(json);
  return openImportFile(name, new TextEncoder().encode(JSON.stringify(json)));
}

function oathtool(args: string[]): string {
  return execFileSync('oathtool', args, { encoding: 'utf8' }).trim();
}

/** oathtool's code for an account at a second (TOTP) or at its counter (HOTP, SHA-1 as RFC 4226 defines). */
export function oathtoolCode(account: OtpAccount, seconds: number): string {
  const secret = encodeBase32(account.secret);
  if (account.type === 'hotp') return oathtool(['--hotp', '--base32', `--digits=${account.digits}`, `--counter=${account.counter}`, secret]);
  return oathtool([
    `--totp=${account.algorithm.toLowerCase()}`, '--base32', `--digits=${account.digits}`, `--time-step-size=${account.period}s`, `--now=@${seconds}`, secret,
  ]);
}

/** An account read from a fixture is the fixture account, with the secret it was written with, and oathtool's codes. */
export async function expectFixtureAccount(entry: FormatEntry | undefined, format: string, key: FixtureKey): Promise<void> {
  const want = FIXTURE_ACCOUNTS[key];
  expect(entry?.ok, `${key} read`).toBe(true);
  if (!entry?.ok) return;
  const { account } = entry;
  expect({ ...account, secret: encodeBase32(account.secret) }).toEqual({
    type: want.type,
    issuer: want.issuer,
    label: want.name,
    secret: fixtureSecretBase32(format, key),
    algorithm: want.algorithm,
    digits: want.digits,
    period: want.period,
    counter: want.counter,
  });
  for (const seconds of TIMES) expect(await generateCode(account, seconds * 1000), `${key} at ${seconds}`).toBe(oathtoolCode(account, seconds));
}

/** A row skipped with the reason named by `reason`. */
export function expectSkipped(entry: FormatEntry | undefined, names: { issuer: string; label: string }, reason: RegExp): void {
  expect(entry).toMatchObject({ ok: false, skipped: true, ...names });
  expect(entry?.ok === false && entry.reason).toMatch(reason);
}

/** The first `count` bytes, as a file cut short in the download would be. */
export function truncated(name: string, count: number): ImportFile {
  return fixtureFile(name, fixtureBytes(name).subarray(0, count));
}

/** One byte changed at `offset` (negative counts from the end). */
export function altered(name: string, offset: number): ImportFile {
  const bytes = fixtureBytes(name).slice();
  const at = offset < 0 ? bytes.length + offset : offset;
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  return fixtureFile(name, bytes);
}
