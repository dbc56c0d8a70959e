// The privacy policy is static HTML: this script only gives it the theme chosen in Settings, as on
// every page of the extension (the system's light or dark preference when none was chosen).
import { applyTheme } from '../../lib/ui/apply-theme';
import '../../lib/ui/theme.css';
import './privacy-policy.css';

applyTheme().catch(() => undefined);
