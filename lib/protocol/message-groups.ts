// Every message the background answers, by the capability that defines it. The background's gate
// is built from this list and the pages' protocol type is derived from it, so a message exists
// once: where its capability defines it.
import { accountManagementMessages } from '../accounts/account-management-messages';
import { accountMessages } from '../accounts/account-messages';
import { accountOrderMessages } from '../accounts/account-order-messages';
import { popupMessages } from '../accounts/popup-messages';
import { autofillMessages } from '../autofill/worker/autofill-messages';
import { backupMessages } from '../backup/backup-messages';
import { clipboardMessages } from '../clipboard/clipboard-messages';
import { importMessages } from '../import/import-messages';
import { accountFlowMessages } from '../server/account-flows/account-flow-messages';
import { devicesMessages } from '../server/devices/devices-messages';
import { enrolmentMessages } from '../server/enrolment/enrolment-messages';
import { mfaKeysMessages } from '../server/mfa-keys/mfa-keys-messages';
import { otherUsersMessages } from '../server/other-users/other-users-messages';
import { profileMessages } from '../server/profiles/profile-messages';
import { sessionMessages } from '../server/session/session-messages';
import { tieMessages } from '../server/ties/tie-messages';
import { settingsMessages } from '../settings/settings-messages';
import { syncMessages } from '../sync/sync-messages';
import { vaultMessages } from '../vault/vault-messages';

export const MESSAGE_GROUPS = [
  popupMessages,
  vaultMessages,
  accountMessages,
  accountManagementMessages,
  accountOrderMessages,
  profileMessages,
  sessionMessages,
  enrolmentMessages,
  accountFlowMessages,
  devicesMessages,
  mfaKeysMessages,
  otherUsersMessages,
  tieMessages,
  importMessages,
  backupMessages,
  settingsMessages,
  syncMessages,
  clipboardMessages,
  autofillMessages,
] as const;
