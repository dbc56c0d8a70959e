import { sendMessage } from '../../../../lib/protocol/client';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { FormInputError } from '../../../../lib/ui/form-errors';
import { useAction } from '../../../../lib/ui/use-action';
import { FormButtons } from './form-buttons';
import { submitWith } from '../../../../lib/ui/submit-with';
import { PasswordChangeFields, usePasswordChange } from './password-fields';
import type { ServerFlow } from './server-flow';
import { t } from '../../../../lib/i18n/t';

/**
 * Changes the logged-in EMnify user's password. The session ends with it: the reply is the
 * logged-out view, whose notice asks the user to log in again. @see docs/api-contract.md §1.5
 */
export function ChangePasswordForm({ flow, onBack }: { flow: ServerFlow; onBack: () => void }) {
  const passwords = usePasswordChange();
  const change = useAction(async () => {
    try {
      flow.applySession(await sendMessage('session.changePassword', passwords.checked()));
    } catch (error) {
      // A session that expired meanwhile takes the panel back to the login form.
      if (!(error instanceof FormInputError)) await flow.onFailure(error as Error);
      throw error;
    } finally {
      passwords.clear();
    }
  });

  return (
    <form class="stack" onSubmit={submitWith(change.run)}>
      <h1>{t('popupChangePassword')}</h1>
      <PasswordChangeFields autoFocus {...passwords.fields} />
      <ErrorMessage message={change.error} />
      <FormButtons label={t('popupChangePassword')} busyLabel={t('popupChanging')} busy={change.busy} onBack={onBack} />
    </form>
  );
}
