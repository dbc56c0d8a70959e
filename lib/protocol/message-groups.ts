// Every message the background answers, by the capability that defines it. The background's gate
// is built from this list and the pages' protocol type is derived from it, so a message exists
// once: where its capability defines it.
import { accountManagementMessages } from '../accounts/account-management-messages';
import { accountMessages } from '../accounts/account-messages';
import { popupMessages } from '../accounts/popup-messages';
import { autofillMessages } from '../autofill/worker/autofill-messages';
import { backupMessages } from '../backup/backup-messages';
import { clipboardMessages } from '../clipboard/clipboard-messages';
import { importMessages } from '../import/import-messages';
import { accountFlowMessages } from '../server/account-flow-messages';
import { enrolmentMessages } from '../server/enrolment-messages';
import { profileMessages } from '../server/profile-messages';
import { serverManagementMessages } from '../server/server-management-messages';
import { sessionMessages } from '../server/session-messages';
import { settingsMessages } from '../settings/settings-messages';
import { vaultMessages } from '../vault/vault-messages';

export const MESSAGE_GROUPS = [
  popupMessages,
  vaultMessages,
  accountMessages,
  accountManagementMessages,
  profileMessages,
  sessionMessages,
  enrolmentMessages,
  accountFlowMessages,
  serverManagementMessages,
  importMessages,
  backupMessages,
  settingsMessages,
  clipboardMessages,
  autofillMessages,
] as const;
