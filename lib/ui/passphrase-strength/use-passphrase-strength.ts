import { useEffect, useMemo, useState } from 'preact/hooks';
import { passphraseStrength, type StrengthEstimator, type StrengthHint } from './strength-hint';

let loading: Promise<StrengthEstimator> | undefined;

/** The estimator, loaded once per page; a failed load is tried again by the next field that asks. */
export function loadStrengthEstimator(): Promise<StrengthEstimator> {
  loading ??= import('./estimate-strength').then(
    (module) => module.estimateStrength,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * The hint for a new passphrase being typed. The estimator is loaded when the first character is
 * typed, not with the page: the popup's first paint and the background never carry it. Until it
 * is there (or if it cannot be loaded), the hint is the length rule's alone.
 */
export function usePassphraseStrength(passphrase: string): StrengthHint {
  const [estimate, setEstimate] = useState<StrengthEstimator | undefined>();
  const typed = passphrase !== '';
  useEffect(() => {
    if (!typed || estimate) return;
    let current = true;
    loadStrengthEstimator().then(
      (loaded) => current && setEstimate(() => loaded),
      // Advice only: without it the length rule still shows and still gates.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [typed, estimate]);
  return useMemo(() => passphraseStrength(passphrase, estimate), [passphrase, estimate]);
}
