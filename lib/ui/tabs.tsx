import type { ComponentChildren } from 'preact';

export interface TabDefinition<K extends string> {
  key: K;
  title: string;
}

interface TabListProps<K extends string> {
  label: string;
  /** Prefix of the tabs' and panels' ids: unique on the page. */
  idPrefix: string;
  tabs: readonly TabDefinition<K>[];
  selected: K;
  onSelect: (key: K) => void;
}

export const tabId = (prefix: string, key: string) => `${prefix}-tab-${key}`;
export const panelId = (prefix: string, key: string) => `${prefix}-panel-${key}`;

/**
 * Tabs as WAI-ARIA describes them: one tab stop for the whole list, arrow keys (and Home/End) move
 * between tabs and select them. @see https://www.w3.org/WAI/ARIA/apg/patterns/tabs/
 */
export function TabList<K extends string>({ label, idPrefix, tabs, selected, onSelect }: TabListProps<K>) {
  function onKeyDown(event: KeyboardEvent) {
    const index = tabs.findIndex((tab) => tab.key === selected);
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = tabs[(target + tabs.length) % tabs.length]!;
    onSelect(next.key);
    document.getElementById(tabId(idPrefix, next.key))?.focus();
  }

  return (
    <div class="tab-list" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.key}
          type="button"
          role="tab"
          id={tabId(idPrefix, tab.key)}
          aria-controls={panelId(idPrefix, tab.key)}
          aria-selected={tab.key === selected}
          tabIndex={tab.key === selected ? 0 : -1}
          onClick={() => onSelect(tab.key)}
        >
          {tab.title}
        </button>
      ))}
    </div>
  );
}

interface TabPanelProps {
  idPrefix: string;
  tabKey: string;
  selected: boolean;
  children: ComponentChildren;
}

/** A panel stays mounted while hidden, so switching tabs keeps what the user typed or scrolled. */
export function TabPanel({ idPrefix, tabKey, selected, children }: TabPanelProps) {
  return (
    <div role="tabpanel" id={panelId(idPrefix, tabKey)} aria-labelledby={tabId(idPrefix, tabKey)} hidden={!selected}>
      {children}
    </div>
  );
}
