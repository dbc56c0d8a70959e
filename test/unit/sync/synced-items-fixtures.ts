// What the packing tests share: a real cipher under a fresh data key, and synced states shaped like
// real vaults (issuers of real services, e-mail addresses as labels, 160-bit seeds, some sites),
// drawn from a seeded generator so that every run measures the same vault.
import { importDataKey, open, seal } from '../../../lib/crypto/aes-gcm';
import { randomBytes } from '../../../lib/crypto/bytes';
import type { AccountEntry, ReplicaState, SyncedFields } from '../../../lib/sync/replica-state';
import { sortedById } from '../../../lib/sync/replica-state';
import type { SyncCipher } from '../../../lib/vault/vault-port';

export const VAULT_ID = 'vault-5f0c2a';

export async function testCipher(): Promise<SyncCipher> {
  const key = await importDataKey(randomBytes(32));
  return { seal: (plaintext, aad) => seal(key, plaintext, aad), open: (sealed, aad) => open(key, sealed, aad) };
}

const ISSUERS = [
  'Google', 'GitHub', 'Microsoft', 'Amazon Web Services', 'Dropbox', 'Slack', 'Facebook', 'X', 'Discord',
  'GitLab', 'Bitbucket', 'Atlassian', 'Cloudflare', 'DigitalOcean', 'Heroku', 'Stripe', 'PayPal', 'Coinbase',
  'Binance', 'Kraken', 'Reddit', 'LinkedIn', 'Instagram', 'Twitch', 'Steam', 'Epic Games', 'Nintendo',
  'PlayStation Network', 'Apple', 'Mailchimp', 'Salesforce', 'Zoom', 'Okta', '1Password', 'Bitwarden',
  'Proton', 'Fastmail', 'npm', 'Docker Hub', 'Vercel',
];
const MAILBOXES = ['jane.doe', 'jdoe', 'jane', 'j.doe.work', 'admin', 'jane.doe+2fa', 'billing', 'dev'];
const DOMAINS = ['example.com', 'doe.family', 'acme-corp.com', 'gmail.com', 'outlook.com', 'startup.io'];
export const REPLICAS = ['5b1d1e44-2f5e-4c6b-9c43-1d6a0c3b7e21', 'c0ffee00-9a7b-4d2c-8e1f-3a4b5c6d7e8f'];

/** mulberry32: small, seeded, good enough to draw test data (never keys). */
export function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function bytesFrom(random: () => number, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => Math.floor(random() * 256));
}

/** A version-4 UUID, as the vault gives every account. */
function uuidFrom(random: () => number): string {
  const bytes = bytesFrom(random, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export type VaultShape = {
  count: number;
  seed?: number;
  /** Overrides the issuer and label: e.g. 64-character names. */
  names?: (index: number) => { issuer: string; label: string };
};

/** `count` live accounts written over time by two browsers, the newest created last, in a user's order. */
export function typicalState({ count, seed = 1, names }: VaultShape): ReplicaState {
  const random = generator(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const entries: AccountEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    const issuer = pick(ISSUERS);
    const name = names?.(index) ?? { issuer, label: `${pick(MAILBOXES)}@${pick(DOMAINS)}` };
    const hotp = random() < 0.05;
    const fields: SyncedFields = {
      type: hotp ? 'hotp' : 'totp',
      issuer: name.issuer,
      label: name.label,
      secret: bytesFrom(random, 20),
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      // Three years of additions, in creation order.
      createdAt: 1_700_000_000_000 + index * 90_000_000 + Math.floor(random() * 1_000_000),
    };
    if (random() < 0.3) fields.origins = [`https://${issuer.toLowerCase().replace(/[^a-z0-9]/g, '')}.com`];
    const id = uuidFrom(random);
    const clock = index + 1 + Math.floor(random() * 3);
    entries.push({ id, rev: { clock, replica: pick(REPLICAS) }, hotpCounter: hotp ? Math.floor(random() * 40) : 0, fields });
  }
  const clock = Math.max(0, ...entries.map((entry) => entry.rev.clock)) + 1;
  const ids = entries.map((entry) => entry.id);
  // A reorder moved a few accounts to the top.
  const order = { rev: { clock, replica: REPLICAS[0]! }, ids: [...ids.slice(-3), ...ids.slice(0, -3)] };
  return { accounts: sortedById(entries.map((entry) => [entry.id, entry])), order, clock };
}

/** Letters drawn at random: names deflate cannot shrink much, the hardest case for the quota. */
export function longNames(seed: number, length = 64): (index: number) => { issuer: string; label: string } {
  const random = generator(seed);
  const text = () => Array.from({ length }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
  return () => ({ issuer: text(), label: text() });
}

/** The bytes storage.sync counts for these items. */
export function bytesOf(items: Record<string, unknown>): number {
  return Object.entries(items).reduce((sum, [key, value]) => sum + new TextEncoder().encode(key + JSON.stringify(value)).length, 0);
}
