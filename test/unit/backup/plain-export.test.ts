// The exports without encryption, through the real router and vault: plain links (on screen or as
// a file), and the Google Authenticator transfer QR codes the page makes from them. The links need
// the vault passphrase typed again, a wrong one is answered with nothing but the refusal, and
// nothing logs.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { linksFileName } from '../../../lib/backup/file-names';
import { transferCodesFromLinks, type TransferCodes } from '../../../lib/backup/transfer-codes';
import { encodeBase32, parseMigrationUri, parseOtpauthUri } from '../../../lib/otp';
import { comparable, everyKindOfAccount, harness, NOW, resetBrowser, VAULT_PASSPHRASE } from './backup-harness';

beforeEach(resetBrowser);

/** Every console method, watched: an export must not write a seed, or anything, to the log. */
const consoleCalls = () => (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => vi.spyOn(console, method));
let watched: ReturnType<typeof consoleCalls> = [];
beforeEach(() => {
  watched = consoleCalls();
});
afterEach(() => {
  for (const spy of watched) expect(spy).not.toHaveBeenCalled();
  vi.restoreAllMocks();
});

const WRONG = { ok: false, error: { name: 'WrongPassphraseError', message: 'That passphrase is not right.' } };

describe('plain links', () => {
  it('gives otpauth links, one per line, only with the vault passphrase; the page names their file', async () => {
    const h = await harness();
    const accounts = everyKindOfAccount();
    for (const account of accounts) await h.vault.addAccount(account);

    expect(await h.send('backup.exportPlain', { vaultPassphrase: 'not the vault passphrase' })).toEqual(WRONG);
    const { content } = await h.value<{ content: string }>('backup.exportPlain', { vaultPassphrase: VAULT_PASSPHRASE });
    expect(linksFileName(NOW)).toMatch(/^otp-companion-links-\d{4}-\d{2}-\d{2}\.txt$/u);
    expect(linksFileName(new Date(2024, 11, 31, 23, 59).getTime())).toBe('otp-companion-links-2024-12-31.txt');
    const lines = content.split('\n');
    expect(lines).toHaveLength(accounts.length);
    expect(lines[0]).toBe(
      `otpauth://totp/ACME%20Co:alice%40example.com?secret=${encodeBase32(accounts[0]!.secret)}` +
        '&issuer=ACME%20Co&algorithm=SHA1&digits=6&period=30',
    );
    // Each link reads back as its account (names, secret and parameters; sites have no place in a link).
    expect(lines.map((line) => comparable({ ...parseOtpauthUri(line), origins: [] }))).toEqual(
      accounts.map(({ server: _server, siteMatch: _siteMatch, ...account }) => comparable({ ...account, origins: [] })),
    );
  });
});

describe('transfer QR codes', () => {
  /** The codes the page makes from the plain links, as the export view does. */
  async function transferCodes(h: Awaited<ReturnType<typeof harness>>): Promise<TransferCodes> {
    const { content } = await h.value<{ content: string }>('backup.exportPlain', { vaultPassphrase: VAULT_PASSPHRASE });
    return transferCodesFromLinks(content);
  }

  it('carries every account the format can, counters and algorithms included, and names the others with the reason', async () => {
    const h = await harness();
    const accounts = everyKindOfAccount();
    for (const account of accounts) await h.vault.addAccount(account);
    const { links, notIncluded } = await transferCodes(h);

    expect(notIncluded).toEqual([
      { issuer: 'Bänk Zürich 銀行', label: 'bob ✓', reason: 'Its codes change every 60 seconds: transfer QR codes carry only 30-second accounts.' },
      { issuer: '', label: 'counter: token', reason: 'Its codes have 7 digits: transfer QR codes carry only 6 or 8 digits.' },
    ]);
    expect(links).toHaveLength(1);
    const { entries, batch } = parseMigrationUri(links[0]!);
    expect(batch).toMatchObject({ version: 1, batchSize: 1, batchIndex: 0 });
    expect(entries.map((entry) => (entry.ok ? comparable({ ...entry.account, origins: [] }) : entry.error.message))).toEqual(
      [accounts[0]!, accounts[3]!].map(({ server: _server, ...account }) => comparable({ ...account, origins: [] })),
    );
  });

  it('carries an HOTP counter as the vault holds it', async () => {
    const h = await harness();
    const [, , token] = everyKindOfAccount();
    await h.vault.addAccount({ ...token!, digits: 8 });
    const { links } = await transferCodes(h);
    expect(parseMigrationUri(links[0]!).entries[0]).toMatchObject({ ok: true, account: { type: 'hotp', counter: 2 ** 40 + 7, algorithm: 'SHA256' } });
  });

  it('makes no code of an empty vault', () => {
    expect(transferCodesFromLinks('')).toEqual({ links: [], notIncluded: [] });
  });

  it('draws a new batch id for each export, the same in all its codes', async () => {
    const h = await harness();
    for (let index = 0; index < 23; index++) await h.vault.addAccount({ ...everyKindOfAccount()[0]!, label: `user ${index}` });
    const batchIds = async () => {
      const { links } = await transferCodes(h);
      expect(links).toHaveLength(3);
      return new Set(links.map((link) => parseMigrationUri(link).batch.batchId));
    };
    const first = await batchIds();
    const second = await batchIds();
    expect(first.size).toBe(1);
    expect(second.size).toBe(1);
    expect([...first][0]).not.toBe([...second][0]);
  });
});
