// What this browser keeps about its part in the synced vault, in storage.local. Nothing here is
// secret: the base state is sealed under the vault's data key before it is stored, the status
// names accounts by id only (their names are sealed in the vault).
import { defineStoredItem, type Parser } from '../storage/stored-item';
import * as z from '../zod';

/** Present while sync is on in this browser. */
export interface SyncLink {
  /** The synced vault this browser takes part in (a random id, also in the synced meta item). */
  vaultId: string;
  /** This browser's name in revisions: random, never reused by another browser. */
  replicaId: string;
  /**
   * The generation of the synced keyring this browser last agreed on: a higher one is a passphrase
   * changed elsewhere since; a lower one is never taken.
   */
  agreedGeneration?: number;
}

/** How the last sync went, for the management page. */
export interface SyncStatus {
  /** Epoch ms of the last cycle that read and wrote without error. */
  syncedAt?: number;
  /** Live accounts the browser's sync has no room for (newest first left out). */
  notSynced: string[];
  /** Synced units that could not be read and were skipped: their names and why, never their content. */
  problems: { unit: string; reason: string }[];
  /** Why the last cycle stopped, as an error name (a quota, a refused key, a newer format). */
  stoppedBy?: string;
}

// Built on first use (z.lazy), as the other items' shapes: only sync reads them.
const text = z.string().check(z.minLength(1));

const syncLinkSchema = z.lazy(() =>
  z.object({
    vaultId: text,
    replicaId: text,
    // A damaged generation reads as none: the next cycle agrees on the keyring again.
    agreedGeneration: z.catch(z.optional(z.int()), undefined),
  }),
);

export const syncLinkItem = defineStoredItem<SyncLink | undefined>({
  area: 'local',
  key: 'syncLink',
  parser: syncLinkSchema as Parser<SyncLink | undefined>,
  fallback: undefined,
  version: 1,
});

/** The state this browser's vault last agreed with, packed and sealed as the synced items are. */
export const syncBaseItem = defineStoredItem<Record<string, string> | undefined>({
  area: 'local',
  key: 'syncBase',
  parser: z.lazy(() => z.plainRecord(text)) as Parser<Record<string, string> | undefined>,
  fallback: undefined,
  version: 1,
  removeDamaged: true,
});

// Each part that does not parse reads as none: the status is only ever shown, and the next cycle writes it anew.
const syncStatusSchema = z.lazy(() =>
  z.object({
    syncedAt: z.catch(z.optional(z.number()), undefined),
    notSynced: z.catch(z.array(text), []),
    problems: z.catch(z.array(z.object({ unit: text, reason: text })), []),
    stoppedBy: z.catch(z.optional(text), undefined),
  }),
);

export const syncStatusItem = defineStoredItem<SyncStatus>({
  area: 'local',
  key: 'syncStatus',
  parser: syncStatusSchema,
  fallback: { notSynced: [], problems: [] },
  version: 1,
});

/** When this browser wrote to storage.sync in the last hour: the pace is kept across worker restarts. */
export const syncWritesItem = defineStoredItem<number[]>({
  area: 'local',
  key: 'syncWrites',
  parser: z.lazy(() => z.array(z.number())),
  fallback: [],
  version: 1,
});
