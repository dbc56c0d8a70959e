// Amadis as older servers answer (docs/api-contract.md §2): a wrong old password is 422 with a top-level
// `message`. The client must still say WrongOldPasswordError.
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError, WrongOldPasswordError } from '../../../../lib/api';
import { newAmadisClient, registerPerson, type AmadisHarness } from './amadis-harness';
import { createSecretWatch, itKeepsSecretsOutOfErrors } from './secret-watch';
import { resetSandbox, useSandbox } from './sandbox-harness';

const sandbox = useSandbox({ amadisLegacyErrors: true });
const watch = createSecretWatch();

const BEN = { name: 'Ben Legacy', email: 'ben@amadis.contract.test', password: 'legacy-Ben-pass-7a15' };
const NEW_PASSWORD = 'legacy-New-pass-d03c';
const WRONG_PASSWORD = 'legacy-Wrong-pass-5f68';
watch.keep(BEN.password, NEW_PASSWORD, WRONG_PASSWORD);

let harness: AmadisHarness;

beforeEach(async () => {
  await resetSandbox(sandbox.url);
  harness = newAmadisClient(sandbox.url);
  await registerPerson(harness, BEN, watch);
});

describe('legacy error answers', () => {
  it('a wrong old password (422, top-level message) is a WrongOldPasswordError', async () => {
    const error = await watch.rejection(
      harness.client.changePassword({ email: BEN.email, oldPassword: WRONG_PASSWORD, newPassword: NEW_PASSWORD }),
      WrongOldPasswordError,
    );
    expect(error.cause).toBeInstanceOf(ApiError);
    expect(error.cause).toMatchObject({ status: 422, serverMessage: 'The old password is not correct.' });
  });

  it('the right old password still works', async () => {
    await harness.client.changePassword({ email: BEN.email, oldPassword: BEN.password, newPassword: NEW_PASSWORD });
    const generated = await harness.client.resetPassword({ email: BEN.email });
    watch.keep(generated);
    await harness.client.changePassword({ email: BEN.email, oldPassword: generated, newPassword: BEN.password });
  });

  it('other refusals keep their status and message (409 on a duplicate e-mail)', async () => {
    const error = await watch.rejection(harness.client.register(BEN), ApiError);
    expect(error).toMatchObject({ status: 409, serverMessage: 'This e-mail address is already registered.' });
  });
});

itKeepsSecretsOutOfErrors(watch);
