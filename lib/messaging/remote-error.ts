import { UserFacingError } from '../user-facing-error';
import type { WireError } from './protocol';

/** A failure reported by the background, rebuilt on the caller's side with its typed name. */
export class RemoteError extends Error {
  constructor(wire: WireError) {
    super(wire.message);
    this.name = wire.name;
  }
}

/** What the background tells a page about a failure: the error as written when it is one of ours. */
export function toWireError(error: unknown): WireError {
  if (error instanceof UserFacingError) {
    return { name: error.name, message: error.message };
  }
  return { name: 'InternalError', message: 'Something went wrong inside the extension. Please try again.' };
}
