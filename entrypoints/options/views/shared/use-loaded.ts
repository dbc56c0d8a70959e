import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { onExtensionEvent } from '../../../../lib/messaging/events';

/** The errors that mean "no user is logged in to list this for": a state of the page, not a failure. */
const LOGIN_NEEDED = new Set(['ServerLoginRequiredError', 'NotLoggedInError', 'OtherUsersLoginRequiredError']);

/** The error says a server login is needed first, which no retry can make. */
export function isLoginNeeded(error: unknown): boolean {
  return error instanceof Error && LOGIN_NEEDED.has(error.name);
}

export type LoadState<T> =
  | { kind: 'loading' }
  | { kind: 'loaded'; value: T }
  | { kind: 'login-needed'; message: string }
  | { kind: 'failed'; message: string };

/** What a section shows while it has nothing loaded: loading, a login to make first, or a failure. */
export type UnloadedState = Exclude<LoadState<unknown>, { kind: 'loaded' }>;

function failedState<T>(error: unknown): LoadState<T> {
  const message = error instanceof Error ? error.message : String(error);
  return isLoginNeeded(error) ? { kind: 'login-needed', message } : { kind: 'failed', message };
}

interface LoadOptions {
  /**
   * The value belongs to the server session (trusted devices, MFA keys). The login happens in the
   * toolbar popup, so it is read again when the page comes back into view and when the background
   * says the session changed.
   */
  followServerSession?: boolean;
}

/**
 * What a section reads from the background when it opens, with its state for display. Only the
 * newest answer is shown: a slow read started before an action must not bring back what the
 * action removed. `load` must be stable (a module-level function).
 */
export function useLoaded<T>(load: () => Promise<T>, { followServerSession = false }: LoadOptions = {}) {
  const [state, setState] = useState<LoadState<T>>({ kind: 'loading' });
  const latest = useRef(0);

  /** Shows the value an action answered with: newer than any read still on its way. */
  const show = useCallback((value: T) => {
    latest.current += 1;
    setState({ kind: 'loaded', value });
  }, []);

  /** Changes the value on screen at once (an edit the page knows the outcome of). */
  const update = useCallback((change: (value: T) => T) => {
    setState((current) => (current.kind === 'loaded' ? { kind: 'loaded', value: change(current.value) } : current));
  }, []);

  const reload = useCallback(async () => {
    const turn = ++latest.current;
    let next: LoadState<T>;
    try {
      next = { kind: 'loaded', value: await load() };
    } catch (error) {
      next = failedState(error);
    }
    if (turn === latest.current) setState(next);
  }, [load]);

  useEffect(() => {
    void reload();
    if (!followServerSession) return;
    // A logout, or a login as someone else, in the popup: what was read under the old login goes.
    const stops = [onExtensionEvent('session.changed', () => void reload()), onExtensionEvent('session.userChanged', () => void reload())];
    const onVisible = () => {
      if (document.visibilityState === 'visible') void reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      for (const stop of stops) stop();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [reload, followServerSession]);

  return { state, reload, show, update };
}

export type Loading<T> = ReturnType<typeof useLoaded<T>>;
