import { useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/protocol/client';
import type { TrustedDevicesView } from '../../../../lib/protocol/protocol';
import { t } from '../../../../lib/i18n/t';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { StatusNotice } from '../../../../lib/ui/status-notice';
import { useAction } from '../../../../lib/ui/use-action';
import { Loaded } from '../shared/load-status';
import { OwnerTable, ownerName } from '../shared/owner-table';
import { Section, useSectionHeading } from '../shared/section';
import { useLoaded } from '../shared/use-loaded';
import { DeviceRow, deviceColumns } from './device-row';
import { OtherDevices } from './other-devices';

const loadDevices = () => sendMessage('devices.list', {});

/** Which confirmation is open: one device's, or the one for every other device. */
type Asking = { id: number } | 'others' | undefined;

/** The logged-in user's trusted devices: which one is this browser, until when each is trusted, revoke. */
export function DevicesSection() {
  const devices = useLoaded(loadDevices, { followServerSession: true });
  const [asking, setAsking] = useState<Asking>();
  const [notice, setNotice] = useState<string>();
  const heading = useSectionHeading();

  const act = useAction(async (work: () => Promise<TrustedDevicesView>, done: string) => {
    setNotice(undefined);
    try {
      devices.show(await work());
      setAsking(undefined);
      setNotice(done);
      // The row (or rows) just revoked took the focus with them.
      heading.current?.focus();
    } catch (error) {
      // Part of it may have happened (a device already gone, some of the others revoked).
      void devices.reload();
      throw error;
    }
  });

  return (
    <Section id="devices" headingRef={heading}>
      <StatusNotice message={notice} />
      <ErrorMessage message={act.error} />
      <Loaded data={devices} loading={t('manageLoadingDevices')}>
        {(view) => (
          <DevicesTable
            view={view}
            asking={asking}
            busy={act.busy}
            onAsk={(next) => {
              act.reset();
              setAsking(next);
            }}
            onRevoke={(device) =>
              void act.run(
                () => sendMessage('devices.revoke', { id: device }),
                device === thisBrowserId(view)
                  ? t('manageThisBrowserRevoked')
                  : t('manageDeviceRevoked'),
              )
            }
            onRevokeOthers={() => void act.run(() => sendMessage('devices.revokeOthers', {}), t('manageOthersRevoked'))}
          />
        )}
      </Loaded>
    </Section>
  );
}

function thisBrowserId(view: TrustedDevicesView): number | undefined {
  return view.devices.find((device) => device.thisBrowser)?.id;
}

interface DevicesTableProps {
  view: TrustedDevicesView;
  asking: Asking;
  busy: boolean;
  onAsk: (asking: Asking) => void;
  onRevoke: (id: number) => void;
  onRevokeOthers: () => void;
}

function DevicesTable({ view, asking, busy, onAsk, onRevoke, onRevokeOthers }: DevicesTableProps) {
  const now = Date.now();
  const own = thisBrowserId(view);
  const owner = ownerName(view);
  return (
    <>
      <OwnerTable
        owner={owner}
        intro={t('manageDevicesIntro', { owner })}
        empty={t('manageNoDevices')}
        caption={t('manageDevicesCaption', { owner })}
        columns={deviceColumns()}
        rowCount={view.devices.length}
      >
        {view.devices.map((device) => {
          const confirming = typeof asking === 'object' && asking.id === device.id;
          return (
            <DeviceRow
              key={device.id}
              device={device}
              now={now}
              confirming={confirming}
              blocked={busy}
              busy={busy && confirming}
              onAsk={() => onAsk({ id: device.id })}
              onCancel={() => onAsk(undefined)}
              onRevoke={() => onRevoke(device.id)}
            />
          );
        })}
      </OwnerTable>
      {view.devices.length > 0 && (
        <OtherDevices
          thisBrowserKnown={own !== undefined}
          others={view.devices.filter((device) => device.id !== own).length}
          asking={asking === 'others'}
          busy={busy}
          onAsk={() => onAsk('others')}
          onCancel={() => onAsk(undefined)}
          onConfirm={onRevokeOthers}
        />
      )}
    </>
  );
}
