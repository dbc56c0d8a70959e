import { pageMessage } from '../messaging/page-message';
import { empty } from '../messaging/request-fields';
import { readPageSettings } from '../settings/page-settings';
import { clipboardClearer } from './clipboard-clear';

export function clipboardMessages() {
  return {
    /**
     * A code was copied: the background clears the clipboard after the configured delay, and says
     * which (0: never), so the popup's notice tells the delay that is actually running.
     */
    'clipboard.copied': pageMessage({
      request: empty,
      async handle() {
        const { clipboardClearSeconds } = await readPageSettings();
        await clipboardClearer.schedule(clipboardClearSeconds);
        return { clearsAfterSeconds: clipboardClearSeconds };
      },
    }),
  };
}
