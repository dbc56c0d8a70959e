import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';

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
 * The tab a key moves to from `selected`, or undefined for a key the tab list leaves alone. The
 * arrows wrap around at either end. @see https://www.w3.org/WAI/ARIA/apg/patterns/tabs/ (keyboard)
 */
export function tabForKey<K extends string>(keys: readonly K[], selected: K, key: string): K | undefined {
  const index = keys.indexOf(selected);
  const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: keys.length - 1 };
  const target = moves[key];
  return target === undefined ? undefined : keys[(target + keys.length) % keys.length];
}

/**
 * Tabs as WAI-ARIA describes them: one tab stop for the whole list, arrow keys (and Home/End) move
 * between tabs and select them. @see https://www.w3.org/WAI/ARIA/apg/patterns/tabs/
 */
export function TabList<K extends string>({ label, idPrefix, tabs, selected, onSelect }: TabListProps<K>) {
  function onKeyDown(event: KeyboardEvent) {
    const next = tabForKey(tabs.map((tab) => tab.key), selected, event.key);
    if (next === undefined) return;
    event.preventDefault();
    onSelect(next);
    document.getElementById(tabId(idPrefix, next))?.focus();
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

const PanelShown = createContext(true);

/**
 * Whether the tab panel around the caller is on screen. A hidden panel stays mounted, so what must
 * not outlive the user's look at it (a revealed secret) is dropped when this turns false.
 */
export function usePanelShown(): boolean {
  return useContext(PanelShown);
}

/**
 * A panel stays mounted while hidden, so switching tabs keeps what the user typed or scrolled. It
 * is a tab stop of its own, as the WAI-ARIA pattern asks, so Tab from the tab list reaches it even
 * while it shows only text ("Loading…").
 */
export function TabPanel({ idPrefix, tabKey, selected, children }: TabPanelProps) {
  return (
    <div
      role="tabpanel"
      id={panelId(idPrefix, tabKey)}
      aria-labelledby={tabId(idPrefix, tabKey)}
      tabIndex={0}
      hidden={!selected}
    >
      <PanelShown.Provider value={selected}>{children}</PanelShown.Provider>
    </div>
  );
}
