import { useState } from 'preact/hooks';
import type { AccountSummary } from '../../../../lib/protocol/protocol';
import { accountName } from '../../../../lib/accounts/account-name';
import { t } from '../../../../lib/i18n/t';
import { inOrder, moveAccount, moveAccountTo, type Direction } from './reorder';

/** An account picked up by its handle's keyboard keys: the order on screen while it is carried. */
interface Carried {
  id: string;
  ids: string[];
}

type DropSide = 'before' | 'after';

/**
 * Reordering by hand: with the keyboard (a row's handle picks the account up, the arrow keys carry
 * it, Space or Enter drops it, Escape puts it back) and with the pointer (the handle is dragged
 * onto a row, a line shows where it will land). Only the drop is saved; every step is announced.
 * `accounts`: the vault's order; `visibleOf`: the rows on screen for an order (the search applied).
 */
export function useReorder(
  accounts: readonly AccountSummary[],
  visibleOf: (ordered: AccountSummary[]) => AccountSummary[],
  save: (ids: string[]) => void,
) {
  const [carried, setCarried] = useState<Carried | undefined>();
  const [dragged, setDragged] = useState<string | undefined>();
  const [dropAt, setDropAt] = useState<{ id: string; side: DropSide } | undefined>();
  const [announcement, setAnnouncement] = useState('');

  const all = accounts.map((account) => account.id);
  /** The accounts in the order on screen: the carried one where it is carried to. */
  const ordered = carried ? inOrder(accounts, carried.ids) : [...accounts];
  const visible = visibleOf(ordered);
  const visibleIds = visible.map((account) => account.id);
  const nameOf = (id: string) => accountName(accounts.find((account) => account.id === id) ?? { label: '' });
  const position = (ids: readonly string[], id: string) => {
    const shown = visibleOf(inOrder(accounts, ids)).map((account) => account.id);
    return { position: shown.indexOf(id) + 1, count: shown.length };
  };

  function finish(id: string, ids: string[]) {
    if (ids.some((other, index) => other !== all[index])) save(ids);
    setAnnouncement(t('manageListDropped', { account: nameOf(id), ...position(ids, id) }));
  }

  /** Space or Enter on a handle (a click): picks the account up, or drops the one carried. */
  function toggle(id: string) {
    if (carried?.id === id) {
      setCarried(undefined);
      finish(id, carried.ids);
    } else {
      setCarried({ id, ids: all });
      setAnnouncement(t('manageListPickedUp', { account: nameOf(id), ...position(all, id) }));
    }
  }

  function step(id: string, direction: Direction) {
    if (carried?.id !== id) return;
    const ids = moveAccount(carried.ids, visibleIds, id, direction);
    setCarried({ id, ids });
    setAnnouncement(t('manageListMovedTo', position(ids, id)));
  }

  function cancel(id: string) {
    if (carried?.id !== id) return;
    setCarried(undefined);
    setAnnouncement(t('manageListCancelled', { account: nameOf(id), ...position(all, id) }));
  }

  /** A move picked from a row's menu: saved at once, and said, as the focus stays on the menu's button. */
  function moveNow(id: string, ids: string[]) {
    save(ids);
    setAnnouncement(t('manageListMovedTo', position(ids, id)));
  }

  function dragStart(event: DragEvent, id: string) {
    if (!event.dataTransfer) return;
    event.dataTransfer.effectAllowed = 'move';
    // Some browsers start no drag without data; the id names no secret.
    event.dataTransfer.setData('text/plain', id);
    const row = (event.currentTarget as HTMLElement).closest('tr');
    if (row) event.dataTransfer.setDragImage(row, 16, 16);
    setCarried(undefined);
    setDragged(id);
  }

  function dragOver(event: DragEvent, id: string) {
    if (dragged === undefined) return;
    // Accepting the drop: without this the browser refuses it.
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const side: DropSide = event.clientY < box.top + box.height / 2 ? 'before' : 'after';
    if (dropAt?.id !== id || dropAt.side !== side) setDropAt({ id, side });
  }

  function dragLeave(event: DragEvent, id: string) {
    // Leaving for a cell of the same row is no leaving.
    const into = event.relatedTarget as Node | null;
    if (dropAt?.id === id && !(event.currentTarget as HTMLElement).contains(into)) setDropAt(undefined);
  }

  function drop(event: DragEvent) {
    if (dragged === undefined || !dropAt) return;
    event.preventDefault();
    const others = visibleIds.filter((id) => id !== dragged);
    const target = others.indexOf(dropAt.id);
    if (target >= 0 || dropAt.id === dragged) {
      const index = dropAt.id === dragged ? visibleIds.indexOf(dragged) : target + (dropAt.side === 'after' ? 1 : 0);
      finish(dragged, moveAccountTo(all, visibleIds, dragged, index));
    }
    dragEnd();
  }

  function dragEnd() {
    setDragged(undefined);
    setDropAt(undefined);
  }

  const row = {
    placeOf: (id: string) => ({
      carried: carried?.id === id || dragged === id,
      dropSide: dropAt?.id === id && dragged !== id ? dropAt.side : undefined,
    }),
    carrying: (id: string) => carried?.id === id,
    toggle,
    step,
    cancel,
    dragStart,
    dragOver,
    dragLeave,
    drop,
    dragEnd,
  };

  return { visible, carriedId: carried?.id, announcement, moveNow, row };
}

export type RowReorder = ReturnType<typeof useReorder>['row'];
