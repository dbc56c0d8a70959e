// Account flows that need no session: EMnify activation and its resend (docs/api-contract.md §1.5), and
// the Amadis user API (§2). Each call gets a client of its own: there is no session to share.
import {
  AMADIS_SECRET_BYTES,
  ApiError,
  createAmadisClient,
  createEmnifyClient,
  createMemoryTokenStore,
  type AmadisClient,
} from '../../api';
import type { AccountFields, StoredAccount, VaultPort } from '../../vault/vault-port';
import type { ServerProfile } from '../server-views';
import { DEFAULT_DIGITS, DEFAULT_PERIOD, validateOtpAccount } from '../../otp';
import { ActivationRefusedError, TooManyRequestsError, WrongServerKindError } from '../errors';
import { hasHostAccess } from '../host-access';
import { requireUnlocked } from '../session/unlocked';

/** A client for a public EMnify call; the empty token store is never written. */
function publicEmnifyClient(profile: ServerProfile) {
  if (profile.kind !== 'emnify') throw new WrongServerKindError('emnify');
  return createEmnifyClient({
    baseUrl: profile.baseUrl,
    tokens: createMemoryTokenStore(),
    hasHostAccess,
  });
}

export async function activateEmnifyAccount(
  profile: ServerProfile,
  request: { activationKey: string; password: string },
): Promise<void> {
  try {
    await publicEmnifyClient(profile).activateAccount({ activationKey: request.activationKey.trim(), password: request.password });
  } catch (error) {
    // 400 for an unknown or used key, or a password the server refuses (§1.5).
    if (error instanceof ApiError && [400, 404, 422].includes(error.status)) {
      throw new ActivationRefusedError(error.serverMessage, { cause: error });
    }
    throw error;
  }
}

export async function resendEmnifyActivation(
  profile: ServerProfile,
  request: { username: string; recaptchaToken: string },
): Promise<void> {
  try {
    await publicEmnifyClient(profile).resendActivation({
      username: request.username.trim(),
      recaptchaToken: request.recaptchaToken.trim(),
    });
  } catch (error) {
    // Resends are rate-limited per user; the server says how long to wait when it says anything.
    if (error instanceof ApiError && error.status === 429) throw new TooManyRequestsError(error.serverMessage, { cause: error });
    throw error;
  }
}

/** An Amadis client with the profile's OAuth client from the vault, when it has one. */
export async function amadisClientFor(profile: ServerProfile, vault: VaultPort): Promise<AmadisClient> {
  if (profile.kind !== 'amadis') throw new WrongServerKindError('amadis');
  const credentials = profile.hasClientCredentials
    ? (await vault.listRecords()).find(
        (record) => record.kind === 'profile-credentials' && record.profileId === profile.id,
      )
    : undefined;
  return createAmadisClient({
    baseUrl: profile.baseUrl,
    hasHostAccess,
    clientCredentials:
      credentials?.kind === 'profile-credentials'
        ? { clientId: credentials.clientId, clientSecret: credentials.clientSecret }
        : undefined,
  });
}

/**
 * Registers an Amadis user. The 32-byte secret the server returns (only here, only once) becomes a
 * vault account with codes: TOTP, SHA-1, 6 digits, 30 s (§2 Decision), bound to the new user.
 * The vault must be open BEFORE the server is asked, or the secret would have nowhere to go.
 */
export async function registerAmadisUser(
  profile: ServerProfile,
  vault: VaultPort,
  request: { name: string; email: string; password: string },
): Promise<StoredAccount> {
  await requireUnlocked(vault);
  const client = await amadisClientFor(profile, vault);
  const email = request.email.trim();
  const account = (secret: Uint8Array): AccountFields => ({
    type: 'totp',
    issuer: profile.name.trim(),
    label: email,
    secret,
    algorithm: 'SHA1',
    digits: DEFAULT_DIGITS,
    period: DEFAULT_PERIOD,
    counter: 0,
    server: { profileId: profile.id, username: email },
    // The site where its code is filled: the server that issued the secret.
    origins: [new URL(profile.baseUrl).origin],
  });
  // Checked before the server creates the user: an account the vault would refuse (no e-mail
  // address, say) must not cost the only copy of the secret.
  validateOtpAccount(account(new Uint8Array(AMADIS_SECRET_BYTES)));
  const registration = await client.register({ name: request.name.trim(), email, password: request.password });
  return vault.addAccount(account(registration.secret));
}
