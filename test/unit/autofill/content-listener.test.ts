import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AutofillSession } from '../../../lib/autofill/page/autofill-session';
import { startAutofillListener } from '../../../lib/autofill/page/content-listener';

/** A session that records what reached it; the page side itself is tested in Chromium. */
function recordingSession() {
  const calls: string[] = [];
  const session: AutofillSession = {
    detect: async (waitMs) => {
      calls.push(`detect ${waitMs}`);
      return { found: true, boxes: 6 };
    },
    fill: (code) => {
      calls.push(`fill ${code.length} characters`);
      return { filled: true };
    },
  };
  return { session, calls };
}

const fromExtension = () => ({ id: browser.runtime.id });
const detect = (waitMs: number) => ({ type: 'content.detectField', body: { waitMs } });
const fill = (code: string) => ({ type: 'content.fillField', body: { code } });

beforeEach(() => {
  fakeBrowser.reset();
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('otp-companion.autofill')];
  // The frame's document, as the script reads it (self.origin in a page).
  vi.stubGlobal('origin', 'https://github.com');
});

afterEach(() => vi.unstubAllGlobals());

describe('the autofill content script listener', () => {
  it('answers detect and fill requests from the extension', async () => {
    const { session, calls } = recordingSession();
    startAutofillListener(session);
    expect(await fakeBrowser.runtime.onMessage.trigger(detect(1500), fromExtension())).toEqual([
      { ok: true, value: { found: true, boxes: 6, origin: 'https://github.com' } },
    ]);
    expect(await fakeBrowser.runtime.onMessage.trigger(fill('123456'), fromExtension())).toEqual([
      { ok: true, value: { filled: true } },
    ]);
    expect(calls).toEqual(['detect 1500', 'fill 6 characters']);
  });

  it('tells where it runs: injecting returns the origin, and a detect answers with it as it is after the wait', async () => {
    const { session } = recordingSession();
    const detectThenLeave: AutofillSession = {
      ...session,
      detect: async (waitMs) => {
        const reply = await session.detect(waitMs);
        // The frame's parent sent it elsewhere while the field was looked for.
        vi.stubGlobal('origin', 'https://evil.example');
        return reply;
      },
    };
    expect(startAutofillListener(detectThenLeave)).toBe('https://github.com');
    expect(await fakeBrowser.runtime.onMessage.trigger(detect(1500), fromExtension())).toEqual([
      { ok: true, value: { found: true, boxes: 6, origin: 'https://evil.example' } },
    ]);
    // Injected again: the copy already listening stays, and the new one still says where it is.
    expect(startAutofillListener(recordingSession().session)).toBe('https://evil.example');
  });

  it('refuses another extension, a tab and a malformed body, and leaves what is not its own', async () => {
    const { session, calls } = recordingSession();
    startAutofillListener(session);
    const forbidden = { ok: false, error: { name: 'ForbiddenSenderError' } };
    const replies = await Promise.all([
      fakeBrowser.runtime.onMessage.trigger(fill('123456'), { id: 'another-extension' }),
      fakeBrowser.runtime.onMessage.trigger(fill('123456'), {}),
      fakeBrowser.runtime.onMessage.trigger(fill('123456'), { ...fromExtension(), tab: { id: 1 } as never }),
      fakeBrowser.runtime.onMessage.trigger({ type: 'content.detectField', body: {} }, fromExtension()),
      fakeBrowser.runtime.onMessage.trigger({ type: 'vault.locked', body: {} }, fromExtension()),
      fakeBrowser.runtime.onMessage.trigger({ autofill: 'fill', code: '123456' }, fromExtension()),
    ]);
    expect(replies).toMatchObject([
      [forbidden],
      [forbidden],
      [forbidden],
      [{ ok: false, error: { name: 'BadRequestError' } }],
      [undefined],
      [undefined],
    ]);
    expect(calls).toEqual([]);
  });

  it('listens once however often it is injected into the frame', async () => {
    const first = recordingSession();
    const second = recordingSession();
    startAutofillListener(first.session);
    startAutofillListener(second.session);
    const replies = await fakeBrowser.runtime.onMessage.trigger(detect(0), fromExtension());
    expect(replies).toHaveLength(1);
    // The first copy keeps answering: it holds the field a detect found.
    expect(first.calls).toEqual(['detect 0']);
    expect(second.calls).toEqual([]);
  });

  it('listens again when the copy already there belongs to an extension since reloaded', async () => {
    const first = recordingSession();
    const second = recordingSession();
    startAutofillListener(first.session);
    const id = browser.runtime.id;
    // Once reloaded, the old copy's extension API has no id any more and never receives a message.
    fakeBrowser.runtime.onMessage.removeAllListeners();
    (browser.runtime as { id?: string }).id = undefined;
    startAutofillListener(second.session);
    (browser.runtime as { id?: string }).id = id;
    await fakeBrowser.runtime.onMessage.trigger(detect(0), fromExtension());
    expect(second.calls).toEqual(['detect 0']);
  });
});
