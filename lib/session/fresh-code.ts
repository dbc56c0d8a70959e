// A code the server has never seen for this key. @see RFC 6238 §5.2 and api-contract §4: a server
// accepts a time step at most once, so after a code is used (or rejected) the next one must come
// from a later step. The last step submitted per vault account is kept in storage.session, so a
// restarted worker or a reopened popup does not send the same code again.
import { browser } from 'wxt/browser';
import { generateCode, timeStep, type OtpAccount } from '../otp';

const LEDGER_KEY = 'usedCodeSteps';

type Ledger = Record<string, number>;

export type FreshCodeDeps = {
  now(): number;
  /** Waits `ms` milliseconds; tests pass a fake that moves their clock. */
  sleep(ms: number): Promise<void>;
};

export const realTimers: FreshCodeDeps = {
  now: Date.now,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

async function readLedger(): Promise<Ledger> {
  const stored: unknown = (await browser.storage.session.get(LEDGER_KEY))[LEDGER_KEY];
  return stored !== null && typeof stored === 'object' ? (stored as Ledger) : {};
}

/** The first moment (epoch ms) at which `account` has a step that was never submitted. */
export async function freshCodeReadyAt(account: OtpAccount & { id: string }, now: number): Promise<number> {
  const used = (await readLedger())[account.id];
  const step = timeStep(account.period, now);
  return used === undefined || step > used ? now : (used + 1) * account.period * 1000;
}

/**
 * A TOTP code from a step after the last one submitted for this account, waiting (at most one
 * period) for that step to begin. The step is recorded before the code is returned: whatever the
 * server answers, this code is spent.
 */
export async function takeFreshTotpCode(
  account: OtpAccount & { id: string },
  deps: FreshCodeDeps = realTimers,
): Promise<string> {
  const readyAt = await freshCodeReadyAt(account, deps.now());
  const wait = readyAt - deps.now();
  if (wait > 0) await deps.sleep(wait);
  const at = Math.max(deps.now(), readyAt);
  const ledger = await readLedger();
  await browser.storage.session.set({ [LEDGER_KEY]: { ...ledger, [account.id]: timeStep(account.period, at) } });
  return generateCode(account, at);
}
