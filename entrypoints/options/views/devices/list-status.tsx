import { ErrorMessage } from '../../../../lib/ui/error-message';
import type { ListState } from './use-server-list';

interface ListStatusProps<T> {
  state: Exclude<ListState<T>, { kind: 'loaded' }>;
  /** What is being read, for the loading line: "trusted devices", "MFA keys". */
  what: string;
  onRetry: () => void;
}

/** What a server list shows until it has a list: loading, a login to make first, or a failure. */
export function ListStatus<T>({ state, what, onRetry }: ListStatusProps<T>) {
  if (state.kind === 'loading') {
    return (
      <p class="loading" role="status">
        Loading {what}…
      </p>
    );
  }
  return (
    <>
      {state.kind === 'login-needed' ? <p class="notice-plain">{state.message}</p> : <ErrorMessage message={state.message} />}
      <div class="actions start">
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    </>
  );
}
