// The autofill content script. Declared for no site: the background injects it into a tab's frames
// only after the user asked for a fill (activeTab + scripting), so the extension never reads pages
// on its own. It answers detect and fill requests; the code it is handed goes into the field and
// nowhere else.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startAutofillListener } from '../lib/autofill/page/content-listener';

export default defineContentScript({
  registration: 'runtime',
  // The page is not told that the script started (WXT would post a message naming the extension).
  noScriptStartedPostMessage: true,
  main() {
    startAutofillListener();
  },
});
