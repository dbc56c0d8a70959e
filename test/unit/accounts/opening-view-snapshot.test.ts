// What the popup paints from the kept view: the code of the present time step, or nothing at all
// when the view cannot be shown as it is (another order, a time outside its codes, a damaged run).
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OPENING_VIEW_AHEAD_MS, snapshotAt, type OpeningView } from '../../../lib/accounts/opening-view';
import { drawOpeningView } from '../../../lib/accounts/opening-view-keeper';
import { generateCode } from '../../../lib/otp';
import type { StoredAccount } from '../../../lib/vault/vault-port';
import { oathtoolTotp } from '../api/contract/oathtool';
import { RFC_SEED_BASE32, storedAccount } from './opening-view-fixtures';

beforeEach(() => {
  fakeBrowser.reset();
});

const draw = (accounts: StoredAccount[], at: number, rows = 8): Promise<OpeningView> =>
  drawOpeningView({ listAccounts: async () => accounts }, rows, at);

/** The RFC 6238 account: SHA-1, 8 digits, 30 s, whose codes Appendix B lists. */
const rfc = storedAccount({ id: 'rfc', digits: 8 });

describe('the code the kept view gives at a moment', () => {
  it('is the RFC 6238 code of the present time step, current until the step ends', async () => {
    const view = await draw([rfc], 1_111_111_109_000);
    expect(snapshotAt(view, 'manual', 15, 1_111_111_109_000)?.codes).toEqual([
      { id: 'rfc', code: '07081804', validUntil: 1_111_111_110_000 },
    ]);
  });

  it('is the next code once the time step has ended', async () => {
    const view = await draw([rfc], 1_111_111_109_000);
    // 1111111110 s is the first second of the next 30 s step.
    expect(snapshotAt(view, 'manual', 15, 1_111_111_110_000)?.codes).toEqual([
      { id: 'rfc', code: '14050471', validUntil: 1_111_111_140_000 },
    ]);
    expect(snapshotAt(view, 'manual', 15, 1_111_111_111_000)?.codes?.[0]?.code).toBe('14050471');
  });

  it('is still right ten minutes after the view was drawn', async () => {
    const view = await draw([rfc], 2_000_000_000_000 - 10 * 60_000);
    expect(snapshotAt(view, 'manual', 15, 2_000_000_000_000)?.codes?.[0]?.code).toBe('69279037');
  });

  it('agrees with oathtool at every step the view holds', async () => {
    const account = storedAccount({ id: 'six' });
    const drawnAt = 1_700_000_012_345;
    const view = await draw([account], drawnAt);
    const [run] = view.codes;
    expect(run?.codes.length).toBeGreaterThanOrEqual(OPENING_VIEW_AHEAD_MS / 30_000);
    for (let step = run!.firstStep; step < run!.firstStep + run!.codes.length; step++) {
      // The middle of each step, as a popup opened at any moment would read it.
      const at = step * 30_000 + 15_000;
      expect(snapshotAt(view, 'manual', 15, at)?.codes?.[0]?.code, `step ${step}`).toBe(oathtoolTotp(RFC_SEED_BASE32, at / 1000));
    }
  });

  it('follows the account’s own period and algorithm', async () => {
    const account = storedAccount({ id: 'minute', period: 60, algorithm: 'SHA256', digits: 7 });
    const drawnAt = 1_700_000_000_000;
    const view = await draw([account], drawnAt);
    const later = drawnAt + 7 * 60_000 + 59_000;
    expect(snapshotAt(view, 'manual', 15, later)?.codes).toEqual([
      { id: 'minute', code: await generateCode(account, later), validUntil: (Math.floor(later / 60_000) + 1) * 60_000 },
    ]);
  });

  it('is the whole first screen, unlocked with the idle delay given', async () => {
    const accounts = [storedAccount({ id: 'a' }), storedAccount({ id: 'b' }), storedAccount({ id: 'c' })];
    const view = await draw(accounts, 1_700_000_000_000, 2);
    expect(snapshotAt(view, 'manual', 42, 1_700_000_000_000)).toEqual({
      status: { state: 'unlocked', autoLockMinutes: 42 },
      accounts: view.accounts,
      total: 3,
      codes: [expect.objectContaining({ id: 'a' }), expect.objectContaining({ id: 'b' })],
      accountSort: 'manual',
    });
    expect(view.accounts.map((account) => account.id)).toEqual(['a', 'b']);
  });
});

describe('a kept view that is not shown', () => {
  const drawnAt = 1_700_000_000_000;

  it('is one whose codes have not begun yet (a clock set back)', async () => {
    const view = await draw([rfc], drawnAt);
    const firstStepStart = view.codes[0]!.firstStep * 30_000;
    expect(snapshotAt(view, 'manual', 15, firstStepStart)).toBeDefined();
    expect(snapshotAt(view, 'manual', 15, firstStepStart - 1)).toBeUndefined();
  });

  it('is one whose last code has run out: a stale view never passes for the present', async () => {
    const view = await draw([rfc], drawnAt);
    const run = view.codes[0]!;
    const end = (run.firstStep + run.codes.length) * 30_000;
    expect(snapshotAt(view, 'manual', 15, end - 1)?.codes?.[0]?.code).toBe(run.codes.at(-1));
    expect(snapshotAt(view, 'manual', 15, end)).toBeUndefined();
    expect(snapshotAt(view, 'manual', 15, end + 24 * 3600_000)).toBeUndefined();
  });

  it('is one drawn in another order than the one chosen now', async () => {
    const view = await draw([rfc], drawnAt);
    expect(snapshotAt(view, 'name', 15, drawnAt)).toBeUndefined();
    expect(snapshotAt(view, 'recent', 15, drawnAt)).toBeUndefined();
  });

  it('is one whose codes change at another period than the account’s', async () => {
    const view = await draw([rfc], drawnAt);
    // A run that is whole in itself (its steps are of 60 s) but does not fit the 30 s account.
    const tampered: OpeningView = { ...view, codes: [{ ...view.codes[0]!, period: 60, firstStep: Math.floor(drawnAt / 60_000) }] };
    expect(snapshotAt(tampered, 'manual', 15, drawnAt)).toBeUndefined();
  });

  it('is one missing the codes of a time-based row', async () => {
    const view = await draw([storedAccount({ id: 'a' }), storedAccount({ id: 'b' })], drawnAt);
    const partial: OpeningView = { ...view, codes: view.codes.filter((run) => run.id !== 'b') };
    expect(snapshotAt(partial, 'manual', 15, drawnAt)).toBeUndefined();
  });
});

describe('counter-based rows', () => {
  it('are shown without a code: each code is asked for when it is used', async () => {
    const hotp = storedAccount({ id: 'counter', type: 'hotp', counter: 7 });
    const view = await draw([hotp, storedAccount({ id: 'time' })], 1_700_000_000_000);
    expect(view.codes.map((run) => run.id)).toEqual(['time']);
    const snapshot = snapshotAt(view, 'manual', 15, 1_700_000_000_000);
    expect(snapshot?.accounts?.map((account) => account.id)).toEqual(['counter', 'time']);
    expect(snapshot?.codes?.map((code) => code.id)).toEqual(['time']);
  });
});
