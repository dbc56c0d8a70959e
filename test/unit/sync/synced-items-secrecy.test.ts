// No seed is ever in storage.sync in a form anyone could read: not as Base32, base64 or hex text,
// and not as its raw bytes inside the items' base64.
import { describe, expect, test } from 'vitest';
import { fromBase64, toBase64 } from '../../../lib/crypto/bytes';
import { encodeBase32 } from '../../../lib/otp';
import { packSyncedState } from '../../../lib/sync/pack-state';
import { isTombstone } from '../../../lib/sync/replica-state';
import { NOTHING_WRITTEN } from '../../../lib/sync/written-units';
import { testCipher, typicalState, VAULT_ID } from './synced-items-fixtures';

const hex = (bytes: Uint8Array) => [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    for (let index = 0; index < needle.length; index += 1) if (haystack[start + index] !== needle[index]) continue outer;
    return true;
  }
  return false;
}

describe('synced items', () => {
  test('hold no seed as text or as bytes', async () => {
    const state = typicalState({ count: 300 });
    const packed = await packSyncedState(state, await testCipher(), VAULT_ID, NOTHING_WRITTEN, Infinity);
    const text = Object.values(packed.set).join('\n');
    // Each unit's sealed text, its parts joined: the first after its `1:<parts>:` header, the others after their mark.
    const units = Object.keys(packed.set).filter((key) => !key.includes('.'));
    const bytes = units.map((unit) => {
      const parts = Object.entries(packed.set).filter(([key]) => key === unit || key.startsWith(`${unit}.`));
      return fromBase64(parts.map(([key, value]) => (key === unit ? value.replace(/^\d+:\d+:/, '') : value.slice(8))).join(''));
    });
    const seeds = [...state.accounts.values()].flatMap((entry) => (isTombstone(entry) ? [] : [entry.fields.secret]));
    expect(seeds).toHaveLength(300);
    for (const seed of seeds) {
      for (const form of [encodeBase32(seed), toBase64(seed).slice(0, 24), hex(seed), hex(seed).toUpperCase()]) {
        expect(text.includes(form)).toBe(false);
      }
      // The seed's first 12 bytes, in case a sealed text were split across its bytes.
      for (const item of bytes) expect(contains(item, seed.subarray(0, 12))).toBe(false);
    }
  });
});
