import { useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '../messaging/client';
import type { TotpCode } from '../messaging/protocol';
import { nextRefreshAt } from './code-format';

/** How long to wait before asking again after a failed refresh. */
export const RETRY_AFTER_MS = 2_000;

/**
 * The current TOTP codes of the given accounts, asked of the background once and then again only
 * when one of them expires (not every second): codes change at period boundaries. A failed refresh
 * is reported and retried; the caller hides any code whose `validUntil` has passed meanwhile.
 */
export function useCurrentCodes(ids: readonly string[], onError: (error: Error) => void) {
  const [codes, setCodes] = useState<ReadonlyMap<string, TotpCode>>(new Map());
  const reportError = useRef(onError);
  reportError.current = onError;
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
        if (cancelled) return;
        reportError.current(error as Error);
        timer = setTimeout(refresh, RETRY_AFTER_MS);
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
