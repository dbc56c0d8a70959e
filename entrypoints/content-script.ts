// The autofill content script. Declared for no site: the background injects it into a tab's frames
// only after the user asked for a fill (activeTab + scripting), so the extension never reads pages
// on its own. It answers detect and fill requests; the code it is handed goes into the field and
// nowhere else. Built as a plain script rather than a WXT content script: it is only ever
// injected, and needs none of the lifecycle helpers WXT would bundle into every page it fills.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startAutofillListener } from '../lib/autofill/page/content-listener';

// What main returns is the injection's result: the frame's origin (lib/autofill/content-protocol.ts).
export default defineUnlistedScript(() => startAutofillListener());
