/**
 * The privacy policy is a static page of its own inside the extension (entrypoints/privacy-policy/,
 * its text rendered from docs/privacy-policy.md at build time): a link here, not text in this
 * page's bundle. It opens in a new tab, so that nothing typed on this page is lost.
 */
export function PrivacyPolicyLink() {
  return (
    <a href="/privacy-policy.html" target="_blank" rel="noopener">
      Privacy policy
    </a>
  );
}
