import { pageMessage } from '../messaging/page-message';
import { empty } from '../messaging/request-fields';
import { readPageSettings } from '../settings/page-settings';
import { clipboardClearer } from './clipboard-clear';

export function clipboardMessages() {
  return {
    /** A code was copied: the background clears the clipboard after the configured delay. */
    'clipboard.copied': pageMessage({
      request: empty,
      async handle() {
        await clipboardClearer.schedule((await readPageSettings()).clipboardClearSeconds);
        return {};
      },
    }),
  };
}
