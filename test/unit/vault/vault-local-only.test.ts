// An account the user keeps on this browser only: the choice is sealed with the account, like the
// rest of it, and read back as it was written.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toAccountSummary } from '../../../lib/accounts/account-view';
import { createVaultService } from '../../../lib/vault/vault-service';
import { createdVault, dumpAllStores, sampleInput, textsOf } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('localOnly', () => {
  it('survives a round trip through the disk, is set and cleared by an edit, and is absent by default', async () => {
    const { vault, dbName } = await createdVault();
    const kept = await vault.addAccount(sampleInput({ label: 'kept here', localOnly: true }));
    const usual = await vault.addAccount(sampleInput({ label: 'usual' }));
    expect(kept.localOnly).toBe(true);
    expect(usual).not.toHaveProperty('localOnly');

    const restarted = createVaultService({ dbName });
    expect((await restarted.getAccount(kept.id)).localOnly).toBe(true);

    await restarted.updateAccount(usual.id, { localOnly: true });
    await restarted.updateAccount(kept.id, { localOnly: false });
    const again = createVaultService({ dbName });
    expect((await again.getAccount(usual.id)).localOnly).toBe(true);
    expect((await again.getAccount(kept.id)).localOnly).toBe(false);
    // An edit that does not name it leaves it as it is.
    await again.updateAccount(usual.id, { label: 'renamed' });
    expect((await createVaultService({ dbName }).getAccount(usual.id)).localOnly).toBe(true);
  });

  it('is in the ciphertext, never beside it on disk', async () => {
    const { vault, dbName } = await createdVault();
    await vault.addAccount(sampleInput({ localOnly: true }));
    const texts = textsOf(await dumpAllStores(dbName)).join('\n');
    expect(texts).not.toContain('localOnly');
  });

  it('is in the account view only when set', async () => {
    const { vault } = await createdVault();
    const kept = await vault.addAccount(sampleInput({ localOnly: true }));
    const cleared = await vault.addAccount(sampleInput({ localOnly: false }));
    expect(toAccountSummary(kept)).toMatchObject({ localOnly: true });
    expect(toAccountSummary(cleared)).not.toHaveProperty('localOnly');
  });
});
