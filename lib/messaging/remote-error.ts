import { t } from '../i18n/t';
import { UserFacingError } from '../user-facing-error';
import { INTERNAL_ERROR, type WireError } from './gate';

/**
 * The gate's own refusals, worded where they are shown. The gate imports nothing at run time (the
 * content script carries it), so it sends them in English; their names say which they are.
 */
const GATE_SENTENCES: Readonly<Record<string, () => string>> = {
  UnknownMessageError: () => t('messagingUnknownMessage'),
  ForbiddenSenderError: () => t('messagingForbiddenSender'),
  BadRequestError: () => t('messagingBadRequest'),
  InternalError: () => t('messagingInternalError'),
};

/** A failure reported by the background, rebuilt on the caller's side with its typed name. */
export class RemoteError extends Error {
  constructor(wire: WireError) {
    super(Object.hasOwn(GATE_SENTENCES, wire.name) ? GATE_SENTENCES[wire.name]!() : wire.message);
    this.name = wire.name;
  }
}

/** What the background tells a page about a failure: the error as written when it is one of ours. */
export function toWireError(error: unknown): WireError {
  if (error instanceof UserFacingError) {
    return { name: error.name, message: error.message };
  }
  return { name: INTERNAL_ERROR.name, message: t('messagingInternalError') };
}
