import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../../lib/protocol/client';
import type { AccountSort, AccountSummary, TotpCode, VaultStatus } from '../../../lib/protocol/protocol';
import { filterAccounts } from '../../../lib/ui/account-filter';
import { accountName } from '../../../lib/accounts/account-name';
import { orderAccounts } from '../../../lib/accounts/account-order';
import { rowFill, useAutofill } from '../../../lib/ui/autofill/autofill-state';
import { ErrorMessage } from '../../../lib/ui/error-message';
import { ACCOUNT_LIST_HEIGHT, ACCOUNT_ROW_HEIGHT } from '../../../lib/ui/layout';
import { IconButton, IconLink } from '../../../lib/ui/icon-button';
import { LockIcon, ManageIcon, PlusIcon, ScanIcon, SettingsIcon } from '../../../lib/ui/icons';
import { CODES_VISIBLE_MARK, markAfterPaint } from '../../../lib/ui/perf-marks';
import { StatusNotice } from '../../../lib/ui/status-notice';
import { usableCode } from '../../../lib/ui/code-format';
import { useSearchKeys } from '../../../lib/ui/keyboard/use-search-keys';
import { usePanelShown } from '../../../lib/ui/tabs';
import { useAction } from '../../../lib/ui/use-action';
import { useCopyCode } from '../../../lib/ui/use-copy-code';
import { useNotices } from '../../../lib/ui/use-notice';
import { useLazyModule } from '../../../lib/ui/use-lazy-module';
import { useCurrentCodes } from '../../../lib/ui/use-current-codes';
import { useNow } from '../../../lib/ui/use-now';
import { VirtualList, type VirtualListControl } from '../../../lib/ui/virtual-list';
import { OVERSCAN, visibleRange } from '../../../lib/ui/visible-range';
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
  const notices = useNotices(arrivalNotice);
  /** Counter-based codes asked for in this popup, by account: a row scrolled away and back keeps its code. */
  const [counterCodes, setCounterCodes] = useState<ReadonlyMap<string, string>>(new Map());
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
  const autofill = useAutofill(notices.show, onError);

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

  const ordered = useMemo(() => orderAccounts(accounts ?? [], sort ?? 'manual'), [accounts, sort]);
  const visible = useMemo(() => filterAccounts(ordered, query), [ordered, query]);
  const listHeight = Math.min(visible.length * ACCOUNT_ROW_HEIGHT, ACCOUNT_LIST_HEIGHT);
  // The first frame draws only the rows in view; those around them follow just after it, for
  // scrolling, so the popup's first paint costs no row the user cannot see.
  const [firstFrameDrawn, setFirstFrameDrawn] = useState(false);
  useEffect(() => setFirstFrameDrawn(true), []);
  const range = visibleRange(scrollTop, listHeight, ACCOUNT_ROW_HEIGHT, visible.length, focusedRow, firstFrameDrawn ? OVERSCAN : 0);
  const shownTotpIds = useMemo(
    () => visible.slice(range.start, range.end).filter((a) => a.type === 'totp').map((a) => a.id),
    [visible, range.start, range.end],
  );
  const codes = useCurrentCodes(shownTotpIds, onError, initial?.codes);

  // The first render that shows every code on screen: the user sees them after the next frame.
  if (accounts && shownTotpIds.every((id) => codes.has(id))) markAfterPaint(CODES_VISIBLE_MARK);

  const list = useRef<VirtualListControl>();
  const copyCode = useCopyCode(notices.showFor, onError);

  /** Copies an account's code, if it has one to copy now; false when it has none. */
  function copy(account: AccountSummary): boolean {
    const code = usableCode(account.type, codes.get(account.id), counterCodes.get(account.id), Date.now());
    if (!code) return false;
    void copyCode(accountName(account), code);
    // For the "recently used" order of the next opening: the list does not move under the user now.
    sendMessage('accounts.used', { id: account.id }).catch(onError);
    return true;
  }

  /** A time-based account whose code Enter asked for while it was on its way (typed fast, just filtered). */
  const [copyOnArrival, setCopyOnArrival] = useState<AccountSummary>();
  useEffect(() => {
    if (copyOnArrival && copy(copyOnArrival)) setCopyOnArrival(undefined);
  }, [copyOnArrival, codes]);

  // The popup opens (or unlocks) with the focus in the search field: type, then Enter.
  const keys = useSearchKeys({
    shown: usePanelShown(),
    query,
    clearQuery: () => {
      setQuery('');
      setScrollTop(0);
    },
    /**
     * The first match's code is filled where the popup was opened for a fill (the keyboard shortcut
     * or the menu waits for a choice), else copied, as soon as it is there. A counter-based account
     * with no code yet gets the focus instead, on its Next code button.
     */
    takeFirstMatch: () => {
      const first = visible[0];
      if (!first) return;
      if (autofill.pending) autofill.fill(first.id, false);
      else if (copy(first)) setCopyOnArrival(undefined);
      else if (first.type === 'totp') setCopyOnArrival(first);
      else list.current?.focusRow(0);
    },
    list,
  });

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
            notices.show(added);
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
            notices.show(t('popupAddedOne', { name: added.issuer || added.label }));
            if (!complete) reloadList();
          }
        }}
      />
    );
  }

  return (
    <div class="panel codes" onKeyDown={keys.onScreenKey}>
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
          ref={keys.search}
          type="search"
          placeholder={t('popupSearch')}
          aria-describedby="search-keys"
          value={query}
          onKeyDown={keys.onSearchKey}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setScrollTop(0);
            setCopyOnArrival(undefined);
          }}
        />
      </label>
      <span id="search-keys" class="visually-hidden">
        {t('popupKeysSearchHint')}
      </span>
      <ErrorMessage message={error ?? lock.error} />
      <StatusNotice message={notices.notice} />
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
          onLeaveTop={() => keys.search.current?.focus()}
          control={list}
          rowKey={(account) => account.id}
          rowLabel={accountName}
          rowClass="account"
          renderRow={(account) => (
            <AccountRow
              account={account}
              code={codes.get(account.id)}
              counterCode={counterCodes.get(account.id)}
              now={now}
              onCopy={() => copy(account)}
              onCounterCode={(code) => setCounterCodes((known) => new Map(known).set(account.id, code))}
              onTogglePin={() => togglePin(account)}
              onError={onError}
              fill={rowFill(autofill, account.id)}
            />
          )}
        />
      )}
    </div>
  );
}
