// Everything the extension keeps in browser.storage, one entry per key (or family of keys), each
// declared by its owner. "Erase everything" removes what is listed here, and the tests hold every
// key found in storage to this list: a new item that is not added here is caught by them. An item a
// release stops using stays listed, so that erasing still removes what earlier releases left.
import { pendingAutofillItem } from '../autofill/worker/autofill-pending';
import { backupStatusItem } from '../backup/backup-status';
import { usedCodeStepsItem } from '../server/session/fresh-code';
import { serverProfilesItem } from '../server/profiles/profiles';
import { lastLoginItem } from '../server/session/last-login';
import { RETIRED_SESSION_ITEMS } from '../server/session/retired-session-items';
import { sessionRecordItem } from '../server/session/session-machine';
import { settingsItem } from '../settings/settings-item';
import { syncBaseItem, syncLinkItem, syncStatusItem, syncWritesItem } from '../sync/sync-items';
import type { StoredEntry } from '../storage/stored-item';
import { deletedAccountsFamily } from '../vault/deleted-accounts';
import { openingViewItem } from '../accounts/opening-view';
import { vaultKeyItem } from '../vault/session-key';

export const STORAGE_CATALOGUE: readonly StoredEntry[] = [
  // storage.local: kept across browser restarts; nothing secret.
  settingsItem,
  serverProfilesItem,
  lastLoginItem,
  backupStatusItem,
  // Sync's own bookkeeping (the base state sealed); erasing turns sync off in this browser and
  // leaves the synced copy to the other browsers.
  syncLinkItem,
  syncBaseItem,
  syncStatusItem,
  syncWritesItem,
  // storage.session: memory only, gone with the browser session.
  vaultKeyItem,
  deletedAccountsFamily,
  sessionRecordItem,
  ...RETIRED_SESSION_ITEMS,
  usedCodeStepsItem,
  pendingAutofillItem,
  openingViewItem,
];
