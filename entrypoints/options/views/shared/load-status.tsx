import type { ComponentChildren } from 'preact';
import { t } from '../../../../lib/i18n/t';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { LoginNeeded } from './login-needed';
import type { Loading, UnloadedState } from './use-loaded';

interface LoadStatusProps {
  state: UnloadedState;
  /** The line shown while it is read: "Loading trusted devices…". */
  loading: string;
  onRetry: () => void;
}

/** What a section shows until it has what it reads: loading, a login to make first, or a failure. */
export function LoadStatus({ state, loading, onRetry }: LoadStatusProps) {
  if (state.kind === 'loading') {
    return (
      <p class="loading" role="status">
        {loading}
      </p>
    );
  }
  // Trying again cannot succeed before the login: the page reads the list again once it is made.
  if (state.kind === 'login-needed') return <LoginNeeded message={state.message} />;
  return (
    <>
      <ErrorMessage message={state.message} />
      <div class="actions start">
        <button type="button" onClick={onRetry}>
          {t('manageTryAgain')}
        </button>
      </div>
    </>
  );
}

interface LoadedProps<T> {
  data: Loading<T>;
  loading: string;
  children: (value: T) => ComponentChildren;
}

/** The part of a section drawn from what it read (see useLoaded); LoadStatus until then. */
export function Loaded<T>({ data, loading, children }: LoadedProps<T>) {
  const { state } = data;
  if (state.kind === 'loaded') return <>{children(state.value)}</>;
  return <LoadStatus state={state} loading={loading} onRetry={() => void data.reload()} />;
}
