import { describe, expect, it } from 'vitest';
import { createPublicSuffixList } from '../../../lib/autofill/worker/public-suffix';
import { readPublicSuffixRules } from '../../../lib/autofill/worker/public-suffix-source';
import { confirmationReasons, matchingAccounts, sameSite, siteOf, siteRank } from '../../../lib/autofill/worker/site-match';

const list = createPublicSuffixList(readPublicSuffixRules());

function site(url: string) {
  const found = siteOf(url, list);
  if (!found) throw new Error(`${url} is no web page`);
  return found;
}

describe('the site of a page', () => {
  it('is the origin, the registrable domain and whether it is secure', () => {
    expect(siteOf('https://gist.github.com/alice?tab=1#top', list)).toEqual({
      origin: 'https://gist.github.com',
      registrableDomain: 'github.com',
      insecure: false,
    });
    expect(siteOf('http://shop.example.co.uk:8080/', list)).toEqual({
      origin: 'http://shop.example.co.uk:8080',
      registrableDomain: 'example.co.uk',
      insecure: true,
    });
  });

  it('has no registrable domain for IP addresses and localhost, which count as secure over http', () => {
    expect(siteOf('http://127.0.0.1:5173/login', list)).toEqual({ origin: 'http://127.0.0.1:5173', insecure: false });
    expect(siteOf('http://localhost:3000/', list)).toEqual({ origin: 'http://localhost:3000', insecure: false });
    expect(siteOf('http://[::1]:8080/', list)).toEqual({ origin: 'http://[::1]:8080', insecure: false });
    // Another address is not this computer: plain http there is insecure.
    expect(siteOf('http://192.168.1.20/', list)).toEqual({ origin: 'http://192.168.1.20', insecure: true });
    expect(siteOf('https://[2001:db8::1]/', list)).toEqual({ origin: 'https://[2001:db8::1]', insecure: false });
  });

  it('is nothing for what is not a web page', () => {
    for (const url of [undefined, '', 'chrome://settings', 'about:blank', 'file:///etc/passwd', 'chrome-extension://abc/popup.html', 'data:text/html,hi']) {
      expect(siteOf(url, list)).toBeUndefined();
    }
  });

  it('reads international names as the URL parser writes them', () => {
    expect(siteOf('https://www.bücher.de/', list)).toMatchObject({ origin: 'https://www.xn--bcher-kva.de', registrableDomain: 'xn--bcher-kva.de' });
  });
});

describe('matching an account to a page', () => {
  // [stored site, page, matches?]
  const table: [string, string, boolean][] = [
    ['https://github.com', 'https://github.com/login', true],
    ['https://github.com', 'https://gist.github.com/', true],
    ['https://www.example.co.uk', 'https://login.example.co.uk', true],
    // Same registrable domain, other port: still the same site.
    ['https://example.com', 'https://example.com:8443/', true],
    // The private section: every github.io name is a site of its own.
    ['https://a.github.io', 'https://b.github.io', false],
    ['https://a.github.io', 'https://a.github.io/repo', true],
    // The scheme counts: an http page is not the https site.
    ['https://example.com', 'http://example.com', false],
    ['http://example.com', 'https://example.com', false],
    // Look-alikes are other sites.
    ['https://github.com', 'https://github.com.evil.example', false],
    ['https://github.com', 'https://evilgithub.com', false],
    // IP addresses and localhost: the very origin, port included.
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787/2fa', true],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8788/2fa', false],
    ['http://127.0.0.1:8787', 'http://127.0.0.2:8787/2fa', false],
    ['http://localhost:3000', 'http://localhost:3000/', true],
    ['http://localhost:3000', 'http://localhost:4000/', false],
    ['http://localhost:3000', 'http://127.0.0.1:3000/', false],
  ];

  it.each(table)('%s on %s: %s', (stored, page, matches) => {
    expect(siteRank([stored], site(page), list) > 0).toBe(matches);
    expect(sameSite(site(stored), site(page))).toBe(matches);
  });

  it('ranks an exact origin above the same site, and keeps the vault order otherwise', () => {
    const accounts = [
      { id: 'other', origins: ['https://gitlab.com'] },
      { id: 'site', origins: ['https://github.com'] },
      { id: 'none' },
      { id: 'exact', origins: ['https://gitlab.com', 'https://gist.github.com'] },
      { id: 'site-too', origins: ['https://api.github.com'] },
    ];
    const page = site('https://gist.github.com/alice');
    expect(matchingAccounts(accounts, page, list).map((account) => account.id)).toEqual(['exact', 'site', 'site-too']);
    expect(siteRank(undefined, page, list)).toBe(0);
  });

  it('ignores stored values that are no web origin', () => {
    expect(siteRank(['not a url', 'ftp://github.com'], site('https://github.com'), list)).toBe(0);
  });
});

describe('what needs a confirmation', () => {
  const place = (top: string, frame = top) => ({ top: site(top), frame: site(frame) });

  it('nothing when the account knows the site and the field is in the tab’s own site', () => {
    expect(confirmationReasons(['https://github.com'], place('https://github.com/sessions/two-factor'), list)).toEqual([]);
    expect(confirmationReasons(['https://github.com'], place('https://github.com/', 'https://auth.github.com/'), list)).toEqual([]);
  });

  it('a site the account does not know', () => {
    expect(confirmationReasons(['https://gitlab.com'], place('https://github.com/'), list)).toEqual(['new-site']);
    expect(confirmationReasons(undefined, place('https://github.com/'), list)).toEqual(['new-site']);
  });

  it('a plain-http page, or a field in a frame of plain http', () => {
    expect(confirmationReasons(['http://intranet.example'], place('http://intranet.example/'), list)).toEqual(['insecure']);
    expect(confirmationReasons(['http://127.0.0.1:8787'], place('http://127.0.0.1:8787/'), list)).toEqual([]);
  });

  it('a field in a frame of another site, even when the tab matches', () => {
    const framed = place('https://github.com/', 'https://evil.example/');
    expect(confirmationReasons(['https://github.com'], framed, list)).toEqual(['cross-origin-frame']);
    // Knowing both sites does not make the frame the tab: the user still says yes.
    expect(confirmationReasons(['https://github.com', 'https://evil.example'], framed, list)).toEqual(['cross-origin-frame']);
    expect(confirmationReasons([], place('http://a.github.io/', 'https://b.github.io/'), list)).toEqual([
      'new-site',
      'insecure',
      'cross-origin-frame',
    ]);
  });
});
