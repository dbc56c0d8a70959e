import { describe, expect, it } from 'vitest';
import { InvalidAccountError, VaultCorruptError } from '../../../lib/vault/errors';
import type { ServerBinding } from '../../../lib/vault/record-types';
import {
  parseAccountPayload,
  parseAccountRecord,
  parseKeyringRecord,
  serialiseAccountPayload,
  validateAccount,
} from '../../../lib/vault/schemas';
import { sampleInput } from './helpers';

const account = { ...sampleInput(), id: 'id-1', createdAt: 1_700_000_000_000 };

describe('vault schemas', () => {
  it('round-trips an account payload with the secret as base64', () => {
    const json = serialiseAccountPayload(account);
    expect(JSON.parse(json).secret).toBe('SGVsbG8h3q2+7w==');
    expect(parseAccountPayload(json)).toEqual(account);
  });

  it('round-trips a server binding inside the payload', () => {
    const server: ServerBinding = {
      profileId: 'p1',
      username: 'a@example.com',
      mfaKeyId: 0,
      enrolment: 'active',
    };
    const bound = { ...account, server };
    expect(parseAccountPayload(serialiseAccountPayload(bound))).toEqual(bound);
  });

  it('parses a payload written before bindings existed, without adding one', () => {
    // Exactly the fields a schema version 1 payload has.
    const json = JSON.stringify({ ...account, secret: 'SGVsbG8h3q2+7w==' });
    const parsed = parseAccountPayload(json);
    expect(parsed).toEqual(account);
    expect('server' in parsed).toBe(false);
  });

  it('rejects a payload with a malformed binding as VaultCorruptError', () => {
    const json = JSON.stringify({ ...account, secret: 'AA==', server: { profileId: 'p1' } });
    expect(() => parseAccountPayload(json)).toThrow(VaultCorruptError);
  });

  it.each([
    ['not JSON', '{'],
    ['a missing field', JSON.stringify({ ...account, secret: 'AA==', type: undefined })],
    ['a bad secret', JSON.stringify({ ...account, secret: '***' })],
    ['an unknown algorithm', JSON.stringify({ ...account, secret: 'AA==', algorithm: 'MD5' })],
  ])('rejects a payload with %s as VaultCorruptError', (_case, json) => {
    expect(() => parseAccountPayload(json)).toThrow(VaultCorruptError);
  });

  it('does not keep JSON.parse\'s error, which quotes the decrypted payload', () => {
    // An unquoted seed: V8's message quotes the text around the failure, seed included.
    const json = '{"label":"a","secret":SEEDSEEDSEEDSEED}';
    expect(() => JSON.parse(json)).toThrow(/SEED/);
    const error = (() => {
      try {
        parseAccountPayload(json);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(VaultCorruptError);
    expect((error as Error).cause).toBeUndefined();
    expect((error as Error).message).not.toContain('SEED');
  });

  it('rejects records of the wrong shape as VaultCorruptError, with the cause', () => {
    expect(() => parseAccountRecord({ id: 'x', order: 0 })).toThrow(VaultCorruptError);
    expect(() => parseKeyringRecord({ version: 2 })).toThrow(VaultCorruptError);
    const error = (() => {
      try {
        parseKeyringRecord(null);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toMatchObject({ name: 'VaultCorruptError' });
    expect((error as Error).cause).toBeDefined();
  });

  it('validates accounts before they are sealed', () => {
    expect(validateAccount(account)).toEqual(account);
    expect(() => validateAccount({ ...account, counter: -1 })).toThrow(InvalidAccountError);
    expect(() => validateAccount({ ...account, type: 'steam' })).toThrow(InvalidAccountError);
  });
});
