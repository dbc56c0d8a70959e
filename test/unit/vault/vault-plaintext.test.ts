// No seed-bearing data on disk in plaintext, in any encoding.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toBase64, utf8Encode } from '../../../lib/crypto/bytes';
import { createdVault, dumpAllStores, flattenToText, sampleInput, toHex } from './helpers';

/** RFC 4648 §6 base32, the way otpauth URIs carry seeds (test-only encoder). */
function toBase32(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const byte of bytes) bits += byte.toString(2).padStart(8, '0');
  let out = '';
  for (let index = 0; index < bits.length; index += 5) {
    out += alphabet[parseInt(bits.slice(index, index + 5).padEnd(5, '0'), 2)];
  }
  return out;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('no plaintext on disk', () => {
  it('has no seed (hex, base32, base64), label or issuer in any record', async () => {
    const { vault, dbName } = await createdVault();
    const secret = utf8Encode('12345678901234567890'); // the RFC 6238 SHA-1 test seed
    const label = 'alice.unique-label@example.com';
    const issuer = 'Very Unique Issuer Ltd';
    const account = await vault.addAccount(sampleInput({ secret, label, issuer }));
    await vault.updateAccount(account.id, { label: `${label}.updated` });
    await vault.addAccount(sampleInput({ secret, label, issuer }));

    const text = flattenToText(await dumpAllStores(dbName));
    const lowered = text.toLowerCase();

    // Positive control: the scan does see what is meant to be plaintext.
    expect(text).toContain(account.id);
    for (const needle of [
      toHex(secret),
      toBase32(secret),
      toBase32(secret).replace(/=+$/, ''),
      toBase64(secret),
      toHex(utf8Encode(toBase64(secret))),
      toHex(utf8Encode(label)),
      label,
      issuer,
    ]) {
      expect(lowered).not.toContain(needle.toLowerCase());
    }
  });
});
