import { describe, expect, it } from 'vitest';
import { focusIsLost } from '../../../lib/ui/use-focus-on-arrival';

/** Just what focusIsLost reads of a page. */
function pageWithFocusOn(active: 'body' | 'field' | 'nothing'): Document {
  const body = { tagName: 'BODY' };
  const field = { tagName: 'INPUT' };
  const activeElement = active === 'body' ? body : active === 'field' ? field : null;
  return { body, activeElement } as unknown as Document;
}

describe('focus on arrival of a screen', () => {
  it('counts focus on the page itself, or nowhere, as lost', () => {
    expect(focusIsLost(pageWithFocusOn('body'))).toBe(true);
    expect(focusIsLost(pageWithFocusOn('nothing'))).toBe(true);
  });

  it('leaves focus the user put on a control where it is', () => {
    expect(focusIsLost(pageWithFocusOn('field'))).toBe(false);
  });
});
