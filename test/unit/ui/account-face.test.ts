// An account's face: its monogram's letters, a colour that belongs to the issuer and stays legible
// in both themes, and the built-in marks of well-known issuers however their name is written.
import { describe, expect, it } from 'vitest';
import { issuerIcon } from '../../../lib/ui/issuer-icons/issuer-names';
import { ISSUER_MARKS } from '../../../lib/ui/issuer-icons/issuer-marks';
import { MONOGRAM_COLOURS, MONOGRAM_TEXT, monogramColours, monogramLetters, monogramStyle } from '../../../lib/ui/monogram';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

describe('monogram letters', () => {
  it('are the first letter of the issuer, or of its first two words', () => {
    expect(monogramLetters({ issuer: 'Google', label: 'carol' })).toBe('G');
    expect(monogramLetters({ issuer: 'google.com', label: 'carol' })).toBe('G');
    expect(monogramLetters({ issuer: 'Amazon Web Services', label: 'carol' })).toBe('AW');
    expect(monogramLetters({ issuer: 'my-bank', label: 'carol' })).toBe('MB');
  });

  it('come from the account name when there is no issuer', () => {
    expect(monogramLetters({ label: 'alice@example.com' })).toBe('A');
    expect(monogramLetters({ issuer: '  ', label: 'bob' })).toBe('B');
  });

  it('skip punctuation, keep letters of any script, and never leave the face empty', () => {
    expect(monogramLetters({ issuer: '(Ärzte) Kammer', label: 'x' })).toBe('ÄK');
    expect(monogramLetters({ issuer: 'Ωmega', label: 'x' })).toBe('Ω');
    expect(monogramLetters({ issuer: '---', label: '***' })).toBe('?');
  });
});

describe('monogram colours', () => {
  it('are the same for the same issuer, whatever its case and spacing', () => {
    expect(monogramColours({ issuer: 'Bank', label: 'carol' })).toEqual(monogramColours({ issuer: ' bank ', label: 'dave' }));
    expect(monogramColours({ issuer: 'Acme  Corp', label: 'a' })).toEqual(monogramColours({ issuer: 'ACME Corp', label: 'b' }));
  });

  it('differ between issuers (the hues spread over the palette)', () => {
    const issuers = ['Bank', 'Mail', 'Shop', 'Forum', 'Cloud', 'Work', 'Home', 'School', 'Games', 'News'];
    const used = new Set(issuers.map((issuer) => monogramColours({ issuer, label: 'x' })[0]));
    expect(used.size).toBeGreaterThanOrEqual(6);
  });

  it('give the letters a contrast of at least 4.5:1 (WCAG AA) in the light and the dark theme', () => {
    for (const [light, dark] of MONOGRAM_COLOURS) {
      expect(contrast(light, MONOGRAM_TEXT[0]), light).toBeGreaterThanOrEqual(4.5);
      expect(contrast(dark, MONOGRAM_TEXT[1]), dark).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('reach the page as CSS the colour scheme chooses from', () => {
    const [light, dark] = monogramColours({ issuer: 'Bank', label: 'carol' });
    expect(monogramStyle({ issuer: 'Bank', label: 'carol' })).toEqual({
      background: `light-dark(${light}, ${dark})`,
      color: `light-dark(${MONOGRAM_TEXT[0]}, ${MONOGRAM_TEXT[1]})`,
    });
  });
});

describe('issuer icons', () => {
  it('recognise an issuer however it is written', () => {
    for (const issuer of ['Google', 'google', 'google.com', 'Google Workspace', 'accounts.google.com', 'https://www.google.com']) {
      expect(issuerIcon(issuer), issuer).toBe('google');
    }
    expect(issuerIcon('GitHub Enterprise')).toBe('github');
    expect(issuerIcon('AWS')).toBe('amazon');
    expect(issuerIcon('Amazon Web Services')).toBe('amazon');
    expect(issuerIcon('EMnify')).toBe('emnify');
    expect(issuerIcon('Proton Mail')).toBe('proton');
    expect(issuerIcon('Twitter')).toBe('x');
    expect(issuerIcon('X')).toBe('x');
    expect(issuerIcon('x.com')).toBe('x');
  });

  it('leave everyone else to the monogram, including names that only contain a known one', () => {
    for (const issuer of [undefined, '', 'Bank', 'Company X', 'Googleplex Bank', 'Slackware', 'Xbank']) {
      expect(issuerIcon(issuer), String(issuer)).toBeUndefined();
    }
  });

  it('have a mark for every issuer they recognise', () => {
    for (const issuer of ['Amazon', 'Apple', 'Bitwarden', 'Cloudflare', 'Discord', 'Dropbox', 'EMnify', 'Facebook', 'GitHub', 'GitLab', 'Google', 'Microsoft', 'Proton', 'Slack', 'X']) {
      const icon = issuerIcon(issuer);
      expect(icon, issuer).toBeDefined();
      expect(ISSUER_MARKS[icon!]).toMatch(/^M/);
    }
  });
});
