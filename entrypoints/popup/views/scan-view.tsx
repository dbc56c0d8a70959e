import { useEffect, useState } from 'preact/hooks';
import { scanVisibleTab, type TabScan } from '../../../lib/ui/scan-tab';
import type { PreviewRow } from '../../../lib/import/preview-rows';
import { sendMessage } from '../../../lib/protocol/client';
import { accountName } from '../../../lib/accounts/account-name';
import { plural, t } from '../../../lib/i18n/t';
import { BusyButton } from '../../../lib/ui/busy-button';
import { ErrorMessage } from '../../../lib/ui/error-message';
import { ScreenHeading } from '../../../lib/ui/screen-heading';
import { StatusNotice } from '../../../lib/ui/status-notice';
import { useAction } from '../../../lib/ui/use-action';

function rowName(row: PreviewRow): string {
  return row.label ? accountName(row) : row.issuer || t('popupAnEntry');
}

function addedNotice(scan: TabScan, added: number): string {
  const only = scan.rows.filter((row) => row.status === 'new');
  if (added === 1 && only.length === 1) return t('popupAddedOne', { name: rowName(only[0]!) });
  return added === 0 ? t('popupNothingAdded') : plural('popupAddedAccounts', added);
}

/** Read out when the scan ends, as the focus stays on the heading above the list. */
function foundNotice(fresh: number): string {
  return fresh > 0 ? plural('popupFoundToAdd', fresh) : t('popupFoundNothing');
}

/** What the QR code on the page holds: one account, or several for an export. */
function ScanResult({ scan }: { scan: TabScan }) {
  return (
    <>
      <ul class="stack" aria-label={t('popupFoundOnPage')}>
        {scan.rows.map((row, index) => (
          <li key={index}>
            <strong>{rowName(row)}</strong>
            <br />
            <span class={row.status === 'new' ? 'muted' : 'error'}>{row.status === 'new' ? t('popupNewAccount') : row.reason}</span>
          </li>
        ))}
      </ul>
      {scan.origin && <p class="muted">{t('popupOfferedForFilling', { origin: scan.origin })}</p>}
    </>
  );
}

/**
 * Scans the visible part of the current tab for a QR code as soon as it opens, shows what it found
 * and adds it only when the user says so. `onDone` gets a notice when accounts were added.
 */
export function ScanView({ onDone }: { onDone: (notice?: string) => void }) {
  const [scan, setScan] = useState<TabScan | undefined>();
  const [error, setError] = useState<string | undefined>();
  const fresh = scan?.rows.filter((row) => row.status === 'new').length ?? 0;

  useEffect(() => {
    scanVisibleTab().then(setScan, (e: Error) => setError(e.message));
  }, []);

  const add = useAction(async () => {
    if (!scan) return;
    const result = await sendMessage('import.commit', { uris: scan.uris, origin: scan.origin });
    onDone(addedNotice(scan, result.added));
  });

  return (
    <section class="panel">
      <ScreenHeading>{t('popupScanQrCode')}</ScreenHeading>
      {!scan && !error && (
        <p class="loading" role="status">
          {t('popupLookingForQr')}
        </p>
      )}
      <ErrorMessage message={error ?? add.error} />
      <StatusNotice message={scan && foundNotice(fresh)} />
      {scan && <ScanResult scan={scan} />}
      <div class="actions">
        <button type="button" onClick={() => onDone()}>
          {fresh > 0 ? t('popupCancel') : t('popupBack')}
        </button>
        {fresh > 0 && (
          <BusyButton
            primary
            label={plural('popupAddAccounts', fresh)}
            busyLabel={t('popupAdding')}
            busy={add.busy}
            onClick={() => void add.run()}
          />
        )}
      </div>
    </section>
  );
}
