import { useId } from 'preact/hooks';
import type { AccountSort } from '../../../lib/protocol/protocol';
import { t, type MessageKey } from '../../../lib/i18n/t';

const SORTS: readonly { value: AccountSort; label: MessageKey }[] = [
  { value: 'manual', label: 'popupCalmSortManual' },
  { value: 'name', label: 'popupCalmSortName' },
  { value: 'recent', label: 'popupCalmSortRecent' },
];

/** The order of the list: a small select whose name says what it orders; the choice is kept. */
export function SortChoice({ sort, onSort }: { sort: AccountSort; onSort: (sort: AccountSort) => void }) {
  const id = useId();
  return (
    <span class="sort">
      <label for={id} class="visually-hidden">
        {t('popupCalmSortLabel')}
      </label>
      <select id={id} value={sort} title={t('popupCalmSortLabel')} onChange={(e) => onSort(e.currentTarget.value as AccountSort)}>
        {SORTS.map(({ value, label }) => (
          <option key={value} value={value}>
            {t(label)}
          </option>
        ))}
      </select>
    </span>
  );
}
