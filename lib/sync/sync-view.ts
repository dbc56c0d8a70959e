// What the management page is told about sync. No secret: counts, times, and account names only
// while the vault is unlocked (they are what the page shows anyway).
export type SyncView =
  | {
      on: false;
      /** Whether storage.sync holds a vault this browser could join; refused: it holds one this release cannot use. */
      found: 'none' | 'found' | 'refused';
      refused?: string;
      /** The refused data is damaged: turning sync on here replaces it with this vault. */
      replaceable?: boolean;
    }
  | {
      on: true;
      found: 'joined';
      /** Epoch ms of the last complete cycle. */
      syncedAt?: number;
      /** Accounts the browser's sync has no room for, and their names while the vault is unlocked. */
      notSynced: number;
      notSyncedNames: string[];
      /** Synced parts skipped as unreadable at the last cycle. */
      skipped: number;
      /** Why the last cycle stopped, by name. */
      stoppedBy?: string;
    };
