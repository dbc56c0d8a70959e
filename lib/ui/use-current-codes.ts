import { useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '../protocol/client';
import type { TotpCode } from '../protocol/protocol';
import { nextRefreshAt } from './code-format';

/** How long to wait before asking again after a failed refresh. */
export const RETRY_AFTER_MS = 2_000;

/**
 * The current TOTP codes of the accounts on screen. Codes change only at period boundaries, so the
 * background is asked only when a shown code is missing or expired, and again when the first one
 * expires; never every second. Codes already known (from the opening message, or rows scrolled
 * past) are kept. A failed refresh is reported and retried; rows hide any expired code meanwhile.
 */
export function useCurrentCodes(ids: readonly string[], onError: (error: Error) => void, initial?: readonly TotpCode[]) {
  const [codes, setCodes] = useState<ReadonlyMap<string, TotpCode>>(() => new Map(initial?.map((c) => [c.id, c])));
  const known = useRef(codes);
  known.current = codes;
  const reportError = useRef(onError);
  reportError.current = onError;
  const key = ids.join(',');

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refreshAt = (due: number | undefined) => {
      if (due !== undefined) timer = setTimeout(refresh, Math.max(due - Date.now(), 0) + 20);
    };
    async function refresh() {
      try {
        const { codes: fresh } = await sendMessage('codes.current', { ids: [...ids] });
        if (cancelled) return;
        setCodes((previous) => new Map([...previous, ...fresh.map((code) => [code.id, code] as const)]));
        refreshAt(nextRefreshAt(fresh));
      } catch (error) {
        if (cancelled) return;
        reportError.current(error as Error);
        timer = setTimeout(refresh, RETRY_AFTER_MS);
      }
    }
    if (ids.length > 0) {
      const shown = ids.map((id) => known.current.get(id));
      const allCurrent = shown.every((code) => code !== undefined && code.validUntil > Date.now());
      if (allCurrent) refreshAt(nextRefreshAt(shown as TotpCode[]));
      else void refresh();
    }
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // `key` stands for `ids`: act only when the set of accounts on screen changes.
  }, [key]);

  return codes;
}
