import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateCode, type OtpAccount } from '../../../lib/otp';
import { spendTypedCode, takeFreshTotpCode } from '../../../lib/server/session/fresh-code';

const SECRET = new TextEncoder().encode('12345678901234567890');
const account: OtpAccount & { id: string } = {
  id: 'acc-1',
  type: 'totp',
  issuer: 'Example',
  label: 'ann',
  secret: SECRET,
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  counter: 0,
};
const START = 1_800_000_010_000; // 10 s into a 30 s step

function clock() {
  let time = START;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => time,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      time += ms;
    },
  };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('a fresh code for the server', () => {
  it('waits for the next time step after a code was taken, even after a restart', async () => {
    const timers = clock();
    expect(await takeFreshTotpCode(account, timers)).toBe(await generateCode(account, START));
    // storage.session outlives the worker: the same ledger is read again.
    expect(await takeFreshTotpCode(account, timers)).toBe(await generateCode(account, START + 20_000));
    expect(timers.sleeps).toEqual([20_000]);
  });

  it('gives two takes made together two different steps', async () => {
    const timers = clock();
    const codes = await Promise.all([takeFreshTotpCode(account, timers), takeFreshTotpCode(account, timers)]);
    expect(new Set(codes).size).toBe(2);
    expect(codes).toContain(await generateCode(account, START));
  });

  it('keeps the steps of different accounts apart', async () => {
    const timers = clock();
    await takeFreshTotpCode(account, timers);
    await takeFreshTotpCode({ ...account, id: 'acc-2' }, timers);
    expect(timers.sleeps).toEqual([]);
    expect((await fakeBrowser.storage.session.get('usedCodeSteps')).usedCodeSteps).toEqual({ 'acc-1': 60_000_000, 'acc-2': 60_000_000 });
  });

  it('spends the step of a typed code the account would give, up to one step either side', async () => {
    const ledger = async () => (await fakeBrowser.storage.session.get('usedCodeSteps')).usedCodeSteps as unknown;
    await spendTypedCode(account, '000000', START);
    expect(await ledger()).toBeUndefined();
    await spendTypedCode(account, await generateCode(account, START - 30_000), START);
    expect(await ledger()).toEqual({ 'acc-1': 59_999_999 });
    await spendTypedCode(account, await generateCode(account, START + 30_000), START);
    expect(await ledger()).toEqual({ 'acc-1': 60_000_001 });
    const timers = clock();
    expect(await takeFreshTotpCode(account, timers)).toBe(await generateCode(account, START + 50_000));
    expect(timers.sleeps).toEqual([50_000]);
  });

  it('reads a damaged ledger as empty rather than failing', async () => {
    await fakeBrowser.storage.session.set({ usedCodeSteps: { 'acc-1': 'yesterday' } });
    expect(await takeFreshTotpCode(account, clock())).toBe(await generateCode(account, START));
  });
});
