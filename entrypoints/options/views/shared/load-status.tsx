import type { ComponentChildren } from 'preact';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import type { Loading, UnloadedState } from './use-loaded';

interface LoadStatusProps {
  state: UnloadedState;
  /** What is being read, for the loading line: "trusted devices", "MFA keys". */
  what: string;
  onRetry: () => void;
}

/** What a section shows until it has what it reads: loading, a login to make first, or a failure. */
export function LoadStatus({ state, what, onRetry }: LoadStatusProps) {
  if (state.kind === 'loading') {
    return (
      <p class="loading" role="status">
        Loading {what}…
      </p>
    );
  }
  return (
    <>
      {state.kind === 'login-needed' ? <p class="plain-notice">{state.message}</p> : <ErrorMessage message={state.message} />}
      <div class="actions start">
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    </>
  );
}

interface LoadedProps<T> {
  data: Loading<T>;
  what: string;
  children: (value: T) => ComponentChildren;
}

/** The part of a section drawn from what it read (see useLoaded); LoadStatus until then. */
export function Loaded<T>({ data, what, children }: LoadedProps<T>) {
  const { state } = data;
  if (state.kind === 'loaded') return <>{children(state.value)}</>;
  return <LoadStatus state={state} what={what} onRetry={() => void data.reload()} />;
}
