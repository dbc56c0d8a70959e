// Which page a popup fill or the keyboard command looks at: never the extension's own popup window,
// in Firefox too, which ignores a window-type filter on windows.getLastFocused.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { activeTab } from '../../../lib/autofill/worker/autofill-flow-page';

type Tab = Browser.tabs.Tab;
const tab = (id: number, windowId: number, url: string, lastAccessed: number) =>
  ({ id, windowId, url, active: true, lastAccessed }) as Tab;

function windowsAre(lastFocused: { id: number; type: string }, tabs: { tab: Tab; windowType: string }[]) {
  // Answers as both browsers do: whatever window was focused last, whatever filter is passed.
  vi.spyOn(browser.windows, 'getLastFocused').mockImplementation(async () => lastFocused as Browser.windows.Window);
  vi.spyOn(browser.tabs, 'query').mockImplementation((async (query: { windowId?: number; windowType?: string }) =>
    tabs
      .filter(({ tab: t, windowType }) => (query.windowId === undefined || t.windowId === query.windowId) && (query.windowType === undefined || windowType === query.windowType))
      .map(({ tab: t }) => t)) as never);
}

afterEach(() => vi.restoreAllMocks());

describe('the active tab', () => {
  it('is the active tab of the last focused window when that is a normal one', async () => {
    windowsAre({ id: 1, type: 'normal' }, [
      { tab: tab(10, 1, 'https://github.com/login', 5), windowType: 'normal' },
      { tab: tab(20, 2, 'https://gitlab.com/login', 9), windowType: 'normal' },
    ]);
    expect((await activeTab())?.id).toBe(10);
  });

  it('is the most recently used normal window’s tab when the popup has a window of its own', async () => {
    windowsAre({ id: 3, type: 'popup' }, [
      { tab: tab(30, 3, 'chrome-extension://id/popup.html', 99), windowType: 'popup' },
      { tab: tab(10, 1, 'https://github.com/login', 50), windowType: 'normal' },
      { tab: tab(20, 2, 'https://gitlab.com/login', 40), windowType: 'normal' },
    ]);
    expect((await activeTab())?.url).toBe('https://github.com/login');
  });

  it('is none when no normal window is open', async () => {
    windowsAre({ id: 3, type: 'popup' }, [{ tab: tab(30, 3, 'chrome-extension://id/popup.html', 99), windowType: 'popup' }]);
    expect(await activeTab()).toBeUndefined();
  });
});
