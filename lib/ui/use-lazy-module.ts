import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/t';

export interface LazyModule<T> {
  module: T | undefined;
  error: string | undefined;
}

/**
 * Loads a module (a dynamic `import()`) the first time `wanted` is true and keeps it, so a part of
 * a page that is not on screen costs nothing until it is asked for. `load` must be stable (a
 * module-level function).
 */
export function useLazyModule<T>(load: () => Promise<T>, wanted: boolean): LazyModule<T> {
  const [module, setModule] = useState<T | undefined>();
  const [error, setError] = useState<string | undefined>();
  const started = useRef(false);

  useEffect(() => {
    if (!wanted || started.current) return;
    started.current = true;
    load().then(
      (loaded) => setModule(() => loaded),
      // A chunk that fails to load means a broken install or an update mid-session: reopening helps.
      () => setError(t('uiPartNotLoaded')),
    );
  }, [load, wanted]);

  return { module, error };
}
