// A code the server has never seen for this key. @see RFC 6238 §5.2 and docs/api-contract.md §4: a server
// accepts a time step at most once, so after a code is used (or rejected) the next one must come
// from a later step. The last step submitted per vault account is kept in storage.session, so a
// restarted worker or a reopened popup does not send the same code again.
import { generateCode, timeStep, type OtpAccount } from '../../otp';
import { readStored, writeStored } from '../../storage/stored-io';
import { defineStoredItem } from '../../storage/stored-item';
import * as z from '../../zod';

const ledgerSchema = z.lazy(() => z.plainRecord(z.int().check(z.gte(0))));
type Ledger = z.infer<typeof ledgerSchema>;

/**
 * The last step submitted, by vault account id. A damaged ledger reads as empty: at worst one code
 * is refused as a replay, never sent twice by us.
 */
export const usedCodeStepsItem = defineStoredItem<Ledger>({
  area: 'session',
  key: 'usedCodeSteps',
  parser: ledgerSchema,
  fallback: {},
  version: 1,
});

export type FreshCodeDeps = {
  now(): number;
  /** Waits `ms` milliseconds; tests pass a fake that moves their clock. */
  sleep(ms: number): Promise<void>;
};

export const realTimers: FreshCodeDeps = {
  now: Date.now,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

const readLedger = () => readStored(usedCodeStepsItem);

/** The first moment (epoch ms) at which `account` has a step that was never submitted. */
export async function freshCodeReadyAt(account: OtpAccount & { id: string }, now: number): Promise<number> {
  const used = (await readLedger())[account.id];
  const step = timeStep(account.period, now);
  return used === undefined || step > used ? now : (used + 1) * account.period * 1000;
}

// Claims are made one at a time: two takes together (two logins, a login and an enrolment) would
// otherwise both read the ledger before either wrote it, and send the same step twice or drop the
// other's entry. Waiting for a step happens outside, so one take never holds up another.
let claims: Promise<unknown> = Promise.resolve();

function claimStep(account: OtpAccount & { id: string }, at: number): Promise<boolean> {
  const run = claims.then(async () => {
    const ledger = await readLedger();
    const step = timeStep(account.period, at);
    const used = ledger[account.id];
    if (used !== undefined && step <= used) return false;
    await writeStored(usedCodeStepsItem, { ...ledger, [account.id]: step });
    return true;
  });
  claims = run.catch(() => undefined);
  return run;
}

/**
 * A code the user typed for this account's key is spent too: if it is the account's code of the
 * current step or one either side (what a server accepts, RFC 6238 §5.2), that step is recorded,
 * so that a code taken from the vault afterwards is never the same one.
 */
export async function spendTypedCode(account: OtpAccount & { id: string }, code: string, now: number): Promise<void> {
  for (const offset of [1, 0, -1]) {
    const at = now + offset * account.period * 1000;
    if ((await generateCode(account, at)) === code) {
      await claimStep(account, at);
      return;
    }
  }
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
  // Ends: a lost claim means another take recorded this step, so the next round waits for a later one.
  for (;;) {
    const readyAt = await freshCodeReadyAt(account, deps.now());
    const wait = readyAt - deps.now();
    if (wait > 0) await deps.sleep(wait);
    const at = Math.max(deps.now(), readyAt);
    if (await claimStep(account, at)) return generateCode(account, at);
  }
}
