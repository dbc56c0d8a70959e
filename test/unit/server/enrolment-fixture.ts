// One sandbox per test file and, per test, a reset sandbox pinned mid-step, a new user logged in
// with a password, and a fresh harness. After every test, everything the pages were told and
// every error thrown is searched for the passwords, tokens and seeds the test used.
import { afterEach, beforeEach, expect } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toBase64 } from '../../../lib/crypto/bytes';
import { decodeBase32 } from '../../../lib/otp';
import { sha1Hex } from '../../sandbox/hashing';
import { addSandboxUser, resetSandbox, useSandbox } from '../api/contract/sandbox-harness';
import { pinServerClock, type ServerClock } from '../api/contract/server-clock';
import { enrolmentHarness, type Harness } from './enrolment-harness';

export const USER = { email: 'enrol.me@sandbox.test', password: 'enrol-Me-pass-7d41' };

export type Fixture = {
  h: Harness;
  /** The sandbox's clock: our fake clock moves it along on every sleep. */
  clock: ServerClock;
  url: string;
  /** More values the test used that no reply or error may contain (another password, a token…). */
  keep(...values: (string | undefined)[]): void;
};

/** Values shorter than this could match innocently (an id, a port); every secret here is longer. */
const MIN_SECRET_LENGTH = 8;

export function useEnrolmentFixture(): () => Fixture {
  const sandbox = useSandbox();
  let fixture: Fixture | undefined;
  let secrets: Set<string>;

  beforeEach(async () => {
    fakeBrowser.reset();
    await resetSandbox(sandbox.url);
    const clock = await pinServerClock(sandbox.url);
    await addSandboxUser(sandbox.url, USER);
    const h = await enrolmentHarness(sandbox.url, {
      start: clock.estimate(),
      onSleep: (ms) => clock.advance(ms / 1000),
    });
    await h.login(USER.email, USER.password);
    secrets = new Set();
    const keep = (...values: (string | undefined)[]) => {
      for (const value of values) if (value !== undefined && value.length >= MIN_SECRET_LENGTH) secrets.add(value);
    };
    keep(USER.password, sha1Hex(USER.password));
    const tokens = await h.tokens();
    keep(tokens?.authToken, tokens?.refreshToken);
    fixture = { h, clock, url: sandbox.url, keep };
  });

  afterEach(async () => {
    if (!fixture) return;
    const { h, keep } = fixture;
    const tokens = await h.tokens();
    keep(tokens?.authToken, tokens?.refreshToken);
    const seeds = h.board
      .createdKeys()
      .flatMap(({ secretKey }) => seedForms(secretKey))
      .filter((form) => form.length >= MIN_SECRET_LENGTH);
    const { replies, errorTexts } = h.transcript();
    for (const { type, json } of replies) {
      for (const secret of secrets) expect(json, `a ${type} reply`).not.toContain(secret);
      // The one reply allowed to carry a seed. @see protocol.ts, enrolment.reveal
      if (type === 'enrolment.reveal') continue;
      for (const seed of seeds) expect(json, `a ${type} reply`).not.toContain(seed);
      expect(json, `a ${type} reply`).not.toMatch(/"secret"/u);
    }
    for (const text of errorTexts) {
      for (const secret of [...secrets, ...seeds]) expect(text, 'an error').not.toContain(secret);
    }
    fixture = undefined;
  });

  return () => {
    if (!fixture) throw new Error('The enrolment fixture is only set up inside a test.');
    return fixture;
  };
}

/** A seed as the server wrote it, as the reveal groups it, and in the forms a stored account has. */
function seedForms(secretKey: string): string[] {
  const grouped = secretKey.match(/.{1,4}/gu)?.join(' ') ?? secretKey;
  const forms = [secretKey, grouped, secretKey.toLowerCase()];
  try {
    forms.push(toBase64(decodeBase32(secretKey)));
  } catch {
    // A scripted answer with a broken seed: its text forms are all there is.
  }
  return forms;
}
