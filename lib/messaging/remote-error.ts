import { UserFacingError } from '../user-facing-error';
import { INTERNAL_ERROR, type WireError } from './gate';

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
  return INTERNAL_ERROR;
}
