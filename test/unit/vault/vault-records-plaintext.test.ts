// No fingerprint, username or client secret on disk in plaintext, whatever the encoding.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toBase64, utf8Encode } from '../../../lib/crypto/bytes';
import {
  createdVault,
  dumpAllStores,
  sampleCredentials,
  sampleTrustedDevice,
  textsOf,
  toHex,
} from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('no plaintext secret records on disk', () => {
  it('has no fingerprint, username, profile or client secret in any IndexedDB value', async () => {
    const { vault, dbName } = await createdVault();
    const fingerprint = 'Fp7uniqueFINGERPRINTq3Xb0m9Zt1c4VvJr8kHs2YwL';
    const username = 'carol.unique-user@example.org';
    const clientSecret = 'UniqueClientSecret-4f1d2e9a';
    const profileId = 'unique-profile-id-8841';
    const device = sampleTrustedDevice({ fingerprint, username, profileId });
    const credentials = sampleCredentials({ clientSecret, profileId });
    await vault.putRecord(device);
    await vault.putRecord(credentials);
    // Rewritten once, so an earlier value would be on disk too if writes left copies behind.
    await vault.putRecord({ ...device, name: 'renamed' });

    const stored = await dumpAllStores(dbName);
    const local = await fakeBrowser.storage.local.get(null);
    const texts = textsOf([stored, local]);
    const haystack = texts.join('\n').toLowerCase();

    // Positive controls: the walk sees plaintext ids and decodes bytes.
    expect(haystack).toContain(device.id);
    expect(haystack).toContain(credentials.id);
    expect(texts.length).toBeGreaterThan(10);
    for (const needle of [fingerprint, username, clientSecret, profileId]) {
      for (const form of [needle, toBase64(utf8Encode(needle)), toHex(utf8Encode(needle))]) {
        expect(haystack).not.toContain(form.toLowerCase());
      }
    }
  });

  it('the scan would find a secret stored as bytes', () => {
    const secret = 'UniqueClientSecret-4f1d2e9a';
    const texts = textsOf({ records: [{ value: { ciphertext: utf8Encode(secret) } }] });
    expect(texts.join('\n')).toContain(secret);
  });
});
