/**
 * The match pattern that grants the extension a server's host: scheme and host name, no port. A
 * match pattern has no port (Firefox refuses to ask for one that names a port; Chrome ignores it),
 * and one without it covers every port of the host, so https://host:8443 and a sandbox on
 * 127.0.0.1:PORT are asked for, and checked, the same way everywhere.
 * @see https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/Match_patterns
 */
export function hostPermissionPattern(address: string | URL): string {
  const url = new URL(address);
  return `${url.protocol}//${url.hostname}/*`;
}
