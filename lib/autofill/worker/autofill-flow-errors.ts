// Why a fill could not happen, one sentence each for the popup (or the toolbar button's tooltip
// after a keyboard or menu fill). None carries a code or anything the page said.

import { t } from '../../i18n/t';
import { UserFacingError } from '../../user-facing-error';

export class NoWebPageError extends UserFacingError {
  override readonly name = 'NoWebPageError';

  constructor() {
    super(t('autofillNoWebPage'));
  }
}

/** The content script could not be injected into the tab's page (no access, or a page the browser protects). */
export class PageAccessError extends UserFacingError {
  override readonly name = 'PageAccessError';

  constructor(options?: ErrorOptions) {
    super(t('autofillPageAccess'), options);
  }
}

/** The field is in a frame that the user's gesture gave no access to (a frame of another site). */
export class FrameAccessError extends UserFacingError {
  override readonly name = 'FrameAccessError';

  constructor(options?: ErrorOptions) {
    super(t('autofillFrameAccess'), options);
  }
}

/** The page navigated, or the frame or tab went away, between the gesture and the fill. */
export class PageChangedError extends UserFacingError {
  override readonly name = 'PageChangedError';

  constructor() {
    super(t('autofillPageChanged'));
  }
}

export class NoAccountToFillError extends UserFacingError {
  override readonly name = 'NoAccountToFillError';

  constructor() {
    super(t('autofillNoAccount'));
  }
}

/** No field was found and the clipboard refused the code too. */
export class CodeNotCopiedError extends UserFacingError {
  override readonly name = 'CodeNotCopiedError';

  constructor() {
    super(t('autofillCodeNotCopied'));
  }
}
