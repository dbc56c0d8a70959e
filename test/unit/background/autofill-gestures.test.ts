// The keyboard command: a fill with no page UI, which either happens at once, or waits for the
// popup (several accounts, none, a yes needed, a locked vault), or tells the user through the
// toolbar button.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FILL_COMMAND, handleFillCommand } from '../../../lib/autofill/worker/autofill-gestures';
import { NOTICE_MS } from '../../../lib/autofill/worker/autofill-notice';
import { fakePages, gestureWorld, TOTP_CODE, type FakePages } from './autofill-fake-page';

const GITHUB = { origin: 'https://github.com', registrableDomain: 'github.com', insecure: false };

let pages: FakePages;

beforeEach(() => {
  fakeBrowser.reset();
  pages = fakePages();
  pages.install();
});

afterEach(() => {
  pages.uninstall();
  vi.useRealTimers();
});

describe('the keyboard command', () => {
  it('fills the one matching account at once, with no popup and no badge', async () => {
    const { add, command, deps } = await gestureWorld(pages);
    const page = pages.addTab(1, 'https://github.com/sessions/two-factor');
    await add('GitHub:alice', ['https://github.com']);
    await add('GitLab:alice', ['https://gitlab.com']);
    await command();
    expect(page.filled).toEqual([TOTP_CODE]);
    expect(pages.openPopup).not.toHaveBeenCalled();
    expect(pages.badges).toEqual([]);
    // A fill is a use of the vault: the idle timer starts again.
    expect(deps.alarms).toContain('touch:15');
  });

  it('uses the active tab when the browser names none, and ignores other commands', async () => {
    const { add, deps } = await gestureWorld(pages);
    const page = pages.addTab(1, 'https://github.com/login');
    await add('GitHub:alice', ['https://github.com']);
    await handleFillCommand(deps, 'something-else', pages.tab(1));
    expect(pages.injected).toEqual([]);
    await handleFillCommand(deps, FILL_COMMAND);
    expect(page.filled).toEqual([TOTP_CODE]);
  });

  it('leaves the choice to the popup when several accounts match, and fills the one picked there', async () => {
    const { add, command, send } = await gestureWorld(pages);
    const page = pages.addTab(1, 'https://github.com/login');
    // The account stored for this very origin comes first.
    await add('GitHub:alice', ['https://www.github.com'], 'site');
    await add('GitHub:work', ['https://gist.github.com', 'https://github.com']);
    await command();
    expect(page.filled).toEqual([]);
    expect(pages.openPopup).toHaveBeenCalledTimes(1);
    expect(await send('autofill.pending', {})).toEqual({ ok: true, value: { site: GITHUB, accountIds: ['id-2', 'id-1'] } });

    expect(await send('autofill.fill', { accountId: 'id-1', confirmed: false })).toEqual({ ok: true, value: { result: 'filled' } });
    expect(page.filled).toEqual([TOTP_CODE]);
    expect(await send('autofill.pending', {})).toEqual({ ok: true, value: null });
  });

  it('offers every account, confirmation ahead, when none knows the site; the one picked learns it', async () => {
    const { add, command, send, deps } = await gestureWorld(pages);
    const page = pages.addTab(1, 'https://github.com/login');
    await add('GitLab:alice', ['https://gitlab.com']);
    await add('Other:alice');
    await command();
    expect(await send('autofill.pending', {})).toEqual({
      ok: true,
      value: { site: GITHUB, accountIds: ['id-1', 'id-2'], confirmation: { site: GITHUB, accountId: 'id-1', reasons: ['new-site'] } },
    });
    expect(await send('autofill.fill', { accountId: 'id-2', confirmed: true })).toEqual({ ok: true, value: { result: 'filled' } });
    expect(page.filled).toEqual([TOTP_CODE]);
    expect((await deps.vault.getAccount('id-2')).origins).toEqual(['https://github.com']);
    expect((await deps.vault.getAccount('id-1')).origins).toEqual(['https://gitlab.com']);
  });

  it('asks at once about the only account when it does not know the site', async () => {
    const { add, command, send } = await gestureWorld(pages);
    pages.addTab(1, 'https://github.com/login');
    await add('GitLab:alice', ['https://gitlab.com']);
    await command();
    expect(await send('autofill.pending', {})).toEqual({
      ok: true,
      value: { site: GITHUB, accountIds: ['id-1'], confirmation: { site: GITHUB, accountId: 'id-1', reasons: ['new-site'] } },
    });
  });

  it('opens the popup to unlock when the vault is locked, and touches nothing', async () => {
    const { add, command, deps, send } = await gestureWorld(pages);
    pages.addTab(1, 'https://github.com/login');
    await add('GitHub:alice', ['https://github.com']);
    await deps.vault.lockVault();
    await command();
    expect(pages.openPopup).toHaveBeenCalledTimes(1);
    expect(pages.injected).toEqual([]);
    expect(await send('autofill.pending', {})).toEqual({ ok: true, value: null });
  });

  it('shows a copy badge when the page has no field, then puts the button back', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { add, command } = await gestureWorld(pages);
    pages.addTab(1, 'https://github.com/settings', { hasField: false });
    await add('GitHub:alice', ['https://github.com']);
    await command();
    expect(pages.clipboard).toEqual([TOTP_CODE]);
    expect(pages.badges).toEqual([{ tabId: 1, text: 'copy' }]);
    expect(pages.titles).toEqual([{ tabId: 1, title: 'No code field found: the code was copied.' }]);
    await vi.advanceTimersByTimeAsync(NOTICE_MS);
    expect(pages.badges.at(-1)).toEqual({ tabId: 1, text: '' });
    expect(pages.titles.at(-1)).toEqual({ tabId: 1, title: 'OTP Companion' });
    expect(JSON.stringify([pages.badges, pages.titles])).not.toContain(TOTP_CODE);
  });

  it('says on the button that the popup is needed where the browser will not open it', async () => {
    const { add, command } = await gestureWorld(pages);
    pages.addTab(1, 'https://github.com/login');
    await add('GitHub:alice', ['https://github.com']);
    await add('GitHub:work', ['https://github.com']);
    pages.openPopup.mockRejectedValueOnce(new Error('Could not find an active browser window.'));
    await command();
    expect(pages.badges).toEqual([{ tabId: 1, text: '…' }]);
    expect(pages.titles).toEqual([{ tabId: 1, title: 'Open OTP Companion to finish filling the code.' }]);
  });

  it('shows why a fill failed as the button’s tooltip', async () => {
    const { add, command } = await gestureWorld(pages);
    pages.addTab(1, 'https://github.com/login').denied = true;
    await add('GitHub:alice', ['https://github.com']);
    await command();
    expect(pages.badges).toEqual([{ tabId: 1, text: '!' }]);
    expect(pages.titles[0]?.title).toMatch(/^The extension may not reach this page/);
  });
});
