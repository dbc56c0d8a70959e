import { describe, expect, it } from 'vitest';
import { parseContentRequest } from '../../../lib/autofill/page/content-request';

describe('parseContentRequest', () => {
  it('reads a detect and a fill request', () => {
    expect(parseContentRequest({ autofill: 'detect', waitMs: 2000 })).toEqual({ autofill: 'detect', waitMs: 2000 });
    expect(parseContentRequest({ autofill: 'fill', code: '123456' })).toEqual({ autofill: 'fill', code: '123456' });
  });

  it('drops anything the messages do not declare', () => {
    const request = parseContentRequest({ autofill: 'fill', code: '123456', extra: 'x' });
    expect(request).toEqual({ autofill: 'fill', code: '123456' });
  });

  it.each([
    null,
    undefined,
    'detect',
    42,
    {},
    { autofill: 'detect' },
    { autofill: 'detect', waitMs: -1 },
    { autofill: 'detect', waitMs: Number.NaN },
    { autofill: 'detect', waitMs: Number.POSITIVE_INFINITY },
    { autofill: 'detect', waitMs: '100' },
    { autofill: 'fill' },
    { autofill: 'fill', code: 123456 },
    { autofill: 'steal', code: '123456' },
    { type: 'vault.unlock', body: {} },
  ])('refuses %j', (message) => {
    expect(parseContentRequest(message)).toBeUndefined();
  });
});
