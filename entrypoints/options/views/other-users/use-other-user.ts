import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../../../lib/i18n/t';
import { onExtensionEvent } from '../../../../lib/messaging/events';
import type { OtherUserView } from '../../../../lib/protocol/protocol';
import { isLoginNeeded } from '../shared/use-loaded';
import { newestAnswer } from './newest-answer';

/** What the section shows of the user it opened. */
export type OtherUserState =
  | { kind: 'none'; notice?: string }
  | { kind: 'loading'; userId: number }
  | { kind: 'failed'; userId: number; message: string; loginNeeded: boolean }
  | { kind: 'loaded'; view: OtherUserView };

/**
 * The one user the section shows, read afresh for every request. Only the newest request's answer
 * is shown, and only if it is for the id that request asked about: opening another id, a logout,
 * another login or another server drops every answer still on its way, so one user's lists can
 * never appear under another (or after the login that read them).
 */
export function useOtherUser() {
  const [state, setState] = useState<OtherUserState>({ kind: 'none' });
  const answers = useRef(newestAnswer());
  const shown = useRef<OtherUserState>(state);
  shown.current = state;

  /**
   * Runs `work` for `userId` as the newest request. True when its answer was shown; false when a
   * newer request or a change of login overtook it. A failure is thrown only while it is current.
   */
  const request = useCallback(async (userId: number, work: () => Promise<OtherUserView>): Promise<boolean> => {
    const current = answers.current.begin(userId);
    try {
      const view = await work();
      if (!current(view.userId)) return false;
      setState({ kind: 'loaded', view });
      return true;
    } catch (error) {
      if (!current(userId)) return false;
      throw error;
    }
  }, []);

  /**
   * Reads `userId` as the newest request; a failure takes the place of the lists. `fresh`: another
   * user is opened, and whatever was shown goes at once rather than when the answer comes.
   */
  const read = useCallback(
    async (userId: number, work: () => Promise<OtherUserView>, fresh: boolean) => {
      if (fresh) setState({ kind: 'loading', userId });
      try {
        await request(userId, work);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        setState({ kind: 'failed', userId, message, loginNeeded: isLoginNeeded(error) });
      }
    },
    [request],
  );

  useEffect(() => {
    const close = () => {
      answers.current.dropAll();
      if (shown.current.kind !== 'none') setState({ kind: 'none', notice: t('manageLoginChanged') });
    };
    const stops = [onExtensionEvent('session.userChanged', close), onExtensionEvent('session.changed', close)];
    return () => stops.forEach((stop) => stop());
  }, []);

  return { state, read, request };
}
