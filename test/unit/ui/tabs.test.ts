import { describe, expect, it } from 'vitest';
import { panelId, tabForKey, tabId } from '../../../lib/ui/tabs';

const SECTIONS = ['codes', 'server', 'settings'] as const;

describe('tab list keyboard', () => {
  it('moves to the next and previous tab with the arrows, wrapping at either end', () => {
    expect(tabForKey(SECTIONS, 'codes', 'ArrowRight')).toBe('server');
    expect(tabForKey(SECTIONS, 'server', 'ArrowLeft')).toBe('codes');
    expect(tabForKey(SECTIONS, 'settings', 'ArrowRight')).toBe('codes');
    expect(tabForKey(SECTIONS, 'codes', 'ArrowLeft')).toBe('settings');
  });

  it('jumps to the first and last tab with Home and End', () => {
    expect(tabForKey(SECTIONS, 'server', 'Home')).toBe('codes');
    expect(tabForKey(SECTIONS, 'server', 'End')).toBe('settings');
  });

  it('leaves every other key to the page (Tab, Enter, letters, the vertical arrows)', () => {
    for (const key of ['Tab', 'Enter', ' ', 's', 'ArrowDown', 'ArrowUp']) {
      expect(tabForKey(SECTIONS, 'server', key)).toBeUndefined();
    }
  });

  it('gives a tab and its panel distinct ids that point at each other', () => {
    expect(tabId('section', 'server')).toBe('section-tab-server');
    expect(panelId('section', 'server')).toBe('section-panel-server');
    expect(tabId('section', 'server')).not.toBe(tabId('section', 'codes'));
  });
});
