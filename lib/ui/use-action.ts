import { useCallback, useState } from 'preact/hooks';

export interface ActionState {
  busy: boolean;
  error: string | undefined;
}

/**
 * Runs one user action at a time and keeps its outcome for display: `busy` while it runs, and the
 * error's sentence (already written for users by the background) when it fails.
 */
export function useAction<A extends unknown[]>(action: (...args: A) => Promise<void>) {
  const [state, setState] = useState<ActionState>({ busy: false, error: undefined });
  const run = useCallback(
    async (...args: A) => {
      setState({ busy: true, error: undefined });
      try {
        await action(...args);
        setState({ busy: false, error: undefined });
      } catch (error) {
        setState({ busy: false, error: error instanceof Error ? error.message : String(error) });
      }
    },
    [action],
  );
  const reset = useCallback(() => setState({ busy: false, error: undefined }), []);
  return { ...state, run, reset };
}
