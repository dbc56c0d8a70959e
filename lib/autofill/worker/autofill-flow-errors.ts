// Why a fill could not happen, one sentence each for the popup (or the toolbar button's tooltip
// after a keyboard or menu fill). None carries a code or anything the page said.

import { UserFacingError } from '../../user-facing-error';

export class NoWebPageError extends UserFacingError {
  override readonly name = 'NoWebPageError';

  constructor() {
    super('Codes can only be filled into web pages (http or https).');
  }
}

/** The content script could not be injected into the tab's page (no access, or a page the browser protects). */
export class PageAccessError extends UserFacingError {
  override readonly name = 'PageAccessError';

  constructor(options?: ErrorOptions) {
    super('The extension may not reach this page: open the popup on it, or use the keyboard command there, and try again.', options);
  }
}

/** The field is in a frame that the user's gesture gave no access to (a frame of another site). */
export class FrameAccessError extends UserFacingError {
  override readonly name = 'FrameAccessError';

  constructor(options?: ErrorOptions) {
    super('The extension may not reach the frame that holds this field.', options);
  }
}

/** The page navigated, or the frame or tab went away, between the gesture and the fill. */
export class PageChangedError extends UserFacingError {
  override readonly name = 'PageChangedError';

  constructor() {
    super('The page changed before the code could be filled: try again.');
  }
}

export class NoAccountToFillError extends UserFacingError {
  override readonly name = 'NoAccountToFillError';

  constructor() {
    super('The vault holds no account whose code could be filled.');
  }
}

/** No field was found and the clipboard refused the code too. */
export class CodeNotCopiedError extends UserFacingError {
  override readonly name = 'CodeNotCopiedError';

  constructor() {
    super('No code field was found, and the code could not be copied either.');
  }
}
