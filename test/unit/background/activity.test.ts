import { describe, expect, it } from 'vitest';
import { recordActivity } from '../../../lib/background/activity';
import { bindMessages } from '../../../lib/background/background-route';
import { fakeDeps } from './fake-deps';

describe('idle timer', () => {
  it('restarts on deliberate use of an unlocked vault only', async () => {
    const deps = fakeDeps();
    const messages = bindMessages(deps);
    await recordActivity(messages['vault.unlock'], deps); // uninitialised: nothing to time
    await deps.vault.createVault('a long passphrase');
    await recordActivity(messages['vault.status'], deps);
    await recordActivity(messages['codes.current'], deps);
    expect(deps.alarms).toEqual([]);
    await recordActivity(messages['accounts.list'], deps);
    await recordActivity(messages['hotp.next'], deps);
    expect(deps.alarms).toEqual(['touch:15', 'touch:15']);
  });

  it('locks the vault when the timer cannot be set, rather than leave it open', async () => {
    const deps = fakeDeps();
    const messages = bindMessages(deps);
    await deps.vault.createVault('a long passphrase');
    deps.autoLock.touchAutoLock = async () => {
      throw new Error('alarms unavailable');
    };
    await recordActivity(messages['vault.unlock'], deps);
    expect(await deps.vault.getVaultState()).toBe('locked');
    expect(deps.events).toEqual(['vault.locked']);
  });
});
