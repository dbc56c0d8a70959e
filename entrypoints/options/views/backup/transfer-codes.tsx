import { useState } from 'preact/hooks';
import type { TransferCodes } from '../../../../lib/backup/transfer-codes';
import { t } from '../../../../lib/i18n/t';
import { QrCode } from '../../../../lib/ui/qr-code';
import { useFocusOnArrival } from '../../../../lib/ui/use-focus-on-arrival';
import { DataTable } from '../shared/data-table';

/**
 * Pixels a module: ten accounts make a dense code (about 120 modules a side), which a phone or a
 * screenshot reads reliably only when every module has the same whole number of pixels.
 */
const MODULE_PIXELS = 4;

interface TransferCodesViewProps {
  codes: TransferCodes;
  /** Takes the codes off the page; their seeds go with them. */
  onHide: () => void;
}

/**
 * Google Authenticator's transfer QR codes, one at a time, to scan in order with the phone
 * ("Transfer accounts", then "Import accounts"), and the accounts they leave out, with why.
 * Loaded on its own, with the QR encoder, when codes are first asked for.
 */
export function TransferCodesView({ codes, onHide }: TransferCodesViewProps) {
  const [index, setIndex] = useState(0);
  const count = codes.links.length;
  // The button that asked for the codes is gone: the focus goes to where they are counted.
  const heading = useFocusOnArrival<HTMLParagraphElement>();
  const position = t('manageQrPosition', { index: index + 1, count });
  return (
    <div class="stack transfer-codes">
      {count === 0 ? (
        <p ref={heading} tabIndex={-1} class="empty">
          {t('manageNoTransferCodes')}
        </p>
      ) : (
        <>
          <p class="muted">{t('manageTransferSteps')}</p>
          <p ref={heading} tabIndex={-1} class="transfer-position" aria-live="polite">
            {position}
          </p>
          <QrCode label={position} text={codes.links[index]!} modulePixels={MODULE_PIXELS} />
          <div class="actions start">
            <button type="button" disabled={index === 0} onClick={() => setIndex(index - 1)}>
              {t('managePrevious')}
            </button>
            <button type="button" disabled={index === count - 1} onClick={() => setIndex(index + 1)}>
              {t('manageNext')}
            </button>
          </div>
        </>
      )}
      {codes.notIncluded.length > 0 && (
        <DataTable caption={t('manageNotInCodes')} showCaption columns={[t('manageIssuer'), t('manageAccountName'), t('manageWhyColumn')]}>
          {codes.notIncluded.map((account, row) => (
            <tr key={row}>
              <td>{account.issuer || '—'}</td>
              <td>{account.label}</td>
              <td>{account.reason}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <div class="actions start">
        <button type="button" onClick={onHide}>
          {t('manageHide')}
        </button>
      </div>
    </div>
  );
}
