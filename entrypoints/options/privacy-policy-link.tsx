import { t } from '../../lib/i18n/t';

/**
 * The privacy policy is a static page of its own inside the extension (entrypoints/privacy-policy/,
 * its text rendered from docs/privacy-policy.md at build time): a link here, not text in this
 * page's bundle. It opens in a new tab, so that nothing typed on this page is lost. The policy is
 * written in English only, which the link says in other languages (and hreflang tells the browser).
 */
export function PrivacyPolicyLink() {
  return (
    <a href="/privacy-policy.html" hreflang="en" target="_blank" rel="noopener">
      {t('managePrivacyPolicyLink')}
    </a>
  );
}
