import { describe, expect, it } from 'vitest';
import { groupCode, nextRefreshAt, secondsLeft } from '../../../lib/ui/code-format';

describe('code display helpers', () => {
  it.each([
    ['123456', '123 456'],
    ['1234567', '123 4567'],
    ['12345678', '1234 5678'],
    ['12345', '12345'],
  ])('groups %s as %s', (code, grouped) => expect(groupCode(code)).toBe(grouped));

  it('counts whole seconds left, never below zero', () => {
    expect(secondsLeft(60_000, 30_000)).toBe(30);
    expect(secondsLeft(60_000, 59_001)).toBe(1);
    expect(secondsLeft(60_000, 60_000)).toBe(0);
    expect(secondsLeft(60_000, 61_000)).toBe(0);
  });

  it('refreshes at the earliest expiry among the codes shown', () => {
    expect(nextRefreshAt([{ validUntil: 90_000 }, { validUntil: 60_000 }, { validUntil: 120_000 }])).toBe(60_000);
    expect(nextRefreshAt([])).toBeUndefined();
  });
});
