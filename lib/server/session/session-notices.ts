// Why a session ended, as the next login form says it (none for the user's own logout).
export const SESSION_EXPIRED_NOTICE = 'Your session expired. Log in again.';
export const PASSWORD_CHANGED_NOTICE = 'Password changed. Log in with your new password.';
