/**
 * The public suffix list's algorithm: which part of a host name is the public suffix (`com`,
 * `co.uk`, `github.io`) and so which is the registrable domain (`example.co.uk`, `alice.github.io`)
 * that decides whether two pages belong to the same site.
 * @see https://github.com/publicsuffix/list/wiki/Format#formal-algorithm
 */

/** The list's data file in the built extension (written by the build, read by the background). */
export const PUBLIC_SUFFIX_LIST_FILE = 'public-suffix-list.json';

export interface PublicSuffixList {
  /**
   * The public suffix and one more label, for an ASCII host as the URL parser gives it; undefined
   * when the host is itself a public suffix or is no domain name at all (empty labels).
   */
  registrableDomain(host: string): string | undefined;
}

/** Only code points the URL parser leaves as they are: most rules need no conversion. */
const ASCII_RULE = /^[a-z0-9.-]*$/;

/**
 * A rule's name as hosts are written after the URL parser: lower case, international labels in
 * punycode (`食狮.公司.cn` → `xn--85x722f.xn--55qx5d.cn`). Undefined for a rule it refuses.
 * @see https://url.spec.whatwg.org/#concept-domain-to-ascii
 */
function toAsciiName(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (ASCII_RULE.test(lower)) return lower;
  try {
    return new URL(`http://${lower}`).hostname;
  } catch {
    return undefined;
  }
}

/**
 * Builds the matcher from the list's rules (ICANN and private sections alike): `a.b` plain rules,
 * `*.b` wildcards, `!a.b` exceptions. Comments and blank lines, if any, are skipped.
 */
export function createPublicSuffixList(rules: readonly string[]): PublicSuffixList {
  const plain = new Set<string>();
  /** For `*.b`: the `b` under which every label is a suffix. */
  const wildcards = new Set<string>();
  const exceptions = new Set<string>();

  for (const raw of rules) {
    const rule = raw.trim();
    if (rule === '' || rule.startsWith('//')) continue;
    const [set, name] = rule.startsWith('!')
      ? [exceptions, rule.slice(1)]
      : rule.startsWith('*.')
        ? [wildcards, rule.slice(2)]
        : [plain, rule];
    const ascii = toAsciiName(name);
    if (ascii) set.add(ascii);
  }

  /** How many labels at the right of `labels` form the public suffix. */
  function suffixLength(labels: readonly string[]): number {
    const count = labels.length;
    // An exception wins over every other rule; its suffix is the rule less its first label.
    for (let start = 0; start < count; start += 1) {
      if (exceptions.has(labels.slice(start).join('.'))) return count - start - 1;
    }
    // Otherwise the rule with the most labels; scanning from the longest, the first match is it.
    for (let start = 0; start < count; start += 1) {
      const name = labels.slice(start).join('.');
      // `*.b` matches one label more than `b` itself: checked before `b` at the same start.
      if (start > 0 && wildcards.has(name)) return count - start + 1;
      if (plain.has(name)) return count - start;
    }
    // The implicit `*` rule: an unlisted top-level domain is a suffix of its own.
    return 1;
  }

  return {
    registrableDomain(host) {
      const labels = host.toLowerCase().split('.');
      if (labels.some((label) => label === '')) return undefined;
      const suffix = suffixLength(labels);
      if (labels.length <= suffix) return undefined;
      return labels.slice(labels.length - suffix - 1).join('.');
    },
  };
}
