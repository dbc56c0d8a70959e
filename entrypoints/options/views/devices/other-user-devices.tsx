import { plural, t } from '../../../../lib/i18n/t';
import type { TrustedDeviceView } from '../../../../lib/protocol/protocol';
import { AskFirst } from '../shared/ask-first';
import { DataTable } from '../shared/data-table';
import { DeviceRow, deviceColumns } from './device-row';

/** Which confirmation is open: one device's, or the one for every device. */
export type DeviceAsking = { id: number } | 'all' | undefined;

interface OtherUserDevicesProps {
  /** Whose devices: "alice@example.com (id 1002) on Production". */
  owner: string;
  devices: TrustedDeviceView[];
  asking: DeviceAsking;
  /** The confirmed action of this list runs. */
  busy: boolean;
  /** An action of another list runs. */
  blocked: boolean;
  onAsk: (asking: DeviceAsking) => void;
  onRevoke: (id: number) => void;
  onRevokeAll: () => void;
}

/**
 * Another user's trusted devices, as an administrator sees them: none is this browser, so
 * "revoke all" means every one of them.
 */
export function OtherUserDevices({ owner, devices, asking, busy, blocked, onAsk, onRevoke, onRevokeAll }: OtherUserDevicesProps) {
  if (devices.length === 0) return <p class="empty">{t('manageNoDevices')}</p>;
  const now = Date.now();
  return (
    <>
      <DataTable caption={t('manageDevicesCaption', { owner })} columns={deviceColumns()} withActions>
        {devices.map((device) => {
          const confirming = typeof asking === 'object' && asking.id === device.id;
          return (
            <DeviceRow
              key={device.id}
              device={device}
              now={now}
              confirming={confirming}
              blocked={busy || blocked}
              busy={busy && confirming}
              onAsk={() => onAsk({ id: device.id })}
              onCancel={() => onAsk(undefined)}
              onRevoke={() => onRevoke(device.id)}
            />
          );
        })}
      </DataTable>
      <div class="actions start">
        <AskFirst
          label={t('manageRevokeAll')}
          asking={asking === 'all'}
          blocked={busy || blocked}
          onAsk={() => onAsk('all')}
          onCancel={() => onAsk(undefined)}
          question={plural('manageRevokeAllQuestion', devices.length)}
          warning={t('manageRevokeAllWarning')}
          confirmLabel={t('manageRevokeAll')}
          busyLabel={t('manageRevoking')}
          busy={busy && asking === 'all'}
          onConfirm={onRevokeAll}
        />
      </div>
    </>
  );
}
