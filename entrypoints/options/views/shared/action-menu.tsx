import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface MenuItem {
  /** Names the item for the page's focus bookkeeping (data-action). */
  id: string;
  text: string;
  /** Deletes or revokes: drawn in the danger colour. */
  danger?: boolean;
  onSelect: () => void;
}

interface ActionMenuProps {
  /** What the button says ("More actions"). */
  text: string;
  /** Its accessible name, which also names the menu ("More actions for Bank (carol)"). */
  label: string;
  items: readonly MenuItem[];
  /** Set on the button and on each item, so the page can put the focus back where it was. */
  dataAccount: string;
  /** Another action of the page runs: the button refuses to open but keeps the focus. */
  blocked?: boolean;
}

/**
 * A button that opens a menu of the less frequent actions of a row (the ARIA menu button pattern):
 * Enter, Space or the arrow keys open it on an item; the arrows, Home and End move; Enter picks;
 * Escape closes it and gives the focus back to the button; Tab or a click elsewhere closes it.
 */
export function ActionMenu({ text, label, items, dataAccount, blocked = false }: ActionMenuProps) {
  const [active, setActive] = useState<number | undefined>();
  const open = active !== undefined;
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const id = useId();

  useLayoutEffect(() => {
    if (active !== undefined) menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active]?.focus();
  }, [active]);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setActive(undefined);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  function openAt(index: number) {
    if (!blocked && items.length > 0) setActive((index + items.length) % items.length);
  }

  function close() {
    setActive(undefined);
    button.current?.focus();
  }

  function onMenuKey(event: KeyboardEvent) {
    if (active === undefined) return;
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: items.length - 1 };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      setActive((next + items.length) % items.length);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') {
      setActive(undefined);
    }
  }

  return (
    <div class="action-menu" ref={root}>
      <button
        ref={button}
        type="button"
        id={id}
        data-account={dataAccount}
        data-action="more"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        aria-disabled={blocked || undefined}
        onClick={() => (open ? setActive(undefined) : openAt(0))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            openAt(event.key === 'ArrowDown' ? 0 : -1);
          }
        }}
      >
        {text}
      </button>
      {open && (
        <ul ref={menu} id={`${id}-menu`} role="menu" aria-labelledby={id} onKeyDown={onMenuKey}>
          {items.map((item, index) => (
            <li key={item.id} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={index === active ? 0 : -1}
                class={item.danger ? 'danger' : undefined}
                data-account={dataAccount}
                data-action={item.id}
                onClick={() => {
                  close();
                  item.onSelect();
                }}
              >
                {item.text}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
