// The public suffix algorithm against the publicsuffix.org test vectors (tests/test_psl.txt),
// run on the very list the build ships (psl's data/rules.js).
import { describe, expect, it } from 'vitest';
import { createPublicSuffixList } from '../../../lib/autofill/worker/public-suffix';
import { readPublicSuffixRules } from '../../../lib/autofill/worker/public-suffix-source';

const list = createPublicSuffixList(readPublicSuffixRules());

/** Hosts reach the matcher as the URL parser writes them: lower case, punycode. */
function registrable(domain: string): string | null {
  return list.registrableDomain(new URL(`http://${domain}`).hostname) ?? null;
}

/** checkPublicSuffix(domain, expected) of publicsuffix.org, expected in its ASCII form. */
const vectors: [string, string | null][] = [
  // Mixed case.
  ['COM', null],
  ['example.COM', 'example.com'],
  ['WwW.example.COM', 'example.com'],
  // Unlisted TLD.
  ['example', null],
  ['example.example', 'example.example'],
  ['b.example.example', 'example.example'],
  ['a.b.example.example', 'example.example'],
  // TLD with only one rule.
  ['biz', null],
  ['domain.biz', 'domain.biz'],
  ['b.domain.biz', 'domain.biz'],
  ['a.b.domain.biz', 'domain.biz'],
  // TLD with some two-level rules.
  ['com', null],
  ['example.com', 'example.com'],
  ['b.example.com', 'example.com'],
  ['a.b.example.com', 'example.com'],
  ['uk.com', null],
  ['example.uk.com', 'example.uk.com'],
  ['b.example.uk.com', 'example.uk.com'],
  ['a.b.example.uk.com', 'example.uk.com'],
  ['test.ac', 'test.ac'],
  // TLD with only one (wildcard) rule.
  ['mm', null],
  ['c.mm', null],
  ['b.c.mm', 'b.c.mm'],
  ['a.b.c.mm', 'b.c.mm'],
  // More complex TLD.
  ['jp', null],
  ['test.jp', 'test.jp'],
  ['www.test.jp', 'test.jp'],
  ['ac.jp', null],
  ['test.ac.jp', 'test.ac.jp'],
  ['www.test.ac.jp', 'test.ac.jp'],
  ['kyoto.jp', null],
  ['test.kyoto.jp', 'test.kyoto.jp'],
  ['ide.kyoto.jp', null],
  ['b.ide.kyoto.jp', 'b.ide.kyoto.jp'],
  ['a.b.ide.kyoto.jp', 'b.ide.kyoto.jp'],
  ['c.kobe.jp', null],
  ['b.c.kobe.jp', 'b.c.kobe.jp'],
  ['a.b.c.kobe.jp', 'b.c.kobe.jp'],
  ['city.kobe.jp', 'city.kobe.jp'],
  ['www.city.kobe.jp', 'city.kobe.jp'],
  // TLD with a wildcard rule and exceptions.
  ['ck', null],
  ['test.ck', null],
  ['b.test.ck', 'b.test.ck'],
  ['a.b.test.ck', 'b.test.ck'],
  ['www.ck', 'www.ck'],
  ['www.www.ck', 'www.ck'],
  // US K12.
  ['us', null],
  ['test.us', 'test.us'],
  ['www.test.us', 'test.us'],
  ['ak.us', null],
  ['test.ak.us', 'test.ak.us'],
  ['www.test.ak.us', 'test.ak.us'],
  ['k12.ak.us', null],
  ['test.k12.ak.us', 'test.k12.ak.us'],
  ['www.test.k12.ak.us', 'test.k12.ak.us'],
  // IDN labels, given in Unicode (the URL parser turns them into punycode).
  ['食狮.com.cn', 'xn--85x722f.com.cn'],
  ['食狮.公司.cn', 'xn--85x722f.xn--55qx5d.cn'],
  ['www.食狮.公司.cn', 'xn--85x722f.xn--55qx5d.cn'],
  ['shishi.公司.cn', 'shishi.xn--55qx5d.cn'],
  ['公司.cn', null],
  ['食狮.中国', 'xn--85x722f.xn--fiqs8s'],
  ['www.食狮.中国', 'xn--85x722f.xn--fiqs8s'],
  ['shishi.中国', 'shishi.xn--fiqs8s'],
  ['中国', null],
  // The same, punycoded.
  ['xn--85x722f.com.cn', 'xn--85x722f.com.cn'],
  ['xn--85x722f.xn--55qx5d.cn', 'xn--85x722f.xn--55qx5d.cn'],
  ['www.xn--85x722f.xn--55qx5d.cn', 'xn--85x722f.xn--55qx5d.cn'],
  ['shishi.xn--55qx5d.cn', 'shishi.xn--55qx5d.cn'],
  ['xn--55qx5d.cn', null],
  ['xn--85x722f.xn--fiqs8s', 'xn--85x722f.xn--fiqs8s'],
  ['www.xn--85x722f.xn--fiqs8s', 'xn--85x722f.xn--fiqs8s'],
  ['shishi.xn--fiqs8s', 'shishi.xn--fiqs8s'],
  ['xn--fiqs8s', null],
];

describe('public suffix list', () => {
  it('reads the whole list, both sections', () => {
    const rules = readPublicSuffixRules();
    expect(rules.length).toBeGreaterThan(5000);
    expect(rules).toContain('com');
    // The private section: hosting platforms whose customers are separate sites.
    expect(rules).toContain('github.io');
  });

  it.each(vectors)('%s → %s', (domain, expected) => {
    expect(registrable(domain)).toBe(expected);
  });

  it('tells apart the sites of a private-section suffix', () => {
    expect(registrable('a.github.io')).toBe('a.github.io');
    expect(registrable('b.github.io')).toBe('b.github.io');
    expect(registrable('github.io')).toBeNull();
    expect(registrable('gist.github.com')).toBe('github.com');
  });

  it('has no registrable domain for a name with an empty label', () => {
    // publicsuffix.org's leading-dot vectors: such a name is no domain at all.
    for (const name of ['.com', '.example', '.example.com', '.example.example', 'example..com']) {
      expect(list.registrableDomain(name)).toBeUndefined();
    }
  });
});

describe('the algorithm on a small list', () => {
  const small = createPublicSuffixList(['// a comment', '', 'uk', 'co.uk', '*.ck', '!www.ck', 'BÜCHER.example']);

  it('lets an exception win over the wildcard it carves out of', () => {
    expect(small.registrableDomain('www.ck')).toBe('www.ck');
    expect(small.registrableDomain('a.www.ck')).toBe('www.ck');
    expect(small.registrableDomain('other.ck')).toBeUndefined();
    expect(small.registrableDomain('a.other.ck')).toBe('a.other.ck');
  });

  it('takes the rule with the most labels', () => {
    expect(small.registrableDomain('shop.co.uk')).toBe('shop.co.uk');
    expect(small.registrableDomain('www.shop.co.uk')).toBe('shop.co.uk');
    expect(small.registrableDomain('co.uk')).toBeUndefined();
    expect(small.registrableDomain('uk')).toBeUndefined();
  });

  it('uses the implicit * rule for a top-level domain it does not list', () => {
    expect(small.registrableDomain('example.test')).toBe('example.test');
    expect(small.registrableDomain('test')).toBeUndefined();
  });

  it('turns a Unicode rule into the punycode the URL parser writes, case folded', () => {
    const host = new URL('http://shop.bücher.example').hostname;
    expect(host).toBe('shop.xn--bcher-kva.example');
    expect(small.registrableDomain(host)).toBe(host);
    expect(small.registrableDomain(`a.${host}`)).toBe(host);
    expect(small.registrableDomain('xn--bcher-kva.example')).toBeUndefined();
  });
});
