// Typed errors of adding and removing server profiles: one sentence each, no secret in any.

import { UserFacingError } from '../../user-facing-error';

/** The browser has not granted the extension access to the server's host (optional permission). */
export class HostPermissionMissingError extends UserFacingError {
  override readonly name = 'HostPermissionMissingError';

  constructor(host: string) {
    super(`Allow the extension to reach ${host} when the browser asks, then add the server again.`);
  }
}

/** A profile of the same kind already points at the same address. */
export class DuplicateProfileError extends UserFacingError {
  override readonly name = 'DuplicateProfileError';

  constructor() {
    super('A server of this kind with this address is already in the list.');
  }
}

/** Built-in servers are part of the extension. */
export class BuiltInProfileError extends UserFacingError {
  override readonly name = 'BuiltInProfileError';

  constructor() {
    super('Built-in servers cannot be removed.');
  }
}

/** An OAuth client needs both halves; credentials only make sense for Amadis servers. */
export class ClientCredentialsError extends UserFacingError {
  override readonly name = 'ClientCredentialsError';

  constructor(reason: 'incomplete' | 'not-amadis' | 'too-long') {
    super(
      reason === 'incomplete'
        ? 'Enter both the client ID and the client secret, or neither.'
        : reason === 'not-amadis'
          ? 'A client ID and secret are used by Amadis servers only.'
          : 'The client ID is too long.',
    );
  }
}

/** The page for resending an activation e-mail is opened in a tab, so it must be a web address. */
export class BadActivationPageError extends UserFacingError {
  override readonly name = 'BadActivationPageError';

  constructor() {
    super('The activation page address must be an https:// address.');
  }
}
