import type { Handlers } from '../messaging/router';
import { accountFlowHandlers } from './account-flow-handlers';
import { accountHandlers } from './account-handlers';
import { accountManagementHandlers } from './account-management-handlers';
import { autofillHandlers } from '../autofill/worker/autofill-handlers';
import { backupHandlers } from './backup-handlers';
import type { BackgroundDeps } from './deps';
import { enrolmentHandlers } from './enrolment-handlers';
import { importHandlers } from './import-handlers';
import { popupHandlers } from './popup-handlers';
import { profileHandlers } from './profile-handlers';
import { serverManagementHandlers } from './server-management-handlers';
import { sessionHandlers } from './session-handlers';
import { settingsHandlers } from './settings-handlers';
import { vaultHandlers } from './vault-handlers';

/** Every message the background answers, one small async function each. */
export function createHandlers(deps: BackgroundDeps): Handlers {
  return {
    ...popupHandlers(deps),
    ...vaultHandlers(deps),
    ...accountHandlers(deps),
    ...profileHandlers(deps),
    ...sessionHandlers(deps),
    ...enrolmentHandlers(deps),
    ...accountFlowHandlers(deps),
    ...serverManagementHandlers(deps),
    ...accountManagementHandlers(deps),
    ...importHandlers(deps),
    ...backupHandlers(deps),
    ...settingsHandlers(deps),
    ...autofillHandlers(deps),
  };
}
