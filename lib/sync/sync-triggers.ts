// Every change to the vault made on this browser asks for a sync cycle: the vault port handed to
// everyone passes through here. The writes a cycle itself makes (applySyncedChanges) ask for none.
import type { VaultPort } from '../vault/vault-port';

export function withSyncAfterChanges<V extends VaultPort>(inner: V, syncSoon: () => void): V {
  const after =
    <A extends unknown[], R>(change: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await change(...args);
      } finally {
        syncSoon();
      }
    };
  return {
    ...inner,
    unlockVault: after(inner.unlockVault),
    changePassphrase: after(inner.changePassphrase),
    addAccount: after(inner.addAccount),
    updateAccount: after(inner.updateAccount),
    advanceHotpCounter: after(inner.advanceHotpCounter),
    deleteAccount: after(inner.deleteAccount),
    restoreAccount: after(inner.restoreAccount),
    reorderAccounts: after(inner.reorderAccounts),
  };
}
