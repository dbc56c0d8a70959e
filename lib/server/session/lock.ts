// Locking the vault ends the server session too: tokens, the pending MFA step and fingerprints in
// use are secrets, kept only while the vault is unlocked. Every way of locking goes through here
// (the lock button, the idle alarm, an idle timer that could not be set).
import type { ServerDeps } from '../server-deps';
import { endServerSession } from './end-session';

type LockDeps = Pick<ServerDeps, 'vault' | 'announceLocked' | 'announceSessionChanged'>;

export async function lockVaultAndEndSession(deps: LockDeps): Promise<void> {
  let ended = false;
  try {
    ended = await endServerSession();
  } finally {
    // Whatever happened to the session, the vault locks.
    await deps.vault.lockVault();
  }
  deps.announceLocked();
  if (ended) deps.announceSessionChanged();
}
