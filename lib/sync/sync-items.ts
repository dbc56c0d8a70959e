// What this browser keeps about its part in the synced vault, in storage.local. Nothing here is
// secret: the base state is sealed under the vault's data key before it is stored, the status
// names accounts by id only (their names are sealed in the vault).
import { defineStoredItem, type Parser } from '../storage/stored-item';

/** Present while sync is on in this browser. */
export interface SyncLink {
  /** The synced vault this browser takes part in (a random id, also in the synced meta item). */
  vaultId: string;
  /** This browser's name in revisions: random, never reused by another browser. */
  replicaId: string;
  /**
   * The salt of the keyring this browser and the synced meta last agreed on (base64): a keyring
   * with another salt is a passphrase changed since, here or elsewhere.
   */
  agreedSalt?: string;
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

const isString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const syncLinkParser: Parser<SyncLink> = {
  safeParse(value) {
    if (!isRecord(value) || !isString(value.vaultId) || !isString(value.replicaId)) return { success: false };
    const agreed = isString(value.agreedSalt) ? { agreedSalt: value.agreedSalt } : {};
    return { success: true, data: { vaultId: value.vaultId, replicaId: value.replicaId, ...agreed } };
  },
};

export const syncLinkItem = defineStoredItem<SyncLink | undefined>({
  area: 'local',
  key: 'syncLink',
  parser: syncLinkParser as Parser<SyncLink | undefined>,
  fallback: undefined,
  version: 1,
});

const sealedItemsParser: Parser<Record<string, string>> = {
  safeParse: (value) =>
    isRecord(value) && Object.values(value).every(isString) ? { success: true, data: value as Record<string, string> } : { success: false },
};

/** The state this browser's vault last agreed with, packed and sealed as the synced items are. */
export const syncBaseItem = defineStoredItem<Record<string, string> | undefined>({
  area: 'local',
  key: 'syncBase',
  parser: sealedItemsParser as Parser<Record<string, string> | undefined>,
  fallback: undefined,
  version: 1,
  removeDamaged: true,
});

const syncStatusParser: Parser<SyncStatus> = {
  safeParse(value) {
    if (!isRecord(value)) return { success: false };
    const notSynced = Array.isArray(value.notSynced) ? value.notSynced.filter(isString) : [];
    const problems = Array.isArray(value.problems)
      ? value.problems.filter((problem): problem is SyncStatus['problems'][number] => isRecord(problem) && isString(problem.unit) && isString(problem.reason))
      : [];
    return {
      success: true,
      data: {
        notSynced,
        problems,
        ...(typeof value.syncedAt === 'number' && { syncedAt: value.syncedAt }),
        ...(isString(value.stoppedBy) && { stoppedBy: value.stoppedBy }),
      },
    };
  },
};

export const syncStatusItem = defineStoredItem<SyncStatus>({
  area: 'local',
  key: 'syncStatus',
  parser: syncStatusParser,
  fallback: { notSynced: [], problems: [] },
  version: 1,
});

const timesParser: Parser<number[]> = {
  safeParse: (value) =>
    Array.isArray(value) && value.every((time) => typeof time === 'number') ? { success: true, data: value as number[] } : { success: false },
};

/** When this browser wrote to storage.sync in the last hour: the pace is kept across worker restarts. */
export const syncWritesItem = defineStoredItem<number[]>({
  area: 'local',
  key: 'syncWrites',
  parser: timesParser,
  fallback: [],
  version: 1,
});
