import type { TrustedDeviceView } from '../../../../lib/protocol/protocol';
import { AskFirst } from '../shared/ask-first';
import { expiryText, formatDay, formatMoment } from '../shared/dates';

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
        {device.operatingSystem ?? 'Unknown system'}
        {device.thisBrowser && (
          <>
            {' '}
            <strong class="badge">This browser</strong>
          </>
        )}
      </th>
      <td>{device.browser ?? 'Unknown browser'}</td>
      <td>{formatMoment(device.activatedAt)}</td>
      <td>
        {device.expiresAt === undefined ? 'Unknown' : `${formatDay(device.expiresAt)} (${expiryText(device.expiresAt, now)})`}
      </td>
      <td>
        <AskFirst
          label="Revoke"
          asking={confirming}
          blocked={blocked}
          onAsk={onAsk}
          onCancel={onCancel}
          question="Revoke this device?"
          warning={device.thisBrowser ? 'This browser will need a code at its next login.' : 'It will need a code at its next login.'}
          confirmLabel="Revoke device"
          busyLabel="Revoking…"
          busy={busy}
          onConfirm={onRevoke}
        />
      </td>
    </tr>
  );
}
