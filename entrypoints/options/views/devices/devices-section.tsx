import { useRef, useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/messaging/client';
import type { TrustedDevicesView } from '../../../../lib/messaging/protocol';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { StatusNotice } from '../../../../lib/ui/status-notice';
import { useAction } from '../../../../lib/ui/use-action';
import { DeviceRow } from './device-row';
import { OtherDevices } from './other-devices';
import { ListStatus } from './list-status';
import { useServerList } from './use-server-list';
import './server-lists.css';

const loadDevices = () => sendMessage('devices.list', {});

/** Which confirmation is open: one device's, or the one for every other device. */
type Asking = { id: number } | 'others' | undefined;

/** The logged-in user's trusted devices: which one is this browser, until when each is trusted, revoke. */
export function DevicesSection() {
  const list = useServerList(loadDevices);
  const [asking, setAsking] = useState<Asking>();
  const [notice, setNotice] = useState<string>();
  const headingRef = useRef<HTMLHeadingElement>(null);

  const act = useAction(async (work: () => Promise<TrustedDevicesView>, done: string) => {
    setNotice(undefined);
    try {
      list.show(await work());
      setAsking(undefined);
      setNotice(done);
      // The row (or rows) just revoked took the focus with them.
      headingRef.current?.focus();
    } catch (error) {
      // Part of it may have happened (a device already gone, some of the others revoked).
      void list.reload();
      throw error;
    }
  });

  const { state } = list;
  return (
    <section class="server-list" aria-labelledby="devices-heading">
      <h2 id="devices-heading" ref={headingRef} tabIndex={-1}>
        Trusted devices
      </h2>
      {state.kind !== 'loaded' ? (
        <ListStatus state={state} what="trusted devices" onRetry={() => void list.reload()} />
      ) : (
        <DevicesTable
          view={state.view}
          asking={asking}
          busy={act.busy}
          onAsk={(next) => {
            act.reset();
            setAsking(next);
          }}
          onRevoke={(device) =>
            void act.run(
              () => sendMessage('devices.revoke', { id: device }),
              device === thisBrowserId(state.view)
                ? 'This browser is no longer trusted: its next login will ask for a code.'
                : 'The device is no longer trusted.',
            )
          }
          onRevokeOthers={() => void act.run(() => sendMessage('devices.revokeOthers', {}), 'Every other device is revoked.')}
        />
      )}
      <StatusNotice message={notice} />
      <ErrorMessage message={act.error} />
    </section>
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
  const owner = `${view.username} on ${view.profile.name}`;
  if (view.devices.length === 0) {
    return (
      <>
        <p class="muted">{owner}</p>
        <p class="empty">No trusted devices.</p>
      </>
    );
  }
  return (
    <>
      <p class="muted">Devices where {owner} logs in without a code.</p>
      <table>
        <caption class="visually-hidden">Trusted devices of {owner}</caption>
        <thead>
          <tr>
            <th scope="col">Operating system</th>
            <th scope="col">Browser</th>
            <th scope="col">Trusted since</th>
            <th scope="col">Trusted until</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
      <OtherDevices
        thisBrowserKnown={own !== undefined}
        others={view.devices.filter((device) => device.id !== own).length}
        asking={asking === 'others'}
        busy={busy}
        onAsk={() => onAsk('others')}
        onCancel={() => onAsk(undefined)}
        onConfirm={onRevokeOthers}
      />
    </>
  );
}
