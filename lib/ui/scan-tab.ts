/**
 * The popup's "Scan QR code": a picture of the visible part of the active tab, decoded in the
 * popup. Clicking the toolbar button granted activeTab for that tab, which is what allows the
 * capture; no host permission is asked for.
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n/t';
import { sendMessage } from '../protocol/client';
import { NoQrOnPageError, QrNotFoundError, TabCaptureError } from '../import/errors';
import { linksToCheck, previewRows, type PreviewRow } from '../import/preview-rows';

export interface TabScan {
  /** The tab's site, remembered as the accounts' origin; only for web pages. */
  origin?: string;
  rows: PreviewRow[];
  /** The links the preview checked, to commit as they are. */
  uris: string[];
}

/** The decoder is the heaviest part of an import: the popup loads it on the first scan only. */
const loadReader = () => import('../import/read-sources');

/** The origin of a web page (http or https); nothing for the browser's pages, files and the like. */
export function webOrigin(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

async function captureActiveTab(): Promise<{ image: Blob; url?: string }> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.windowId === undefined) throw new TabCaptureError();
  let dataUrl: string;
  try {
    dataUrl = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
  } catch (error) {
    throw new TabCaptureError({ cause: error });
  }
  return { image: await (await fetch(dataUrl)).blob(), url: tab.url };
}

/** Captures, decodes and previews; nothing is added until the user confirms with import.commit. */
export async function scanVisibleTab(): Promise<TabScan> {
  const [{ image, url }, reader] = await Promise.all([captureActiveTab(), loadReader()]);
  let text: string;
  try {
    text = await reader.decodeQrImage(image);
  } catch (error) {
    throw error instanceof QrNotFoundError ? new NoQrOnPageError() : error;
  }
  const entries = reader.entriesFromLinks([{ entry: t('uiScanEntryThisPage'), text: text.trim() }]);
  const uris = linksToCheck(entries);
  const items = uris.length > 0 ? await sendMessage('import.preview', { uris }) : [];
  return { origin: webOrigin(url), rows: previewRows(entries, items), uris };
}
