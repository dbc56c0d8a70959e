import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { onExtensionEvent } from '../../../../lib/messaging/events';

/** The errors that mean "no user is logged in to list this for": a state of the page, not a failure. */
const LOGIN_NEEDED = new Set(['ServerLoginRequiredError', 'NotLoggedInError']);

export type ListState<T> =
  | { kind: 'loading' }
  | { kind: 'loaded'; view: T }
  | { kind: 'login-needed'; message: string }
  | { kind: 'failed'; message: string };

function failedState<T>(error: unknown): ListState<T> {
  const message = error instanceof Error ? error.message : String(error);
  return error instanceof Error && LOGIN_NEEDED.has(error.name) ? { kind: 'login-needed', message } : { kind: 'failed', message };
}

/**
 * A list that belongs to the server session (trusted devices, MFA keys). The login happens in the
 * toolbar popup, so the list is read again when the page comes back into view and when the
 * background says the session changed. Only the newest answer is shown: a slow read started
 * before an action must not bring back what the action removed.
 */
export function useServerList<T>(load: () => Promise<T>) {
  const [state, setState] = useState<ListState<T>>({ kind: 'loading' });
  const latest = useRef(0);

  const show = useCallback((view: T) => {
    latest.current += 1;
    setState({ kind: 'loaded', view });
  }, []);

  const reload = useCallback(async () => {
    const turn = ++latest.current;
    let next: ListState<T>;
    try {
      next = { kind: 'loaded', view: await load() };
    } catch (error) {
      next = failedState(error);
    }
    if (turn === latest.current) setState(next);
  }, [load]);

  useEffect(() => {
    void reload();
    const stop = onExtensionEvent('session.changed', () => void reload());
    const onVisible = () => {
      if (document.visibilityState === 'visible') void reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [reload]);

  return { state, reload, show };
}
