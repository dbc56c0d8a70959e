import { useLayoutEffect } from 'preact/hooks';
import { t } from '../../lib/i18n/t';
import { ErrorMessage } from '../../lib/ui/error-message';
import { useLazyModule } from '../../lib/ui/use-lazy-module';
import { SECTION_LOADERS, type SectionProps } from './section-loaders';
import type { SectionId } from './sections';

interface LazySectionProps extends SectionProps {
  id: SectionId;
  /** Called once the section is drawn, so its heading can take the focus. */
  onShown: () => void;
}

/** One section, loaded on first use; mount it with `key={id}` so each section loads its own. */
export function LazySection({ id, onStatus, onShown }: LazySectionProps) {
  const { module: Section, error } = useLazyModule(SECTION_LOADERS[id], true);
  useLayoutEffect(() => {
    if (Section) onShown();
  }, [Section, onShown]);
  if (error) return <ErrorMessage message={error} />;
  return Section ? <Section onStatus={onStatus} /> : <p class="loading">{t('manageLoading')}</p>;
}
