import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../../lib/protocol/client';
import { onExtensionEvent } from '../../../lib/messaging/events';
import type { AccountSort, AccountSummary, PendingEnrolment, TotpCode, VaultStatus } from '../../../lib/protocol/protocol';
import { ErrorMessage } from '../../../lib/ui/error-message';
import { TabList, TabPanel, tabId, type TabDefinition } from '../../../lib/ui/tabs';
import { useLazyModule } from '../../../lib/ui/use-lazy-module';
import { CodesView } from './codes-view';
import { EnrolmentBanner } from './enrolment-banner';
import { t } from '../../../lib/i18n/t';

type Section = 'codes' | 'server';

/** The tabs, named in the user's language when the popup draws them. */
const sections = (): readonly TabDefinition<Section>[] => [
  { key: 'codes', title: t('popupCodes') },
  { key: 'server', title: t('popupServer') },
];
const TABS_ID = 'section';

/** The server flows are a separate chunk: a popup opened for its codes never loads them. */
const loadServerPanel = () => import('./server/server-panel');

interface UnlockedPopupProps {
  status: VaultStatus;
  onStatus: (status: VaultStatus) => void;
  initial?: { accounts: AccountSummary[]; codes: TotpCode[]; complete: boolean };
  accountSort?: AccountSort | undefined;
}

export function UnlockedPopup({ status, onStatus, initial, accountSort }: UnlockedPopupProps) {
  const [section, setSection] = useState<Section>('codes');
  const [enrolments, setEnrolments] = useState<PendingEnrolment[]>([]);
  /** The pending key whose enrolment screen the Server tab shows. */
  const [finishing, setFinishing] = useState<PendingEnrolment | undefined>();
  /** A new generation reloads the Codes tab's list, after a server flow added an account to it. */
  const [codes, setCodes] = useState<{ generation: number; notice?: string }>({ generation: 0 });
  const server = useLazyModule(loadServerPanel, section === 'server');

  // The reminder is a convenience: when the list cannot be read, the codes still show, and the
  // Server tab reports its own failures.
  const refreshEnrolments = useCallback(() => {
    sendMessage('enrolment.list', {}).then(setEnrolments, () => undefined);
  }, []);

  // Runs after the first paint, so the codes never wait for it; a new session may change which
  // enrolments can be finished.
  useEffect(() => {
    refreshEnrolments();
    return onExtensionEvent('session.changed', refreshEnrolments);
  }, [refreshEnrolments]);

  const onEnrolments = useCallback((list: PendingEnrolment[]) => {
    setEnrolments(list);
    setFinishing((open) => (open && list.some((e) => e.accountId === open.accountId) ? open : undefined));
  }, []);

  // The enrolment screen takes the focus itself when it appears (its heading): the control that
  // opened it is gone by then, and the screen may take a moment to load.
  const openEnrolment = useCallback(
    (enrolment: PendingEnrolment | undefined) => {
      setFinishing(enrolment);
      refreshEnrolments();
      if (enrolment) setSection('server');
    },
    [refreshEnrolments],
  );

  const showInCodes = useCallback(
    (notice: string) => {
      setFinishing(undefined);
      setCodes((c) => ({ generation: c.generation + 1, notice }));
      refreshEnrolments();
      setSection('codes');
      // The flow's screen is gone with its controls: focus goes to the tab now selected.
      document.getElementById(tabId(TABS_ID, 'codes'))?.focus();
    },
    [refreshEnrolments],
  );

  const ServerPanel = server.module?.ServerPanel;
  // The list may be fresher than the screen's copy (a session that ended, for instance).
  const enrolment = finishing && (enrolments.find((e) => e.accountId === finishing.accountId) ?? finishing);

  return (
    <div class="unlocked">
      <EnrolmentBanner
        enrolments={enrolments}
        openId={section === 'server' ? finishing?.accountId : undefined}
        onFinish={openEnrolment}
        onEnrolments={onEnrolments}
      />
      <TabList label={t('popupSections')} idPrefix={TABS_ID} tabs={sections()} selected={section} onSelect={setSection} />
      <TabPanel idPrefix={TABS_ID} tabKey="codes" selected={section === 'codes'}>
        <CodesView
          key={codes.generation}
          status={status}
          onStatus={onStatus}
          initial={codes.generation === 0 ? initial : undefined}
          initialSort={codes.generation === 0 ? accountSort : undefined}
          notice={codes.notice}
        />
      </TabPanel>
      <TabPanel idPrefix={TABS_ID} tabKey="server" selected={section === 'server'}>
        {ServerPanel ? (
          <ServerPanel
            enrolment={enrolment}
            onOpenEnrolment={openEnrolment}
            onEnrolments={onEnrolments}
            onSessionChange={refreshEnrolments}
            onShowCodes={showInCodes}
          />
        ) : server.error ? (
          <div class="panel">
            <ErrorMessage message={server.error} />
          </div>
        ) : (
          <p class="panel loading">{t('popupLoading')}</p>
        )}
      </TabPanel>
    </div>
  );
}
