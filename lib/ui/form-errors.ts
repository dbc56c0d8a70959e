/** Something the user typed cannot be used; the message says what to change. */
export class FormInputError extends Error {
  override name = 'FormInputError';
}

/** The browser did not give the extension access to a server the user is adding. */
export class HostPermissionError extends Error {
  override name = 'HostPermissionError';
}
