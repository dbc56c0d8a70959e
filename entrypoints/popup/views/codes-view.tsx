import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../../lib/protocol/client';
import type { AccountSort, AccountSummary, TotpCode, VaultStatus } from '../../../lib/protocol/protocol';
import { filterAccounts } from '../../../lib/ui/account-filter';
import { accountName } from '../../../lib/accounts/account-name';
import { accountCollator, orderAccounts } from '../../../lib/accounts/account-order';
import { rowFill, useAutofill } from '../../../lib/ui/autofill/autofill-state';
import { ErrorMessage } from '../../../lib/ui/error-message';
import { ACCOUNT_LIST_HEIGHT, ACCOUNT_ROW_HEIGHT } from '../../../lib/ui/layout';
import { IconButton, IconLink } from '../../../lib/ui/icon-button';
import { LockIcon, ManageIcon, PlusIcon, ScanIcon, SettingsIcon } from '../../../lib/ui/icons';
import { CODES_VISIBLE_MARK, markOnce } from '../../../lib/ui/perf-marks';
import { StatusNotice } from '../../../lib/ui/status-notice';
import { useAction } from '../../../lib/ui/use-action';
import { useLazyModule } from '../../../lib/ui/use-lazy-module';
import { useCurrentCodes } from '../../../lib/ui/use-current-codes';
import { useNow } from '../../../lib/ui/use-now';
import { VirtualList } from '../../../lib/ui/virtual-list';
import { visibleRange } from '../../../lib/ui/visible-range';
import { AccountRow } from './account-row';
import { AddAccountView } from './add-account-view';
import { AutofillQuestions, SiteLine } from './autofill-panel';
import { SortChoice } from './sort-choice';
import { t } from '../../../lib/i18n/t';

/** The scanner and the import code it needs are loaded on the first scan, not with the list. */
const loadScanView = () => import('./scan-view');

interface CodesViewProps {
  status: VaultStatus;
  onStatus: (status: VaultStatus) => void;
  /** What the opening message brought (the first screen), so the first paint needs no other request. */
  initial?: { accounts: AccountSummary[]; codes: TotpCode[]; complete: boolean };
  /** The list's order as the opening message found it (the first screen is in it); else it is read. */
  initialSort?: AccountSort | undefined;
  /** A notice to show on arrival, e.g. after a server flow added an account. */
  notice?: string;
}

export function CodesView({ status, onStatus, initial, initialSort, notice: arrivalNotice }: CodesViewProps) {
  const [accounts, setAccounts] = useState<AccountSummary[] | undefined>(initial?.accounts);
  const [sort, setSort] = useState<AccountSort | undefined>(initialSort);
  const [complete, setComplete] = useState(initial?.complete ?? false);
  const [query, setQuery] = useState('');
  const [scrollTop, setScrollTop] = useState(0);
  /** The list row holding the keyboard focus: the rows around it stay rendered (visibleRange). */
  const [focusedRow, setFocusedRow] = useState<number>();
  /** The screen open in place of the list, and the one that just closed (its button takes the focus back). */
  const [opened, setOpened] = useState<'add' | 'scan' | undefined>();
  const [closed, setClosed] = useState<'add' | 'scan' | undefined>();
  const [notice, setNotice] = useState<string | undefined>(arrivalNotice);
  const [error, setError] = useState<string | undefined>();
  const now = useNow();
  const scanner = useLazyModule(loadScanView, opened === 'scan');

  const onError = useCallback(
    (e: Error) => {
      // The vault may have locked itself (idle timer) while the popup was open.
      if (e.name === 'VaultLockedError') onStatus({ ...status, state: 'locked' });
      else setError(e.message);
    },
    [status, onStatus],
  );
  const autofill = useAutofill(setNotice, onError);

  /** Bumped to ask for the whole list again: after a scan, or an add made while it was on its way. */
  const [listRequest, setListRequest] = useState(0);
  useEffect(() => {
    // After the first paint: the whole list, for scrolling and search. Only the latest request's
    // reply is used: an earlier one may have been read before an account was added here.
    if (complete) return;
    let latest = true;
    sendMessage('accounts.list', {}).then(
      (list) => {
        if (!latest) return;
        setAccounts(list);
        setComplete(true);
      },
      (e: Error) => latest && onError(e),
    );
    return () => {
      latest = false;
    };
  }, [complete, listRequest, onError]);
  useEffect(() => {
    // Opened after an unlock, or again after a server flow: the choice is read with the list.
    if (initialSort) return;
    sendMessage('settings.get', {}).then(
      (settings) => setSort((chosen) => chosen ?? settings.accountSort),
      () => setSort((chosen) => chosen ?? 'manual'),
    );
  }, [initialSort]);
  const reloadList = () => {
    setComplete(false);
    setListRequest((n) => n + 1);
  };

  const collator = useMemo(() => accountCollator(), []);
  const ordered = useMemo(() => orderAccounts(accounts ?? [], sort ?? 'manual', collator), [accounts, sort, collator]);
  const visible = useMemo(() => filterAccounts(ordered, query), [ordered, query]);
  const listHeight = Math.min(visible.length * ACCOUNT_ROW_HEIGHT, ACCOUNT_LIST_HEIGHT);
  const range = visibleRange(scrollTop, listHeight, ACCOUNT_ROW_HEIGHT, visible.length, focusedRow);
  const shownTotpIds = useMemo(
    () => visible.slice(range.start, range.end).filter((a) => a.type === 'totp').map((a) => a.id),
    [visible, range.start, range.end],
  );
  const codes = useCurrentCodes(shownTotpIds, onError, initial?.codes);

  useEffect(() => {
    // Runs after the browser painted: the moment the user sees every code on screen.
    if (accounts && shownTotpIds.every((id) => codes.has(id))) markOnce(CODES_VISIBLE_MARK);
  }, [accounts, shownTotpIds, codes]);

  const lock = useAction(async () => {
    onStatus(await sendMessage('vault.lock', {}));
  });

  const chooseSort = (next: AccountSort) => {
    const before = sort;
    setSort(next);
    sendMessage('settings.update', { accountSort: next }).catch((e: Error) => {
      setSort(before);
      onError(e);
    });
  };

  // The row moves to its new place at once; the vault keeps the fact for the next opening.
  const togglePin = (account: AccountSummary) => {
    sendMessage('accounts.pin', { id: account.id, pinned: !account.pinned }).then(
      (changed) => setAccounts((list) => list?.map((a) => (a.id === changed.id ? changed : a))),
      onError,
    );
  };

  // For the "recently used" order of the next opening: the list does not move under the user now.
  const recordCopy = (account: AccountSummary) => {
    sendMessage('accounts.used', { id: account.id }).catch(onError);
  };

  const openManagePage = () => {
    browser.runtime.openOptionsPage().catch(() => setError(t('popupManagePageFailed')));
  };

  const closeScreen = () => {
    setClosed(opened);
    setOpened(undefined);
  };

  if (opened === 'scan') {
    const ScanView = scanner.module?.ScanView;
    if (!ScanView) return scanner.error ? <ErrorMessage message={scanner.error} /> : <p class="loading">{t('popupLoading')}</p>;
    return (
      <ScanView
        onDone={(added) => {
          closeScreen();
          if (added) {
            setNotice(added);
            // The scan may have added several accounts (an export): read the list again.
            reloadList();
          }
        }}
      />
    );
  }

  if (opened === 'add') {
    return (
      <AddAccountView
        onDone={(added) => {
          closeScreen();
          if (added) {
            setAccounts((list) => [...(list ?? []), added]);
            setNotice(t('popupAddedOne', { name: added.issuer || added.label }));
            if (!complete) reloadList();
          }
        }}
      />
    );
  }

  return (
    <main class="panel codes">
      <AutofillQuestions autofill={autofill} accounts={accounts ?? []} />
      {/* The tab says "Codes": the heading is there for the page's outline only. */}
      <h1 class="visually-hidden">{t('popupCodes')}</h1>
      <div class="toolbar">
        <SortChoice sort={sort ?? 'manual'} onSort={chooseSort} />
        <IconButton icon={<PlusIcon />} label={t('popupAddAccount')} returning={closed === 'add'} onClick={() => setOpened('add')} />
        {/* Opening the popup from the toolbar granted activeTab for this tab: the scan may capture it. */}
        <IconButton icon={<ScanIcon />} label={t('popupScanQrCode')} returning={closed === 'scan'} onClick={() => setOpened('scan')} />
        <IconButton icon={<ManageIcon />} label={t('popupManage')} onClick={openManagePage} />
        <IconLink icon={<SettingsIcon />} label={t('popupSettings')} href={browser.runtime.getURL('/options.html#settings')} />
        <IconButton
          icon={<LockIcon />}
          label={lock.busy ? t('popupLocking') : t('popupLock')}
          busy={lock.busy}
          onClick={() => void lock.run()}
        />
      </div>
      <SiteLine autofill={autofill} />
      <label class="search">
        <span class="visually-hidden">{t('popupSearchAccounts')}</span>
        <input
          type="search"
          placeholder={t('popupSearch')}
          value={query}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setScrollTop(0);
          }}
        />
      </label>
      <ErrorMessage message={error ?? lock.error} />
      <StatusNotice message={notice} />
      {accounts === undefined ? (
        <p class="loading">{t('popupLoadingAccounts')}</p>
      ) : accounts.length === 0 ? (
        <p class="empty">{t('popupNoAccounts')}</p>
      ) : visible.length === 0 ? (
        <p class="empty">{t('popupNoAccountMatches', { query })}</p>
      ) : (
        <VirtualList
          items={visible}
          range={range}
          label={t('popupAccounts')}
          rowHeight={ACCOUNT_ROW_HEIGHT}
          height={listHeight}
          onScroll={setScrollTop}
          onFocusRow={setFocusedRow}
          rowKey={(account) => account.id}
          rowLabel={accountName}
          renderRow={(account) => (
            <AccountRow
              account={account}
              code={codes.get(account.id)}
              now={now}
              onCopied={(name) => {
                setNotice(t('popupCopiedCodeFor', { name }));
                recordCopy(account);
              }}
              onTogglePin={() => togglePin(account)}
              onError={onError}
              fill={rowFill(autofill, account.id)}
            />
          )}
        />
      )}
    </main>
  );
}
