// The privacy policy is static HTML: this script gives it the theme chosen in Settings, as on every
// page of the extension (the system's light or dark preference when none was chosen), and the tab
// a title in the user's language. The policy itself is a legal document rendered from
// docs/privacy-policy.md and stays in English in every language, so the page keeps lang="en".
import { t } from '../../lib/i18n/t';
import { applyTheme } from '../../lib/ui/apply-theme';
import '../../lib/ui/theme.css';
import './privacy-policy.css';

document.title = t('managePrivacyPolicyTitle');
applyTheme().catch(() => undefined);
