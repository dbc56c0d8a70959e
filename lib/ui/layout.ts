/**
 * The popup's list geometry, shared by the list (which renders only the rows in view) and the
 * opening request (which asks the background for the codes of the first screen only).
 */
export const ACCOUNT_ROW_HEIGHT = 52;
export const ACCOUNT_LIST_HEIGHT = 416;
export const FIRST_SCREEN_ROWS = Math.ceil(ACCOUNT_LIST_HEIGHT / ACCOUNT_ROW_HEIGHT) + 3;
