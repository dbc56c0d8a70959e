import { describe, expect, it } from 'vitest';
import { readJwtExpiry } from '../../../lib/api/jwt';
import { parseApiTimestamp } from '../../../lib/api/timestamps';
import { fakeJwt } from './fake-fetch';

describe('readJwtExpiry', () => {
  it('reads exp (seconds) as epoch ms', () => {
    expect(readJwtExpiry(fakeJwt({ sub: 'x', exp: 1_700_000_000 }))).toBe(1_700_000_000_000);
  });

  it('reads base64url payloads with - and _ and UTF-8 claims', () => {
    const token = fakeJwt({ name: 'Ünïcødé ~~~ ???', exp: 2_000_000_000 });
    expect(token.split('.')[1]).toMatch(/[-_]/u);
    expect(readJwtExpiry(token)).toBe(2_000_000_000_000);
  });

  it.each([
    ['no exp', fakeJwt({ sub: 'x' })],
    ['exp as a string', fakeJwt({ exp: '1700000000' })],
    ['a negative exp', fakeJwt({ exp: -5 })],
    ['not a JWT', 'opaque-token'],
    ['two parts', 'a.b'],
    ['a bad payload', 'a.%%%.c'],
    ['a payload that is not JSON', `a.${Buffer.from('nope').toString('base64url')}.c`],
    ['a payload that is JSON null', `a.${Buffer.from('null').toString('base64url')}.c`],
  ])('gives undefined for %s', (_label, token) => {
    expect(readJwtExpiry(token)).toBeUndefined();
  });
});

describe('parseApiTimestamp', () => {
  const at = Date.UTC(2019, 2, 1, 16, 4, 20);

  it.each([
    ['2019-03-01T16:04:20.000Z', at],
    ['2019-03-01T16:04:20+0000', at],
    ['2019-03-01T16:04:20+00:00', at],
    ['2019-03-01T16:04:20Z', at],
    ['2019-03-01 16:04:20', at],
    ['2019-03-01T18:04:20+0200', at],
    ['2019-03-01T11:04:20-0500', at],
    ['2019-03-01T16:04:20.123456Z', at + 123],
  ])('reads %j', (text, expected) => {
    expect(parseApiTimestamp(text)).toBe(expected);
  });

  it.each(['', 'yesterday', '2019-03-01', '2019-13-01T00:00:00Z', '2019-03-01T16:04:20+5'])(
    'refuses %j',
    (text) => {
      expect(parseApiTimestamp(text)).toBeUndefined();
    },
  );
});
