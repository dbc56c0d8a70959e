import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../messaging/client';
import type { TotpCode } from '../messaging/protocol';
import { nextRefreshAt } from './code-format';

/**
 * The current TOTP codes of the given accounts, asked of the background once and then again only
 * when one of them expires (not every second): codes change at period boundaries.
 */
export function useCurrentCodes(ids: readonly string[], onError: (error: Error) => void) {
  const [codes, setCodes] = useState<ReadonlyMap<string, TotpCode>>(new Map());
  const key = ids.join(',');

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    async function refresh() {
      if (ids.length === 0) return setCodes(new Map());
      try {
        const { codes: fresh } = await sendMessage('codes.current', { ids: [...ids] });
        if (cancelled) return;
        setCodes(new Map(fresh.map((code) => [code.id, code])));
        const due = nextRefreshAt(fresh);
        if (due !== undefined) timer = setTimeout(refresh, Math.max(due - Date.now(), 0) + 20);
      } catch (error) {
        if (!cancelled) onError(error as Error);
      }
    }
    void refresh();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // `key` stands for `ids`: refetch only when the set of accounts changes.
  }, [key]);

  return codes;
}
