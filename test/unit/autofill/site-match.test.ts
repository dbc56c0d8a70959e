import { describe, expect, it } from 'vitest';
import { createPublicSuffixList } from '../../../lib/autofill/worker/public-suffix';
import { readPublicSuffixRules } from '../../../lib/autofill/worker/public-suffix-source';
import {
  confirmationReasons,
  frameGoesWithTab,
  matchingAccounts,
  sameSite,
  siteOf,
  siteRank,
  type SiteRule,
} from '../../../lib/autofill/worker/site-match';

const list = createPublicSuffixList(readPublicSuffixRules());

/** An account's sites, reaching whole sites. */
const wholeSites = (...origins: string[]): SiteRule => ({ origins, siteMatch: 'site' });
/** An account's sites, exact addresses only: the default, and how an account stored earlier reads. */
const exactly = (...origins: string[]): SiteRule => ({ origins });

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

describe('matching an account that reaches whole sites to a page', () => {
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
    expect(siteRank(wholeSites(stored), site(page), list) > 0).toBe(matches);
    expect(sameSite(site(stored), site(page))).toBe(matches);
  });

  it('ranks an exact origin above the same site, and keeps the vault order otherwise', () => {
    const accounts = [
      { id: 'other', ...wholeSites('https://gitlab.com') },
      { id: 'site', ...wholeSites('https://github.com') },
      { id: 'none', siteMatch: 'site' as const },
      { id: 'exact', ...exactly('https://gitlab.com', 'https://gist.github.com') },
      { id: 'site-too', ...wholeSites('https://api.github.com') },
    ];
    const page = site('https://gist.github.com/alice');
    expect(matchingAccounts(accounts, page, list).map((account) => account.id)).toEqual(['exact', 'site', 'site-too']);
    expect(siteRank({}, page, list)).toBe(0);
  });

  it('ignores stored values that are no web origin', () => {
    expect(siteRank(wholeSites('not a url', 'ftp://github.com'), site('https://github.com'), list)).toBe(0);
  });
});

describe('matching an account of exact addresses to a page', () => {
  // [stored site, page, matches?]
  const table: [string, string, boolean][] = [
    ['https://github.com', 'https://github.com/login', true],
    ['https://github.com', 'https://gist.github.com/', false],
    ['https://www.example.co.uk', 'https://login.example.co.uk', false],
    // A user-content subdomain the public suffix list does not know is another address too.
    ['https://example.com', 'https://someone.pages.example.com/', false],
    ['https://example.com', 'https://example.com:8443/', false],
    ['https://example.com:8443', 'https://example.com:8443/otp', true],
    ['https://example.com', 'http://example.com', false],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787/2fa', true],
    ['http://localhost:3000', 'http://localhost:4000/', false],
  ];

  it.each(table)('%s on %s: %s', (stored, page, matches) => {
    expect(siteRank(exactly(stored), site(page), list) > 0).toBe(matches);
    expect(siteRank({ origins: [stored], siteMatch: 'origin' }, site(page), list) > 0).toBe(matches);
  });

  it('is how an account stored before the choice existed matches', () => {
    const accounts = [{ id: 'older', origins: ['https://github.com'] }, { id: 'whole', ...wholeSites('https://github.com') }];
    expect(matchingAccounts(accounts, site('https://gist.github.com/'), list).map((account) => account.id)).toEqual(['whole']);
    expect(matchingAccounts(accounts, site('https://github.com/'), list).map((account) => account.id)).toEqual(['older', 'whole']);
  });
});

describe('a frame that goes with its tab (searched by the keyboard command and the popup)', () => {
  const place = (top: string, frame: string) => ({ top: site(top), frame: site(frame) });

  it('is at the tab’s very origin, whatever the account', () => {
    expect(frameGoesWithTab(exactly('https://github.com'), place('https://github.com/', 'https://github.com/frame'), list)).toBe(true);
    expect(frameGoesWithTab({}, place('https://github.com/', 'https://github.com/frame'), list)).toBe(true);
  });

  it('is of the tab’s site, for an account of whole sites or one that has the frame’s address', () => {
    const framed = place('https://github.com/', 'https://auth.github.com/');
    expect(frameGoesWithTab(wholeSites('https://github.com'), framed, list)).toBe(true);
    expect(frameGoesWithTab(exactly('https://github.com', 'https://auth.github.com'), framed, list)).toBe(true);
    expect(frameGoesWithTab(exactly('https://github.com'), framed, list)).toBe(false);
  });

  it('is never of another site', () => {
    const framed = place('https://github.com/', 'https://evil.example/');
    expect(frameGoesWithTab(wholeSites('https://github.com', 'https://evil.example'), framed, list)).toBe(false);
    expect(frameGoesWithTab(exactly('https://github.com', 'https://evil.example'), framed, list)).toBe(false);
  });
});

describe('what needs a confirmation', () => {
  const place = (top: string, frame = top) => ({ top: site(top), frame: site(frame) });

  it('nothing when the account knows the site and the field is in the tab’s own site', () => {
    expect(confirmationReasons(exactly('https://github.com'), place('https://github.com/sessions/two-factor'), list)).toEqual([]);
    expect(confirmationReasons(wholeSites('https://github.com'), place('https://gist.github.com/'), list)).toEqual([]);
    expect(confirmationReasons(wholeSites('https://github.com'), place('https://github.com/', 'https://auth.github.com/'), list)).toEqual([]);
  });

  it('a site the account does not know', () => {
    expect(confirmationReasons(wholeSites('https://gitlab.com'), place('https://github.com/'), list)).toEqual(['new-site']);
    expect(confirmationReasons({}, place('https://github.com/'), list)).toEqual(['new-site']);
    // Another address of a site known by its exact address only.
    expect(confirmationReasons(exactly('https://github.com'), place('https://gist.github.com/'), list)).toEqual(['new-site']);
  });

  it('a plain-http page, or a field in a frame of plain http', () => {
    expect(confirmationReasons(exactly('http://intranet.example'), place('http://intranet.example/'), list)).toEqual(['insecure']);
    expect(confirmationReasons(exactly('http://127.0.0.1:8787'), place('http://127.0.0.1:8787/'), list)).toEqual([]);
  });

  it('a field in a frame of another address of the site, for an account of exact addresses', () => {
    const framed = place('https://github.com/', 'https://auth.github.com/');
    expect(confirmationReasons(exactly('https://github.com'), framed, list)).toEqual(['cross-origin-frame']);
    expect(confirmationReasons(exactly('https://github.com', 'https://auth.github.com'), framed, list)).toEqual([]);
  });

  it('a field in a frame of another site, even when the tab matches', () => {
    const framed = place('https://github.com/', 'https://evil.example/');
    expect(confirmationReasons(wholeSites('https://github.com'), framed, list)).toEqual(['cross-origin-frame']);
    // Knowing both sites does not make the frame the tab: the user still says yes.
    expect(confirmationReasons(wholeSites('https://github.com', 'https://evil.example'), framed, list)).toEqual(['cross-origin-frame']);
    expect(confirmationReasons(exactly('https://github.com', 'https://evil.example'), framed, list)).toEqual(['cross-origin-frame']);
    expect(confirmationReasons({}, place('http://a.github.io/', 'https://b.github.io/'), list)).toEqual([
      'new-site',
      'insecure',
      'cross-origin-frame',
    ]);
  });
});
