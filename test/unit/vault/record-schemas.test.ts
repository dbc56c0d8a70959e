import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from '../../../lib/zod';
import { InvalidRecordError, VaultCorruptError } from '../../../lib/vault/errors';
import {
  parseRecordPayload,
  parseSealedRecord,
  profileCredentialsRecordSchema,
  serialiseRecordPayload,
  serverBindingSchema,
  trustedDeviceRecordSchema,
  validateRecord,
  validateRecordId,
} from '../../../lib/vault/record-schemas';
import type {
  ProfileCredentialsRecord,
  ServerBinding,
  TrustedDeviceRecord,
} from '../../../lib/vault/record-types';
import { sampleCredentials, sampleTrustedDevice } from './helpers';

describe('record schemas', () => {
  it('describe exactly the record types, so no field is silently dropped', () => {
    // Checked by the type checker: a field added to a type but not to its schema fails here.
    expectTypeOf<z.infer<typeof serverBindingSchema>>().toEqualTypeOf<ServerBinding>();
    expectTypeOf<z.infer<typeof trustedDeviceRecordSchema>>().toEqualTypeOf<TrustedDeviceRecord>();
    expectTypeOf<
      z.infer<typeof profileCredentialsRecordSchema>
    >().toEqualTypeOf<ProfileCredentialsRecord>();
  });

  it('round-trips both kinds through the payload', () => {
    for (const record of [sampleTrustedDevice(), sampleCredentials()]) {
      expect(parseRecordPayload(serialiseRecordPayload(validateRecord(record)))).toEqual(record);
    }
  });

  it('accepts ids of 1 to 64 characters only', () => {
    expect(validateRecordId('a')).toBe('a');
    expect(validateRecordId('a'.repeat(64))).toBe('a'.repeat(64));
    for (const id of ['', 'a'.repeat(65), 7, undefined]) {
      expect(() => validateRecordId(id)).toThrow(InvalidRecordError);
    }
  });

  it('rejects malformed payloads as VaultCorruptError, never keeping the JSON error', () => {
    expect(() => parseRecordPayload(JSON.stringify({ kind: 'trusted-device' }))).toThrow(
      VaultCorruptError,
    );
    const error = (() => {
      try {
        parseRecordPayload('{"fingerprint":FINGERPRINT}');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(VaultCorruptError);
    expect((error as Error).cause).toBeUndefined();
  });

  it('rejects sealed records of the wrong shape as VaultCorruptError', () => {
    expect(() => parseSealedRecord({ id: 'x', iv: new Uint8Array(12) })).toThrow(VaultCorruptError);
    expect(() =>
      parseSealedRecord({ id: '', iv: new Uint8Array(12), ciphertext: new Uint8Array(17) }),
    ).toThrow(VaultCorruptError);
  });
});
