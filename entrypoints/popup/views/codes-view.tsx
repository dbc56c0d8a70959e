import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { sendMessage } from '../../../lib/messaging/client';
import type { AccountSummary, VaultStatus } from '../../../lib/messaging/protocol';
import { filterAccounts } from '../../../lib/ui/account-filter';
import { ErrorMessage } from '../../../lib/ui/error-message';
import { useAction } from '../../../lib/ui/use-action';
import { useCurrentCodes } from '../../../lib/ui/use-current-codes';
import { useNow } from '../../../lib/ui/use-now';
import { AccountRow } from './account-row';
import { AddAccountView } from './add-account-view';
import { SettingsPanel } from './settings-panel';

interface CodesViewProps {
  status: VaultStatus;
  onStatus: (status: VaultStatus) => void;
}

export function CodesView({ status, onStatus }: CodesViewProps) {
  const [accounts, setAccounts] = useState<AccountSummary[] | undefined>();
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const now = useNow();

  const onError = useCallback(
    (e: Error) => {
      // The vault may have locked itself (idle timer) while the popup was open.
      if (e.name === 'VaultLockedError') onStatus({ ...status, state: 'locked' });
      else setError(e.message);
    },
    [status, onStatus],
  );

  useEffect(() => {
    sendMessage('accounts.list', {}).then(setAccounts, onError);
  }, [onError]);

  const visible = useMemo(() => filterAccounts(accounts ?? [], query), [accounts, query]);
  const totpIds = useMemo(() => visible.filter((a) => a.type === 'totp').map((a) => a.id), [visible]);
  const codes = useCurrentCodes(totpIds, onError);

  const lock = useAction(async () => {
    onStatus(await sendMessage('vault.lock', {}));
  });

  if (adding) {
    return (
      <AddAccountView
        onDone={(added) => {
          setAdding(false);
          if (added) {
            setAccounts((list) => [...(list ?? []), added]);
            setNotice(`Added ${added.issuer || added.label}.`);
          }
        }}
      />
    );
  }

  return (
    <main class="panel codes">
      <header class="toolbar">
        <h1>Codes</h1>
        <button type="button" onClick={() => setAdding(true)}>
          Add account
        </button>
        <button type="button" onClick={() => void lock.run()} disabled={lock.busy}>
          Lock
        </button>
      </header>
      <label class="search">
        <span class="visually-hidden">Search accounts</span>
        <input type="search" placeholder="Search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </label>
      <ErrorMessage message={error ?? lock.error} />
      <p class="notice" role="status">
        {notice}
      </p>
      {accounts === undefined ? (
        <p class="loading">Loading accounts…</p>
      ) : accounts.length === 0 ? (
        <p class="empty">No accounts yet. Add one from an otpauth:// link or a key.</p>
      ) : visible.length === 0 ? (
        <p class="empty">No account matches “{query}”.</p>
      ) : (
        <ul class="accounts" aria-label="Accounts">
          {visible.map((account) => (
            <AccountRow
              key={account.id}
              account={account}
              code={codes.get(account.id)}
              now={now}
              onCopied={(name) => setNotice(`Copied the code for ${name}.`)}
              onError={onError}
            />
          ))}
        </ul>
      )}
      <SettingsPanel status={status} onStatus={onStatus} />
    </main>
  );
}
