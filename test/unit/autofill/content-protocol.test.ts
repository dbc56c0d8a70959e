import { describe, expect, it } from 'vitest';
import { detectBody, fillBody } from '../../../lib/autofill/content-protocol';

describe('the content protocol’s bodies', () => {
  it('reads a detect and a fill body', () => {
    expect(detectBody.safeParse({ waitMs: 2000 })).toEqual({ success: true, data: { waitMs: 2000 } });
    expect(fillBody.safeParse({ code: '123456' })).toEqual({ success: true, data: { code: '123456' } });
  });

  it('drops anything the messages do not declare', () => {
    expect(fillBody.safeParse({ code: '123456', extra: 'x' })).toEqual({ success: true, data: { code: '123456' } });
  });

  it.each([null, undefined, 'detect', 42, {}, { waitMs: -1 }, { waitMs: Number.NaN }, { waitMs: Number.POSITIVE_INFINITY }, { waitMs: '100' }])(
    'refuses the detect body %j',
    (body) => {
      expect(detectBody.safeParse(body)).toEqual({ success: false });
    },
  );

  it.each([null, undefined, 'fill', 42, {}, { code: 123456 }, { waitMs: 0 }])('refuses the fill body %j', (body) => {
    expect(fillBody.safeParse(body)).toEqual({ success: false });
  });
});
