// The popup's scan, with the browser's tab capture and the decoder stood in for: what it previews,
// which origin it keeps, and the sentences it gives when there is nothing to read.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { planImport } from '../../../lib/import/classify';
import { QrNotFoundError, UnreadableImageError } from '../../../lib/import/errors';
import { decodeQrImage } from '../../../lib/import/read-sources';
import { scanVisibleTab, webOrigin } from '../../../lib/ui/scan-tab';
import { sendMessage } from '../../../lib/protocol/client';
import { migrationUri, SECRET_10, SECRET_20 } from '../../fixtures/import/migration-payload';

vi.mock('../../../lib/import/read-sources', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/import/read-sources')>()),
  decodeQrImage: vi.fn(),
}));
vi.mock('../../../lib/protocol/client', () => ({ sendMessage: vi.fn() }));

const PNG_DATA_URL = 'data:image/png;base64,iVBORw0KGgo=';
const capture = vi.fn<(windowId?: number, options?: unknown) => Promise<string>>();
const query = vi.fn<(info: unknown) => Promise<{ id: number; windowId: number; url?: string }[]>>();

function activeTab(url: string | undefined) {
  query.mockResolvedValue([{ id: 3, windowId: 9, url }]);
}

beforeEach(() => {
  vi.clearAllMocks();
  fakeBrowser.reset();
  Object.assign(browser.tabs, { query, captureVisibleTab: capture });
  capture.mockResolvedValue(PNG_DATA_URL);
  // The background's answer to import.preview, for an empty vault.
  vi.mocked(sendMessage).mockImplementation(async (_type, body) => planImport((body as { uris: string[] }).uris, []).items as never);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.mocked(decodeQrImage).mockReset();
  capture.mockReset();
  query.mockReset();
});

describe('webOrigin', () => {
  it.each([
    ['https://Login.Example.com:443/path?q=1#x', 'https://login.example.com'],
    ['http://127.0.0.1:8080/a', 'http://127.0.0.1:8080'],
    ['chrome://extensions/', undefined],
    ['file:///home/me/qr.html', undefined],
    ['about:blank', undefined],
    ['not a url', undefined],
    [undefined, undefined],
  ])('%s → %s', (url, origin) => {
    expect(webOrigin(url)).toBe(origin);
  });
});

describe('scanVisibleTab', () => {
  it('captures the current window as PNG and previews the account with the page’s origin', async () => {
    activeTab('https://shop.example/account/2fa');
    vi.mocked(decodeQrImage).mockResolvedValue(' otpauth://totp/Shop:ann?secret=JBSWY3DPEHPK3PXP \n');
    const scan = await scanVisibleTab();
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(capture).toHaveBeenCalledWith(9, { format: 'png' });
    expect(vi.mocked(decodeQrImage).mock.calls[0]?.[0]).toBeInstanceOf(Blob);
    expect(scan).toEqual({
      origin: 'https://shop.example',
      uris: ['otpauth://totp/Shop:ann?secret=JBSWY3DPEHPK3PXP'],
      rows: [{ entry: 'This page', status: 'new', issuer: 'Shop', label: 'ann', reason: '' }],
    });
    expect(sendMessage).toHaveBeenCalledWith('import.preview', { uris: scan.uris });
  });

  it('reads an export shown on a page into one row per account, and keeps no origin for a local file', async () => {
    activeTab('file:///tmp/export.html');
    vi.mocked(decodeQrImage).mockResolvedValue(
      migrationUri({ parameters: [{ secret: SECRET_10, name: 'a' }, { secret: SECRET_20, name: 'b', algorithm: 4 }] }),
    );
    const scan = await scanVisibleTab();
    expect(scan.origin).toBeUndefined();
    expect(scan.rows.map((row) => [row.entry, row.status, row.label])).toEqual([
      ['This page, account 1', 'new', 'a'],
      ['This page, account 2', 'invalid', 'b'],
    ]);
    expect(scan.uris).toHaveLength(1);
  });

  it('says there is no QR code on the page', async () => {
    activeTab('https://example.org/');
    vi.mocked(decodeQrImage).mockRejectedValue(new QrNotFoundError());
    await expect(scanVisibleTab()).rejects.toThrow('No QR code found on this page.');
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('passes on a picture the browser could not read', async () => {
    activeTab('https://example.org/');
    vi.mocked(decodeQrImage).mockRejectedValue(new UnreadableImageError());
    await expect(scanVisibleTab()).rejects.toBeInstanceOf(UnreadableImageError);
  });

  it('says when the browser refuses to capture the tab, or there is none', async () => {
    activeTab('chrome://settings/');
    capture.mockRejectedValue(new Error('Missing activeTab permission'));
    await expect(scanVisibleTab()).rejects.toThrow('This tab cannot be scanned: the browser does not let extensions capture it.');
    query.mockResolvedValue([]);
    await expect(scanVisibleTab()).rejects.toMatchObject({ name: 'TabCaptureError' });
    expect(decodeQrImage).not.toHaveBeenCalled();
  });
});
