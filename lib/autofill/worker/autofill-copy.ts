import { CodeNotCopiedError } from './autofill-flow-errors';
import { clipboardClearer } from '../../clipboard/clipboard-clear';
import { writeClipboardText } from '../../clipboard/clipboard-writer';
import { readPageSettings } from '../../settings/page-settings';

/**
 * The fallback when a page has no code field: the code goes to the clipboard, and is cleared from
 * it after the delay set in Settings, like a code copied from the popup.
 */
export async function copyCodeForUser(code: string): Promise<void> {
  try {
    await writeClipboardText(code);
  } catch {
    // The platform's error is dropped: nothing about this write may reach the user but that it failed.
    throw new CodeNotCopiedError();
  }
  await clipboardClearer.schedule((await readPageSettings()).clipboardClearSeconds);
}
