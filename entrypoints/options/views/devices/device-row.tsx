import { t } from '../../../../lib/i18n/t';
import type { TrustedDeviceView } from '../../../../lib/protocol/protocol';
import { AskFirst } from '../shared/ask-first';
import { formatMoment, trustedUntilText } from '../shared/dates';

/** The headers of a table of DeviceRows, before its column of buttons. */
export function deviceColumns(): string[] {
  return [t('manageSystemColumn'), t('manageBrowserColumn'), t('manageTrustedSinceColumn'), t('manageTrustedUntilColumn')];
}

interface DeviceRowProps {
  device: TrustedDeviceView;
  now: number;
  confirming: boolean;
  /** Another action of the list runs: this row's buttons wait. */
  blocked: boolean;
  busy: boolean;
  onAsk: () => void;
  onCancel: () => void;
  onRevoke: () => void;
}

/** One trusted device, named by its system in the row header; "Revoke" asks first, in the row itself. */
export function DeviceRow({ device, now, confirming, blocked, busy, onAsk, onCancel, onRevoke }: DeviceRowProps) {
  return (
    <tr>
      <th scope="row">
        {device.operatingSystem ?? t('manageUnknownSystem')}
        {device.thisBrowser && (
          <>
            {' '}
            <strong class="badge">{t('manageThisBrowser')}</strong>
          </>
        )}
      </th>
      <td>{device.browser ?? t('manageUnknownBrowser')}</td>
      <td>{formatMoment(device.activatedAt)}</td>
      <td>{trustedUntilText(device.expiresAt, now)}</td>
      <td>
        <AskFirst
          label={t('manageRevoke')}
          asking={confirming}
          blocked={blocked}
          onAsk={onAsk}
          onCancel={onCancel}
          question={t('manageRevokeDeviceQuestion')}
          warning={device.thisBrowser ? t('manageRevokeThisBrowserWarning') : t('manageRevokeDeviceWarning')}
          confirmLabel={t('manageRevokeDevice')}
          busyLabel={t('manageRevoking')}
          busy={busy}
          onConfirm={onRevoke}
        />
      </td>
    </tr>
  );
}
