import type { ComponentChildren } from 'preact';
import { t } from '../../../../lib/i18n/t';

interface DataTableProps {
  /** The table's accessible name. */
  caption: string;
  /** Shown above the table too (the import's "Preview"); else read by screen readers only. */
  showCaption?: boolean;
  columns: readonly string[];
  /** A first column of controls (the accounts' reorder handles), named for screen readers only. */
  leadingColumn?: string;
  /** A last column of row buttons: its header is for screen readers only. */
  withActions?: boolean;
  /** The body rows. */
  children: ComponentChildren;
}

/** A table of the page: named by its caption, with a column header for every cell. */
export function DataTable({ caption, showCaption = false, columns, leadingColumn, withActions = false, children }: DataTableProps) {
  return (
    <table>
      <caption class={showCaption ? undefined : 'visually-hidden'}>{caption}</caption>
      <thead>
        <tr>
          {leadingColumn && (
            <th scope="col">
              <span class="visually-hidden">{leadingColumn}</span>
            </th>
          )}
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
          {withActions && (
            <th scope="col">
              <span class="visually-hidden">{t('manageActionsColumn')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
