import type { VaultPort } from '../vault/vault-port';

/**
 * Notes that the account's code was just copied or filled, for the popup's "recently used" order.
 * Kept inside the sealed account with its other fields, through the vault's one update path.
 */
export async function recordAccountUse(vault: VaultPort, id: string, now: number): Promise<void> {
  await vault.updateAccount(id, { lastUsedAt: now });
}
