import { useEffect, useRef, useState } from 'preact/hooks';
import type { TrustedDeviceView } from '../../../../lib/messaging/protocol';
import { InlineConfirm } from './inline-confirm';
import { expiryText, formatDay, formatMoment } from './list-text';

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

/** One trusted device; "Revoke" asks first, in the row itself. */
export function DeviceRow({ device, now, confirming, blocked, busy, onAsk, onCancel, onRevoke }: DeviceRowProps) {
  const revokeRef = useRef<HTMLButtonElement>(null);
  const [cancelled, setCancelled] = useState(false);
  // Back from "Cancel": the keyboard goes on from the button that asked, not from the top.
  useEffect(() => {
    if (cancelled && !confirming) {
      revokeRef.current?.focus();
      setCancelled(false);
    }
  }, [cancelled, confirming]);

  return (
    <tr>
      <td>
        {device.operatingSystem ?? 'Unknown system'}
        {device.thisBrowser && <strong class="badge">This browser</strong>}
      </td>
      <td>{device.browser ?? 'Unknown browser'}</td>
      <td>{formatMoment(device.activatedAt)}</td>
      <td>
        {device.expiresAt === undefined ? 'Unknown' : `${formatDay(device.expiresAt)} (${expiryText(device.expiresAt, now)})`}
      </td>
      <td>
        {confirming ? (
          <InlineConfirm
            question="Revoke this device?"
            warning={device.thisBrowser ? 'This browser will need a code at its next login.' : 'It will need a code at its next login.'}
            confirmLabel="Revoke device"
            busyLabel="Revoking…"
            busy={busy}
            onConfirm={onRevoke}
            onCancel={() => {
              setCancelled(true);
              onCancel();
            }}
          />
        ) : (
          <button ref={revokeRef} type="button" aria-disabled={blocked} onClick={() => !blocked && onAsk()}>
            Revoke
          </button>
        )}
      </td>
    </tr>
  );
}
