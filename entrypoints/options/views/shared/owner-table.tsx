import type { ComponentChildren } from 'preact';
import { t } from '../../../../lib/i18n/t';
import { DataTable } from './data-table';

/** Whose list a server list is: "alice@example.com on Production". */
export function ownerName(view: { username: string; profile: { name: string } }): string {
  return t('manageUserOnServer', { user: view.username, server: view.profile.name });
}

interface OwnerTableProps {
  owner: string;
  /** A sentence above the table that says what it lists, for whom. */
  intro: string;
  /** The sentence that stands for an empty list. */
  empty: string;
  caption: string;
  columns: readonly string[];
  rowCount: number;
  /** The body rows; each ends with its buttons. */
  children: ComponentChildren;
}

/**
 * A list the server keeps for the logged-in user (trusted devices, MFA keys): whose it is, then
 * the table, or a sentence when it is empty.
 */
export function OwnerTable({ owner, intro, empty, caption, columns, rowCount, children }: OwnerTableProps) {
  if (rowCount === 0) {
    return (
      <>
        <p class="muted">{owner}</p>
        <p class="empty">{empty}</p>
      </>
    );
  }
  return (
    <>
      <p class="muted">{intro}</p>
      <DataTable caption={caption} columns={columns} withActions>
        {children}
      </DataTable>
    </>
  );
}
