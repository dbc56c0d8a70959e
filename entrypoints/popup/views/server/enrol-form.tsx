import { useEffect, useId, useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/protocol/client';
import type { MfaTypeView } from '../../../../lib/protocol/protocol';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { TextField } from '../../../../lib/ui/text-field';
import { useAction } from '../../../../lib/ui/use-action';
import { FormButtons } from './form-buttons';
import { submitWith } from '../../../../lib/ui/submit-with';
import type { ServerFlow } from './server-flow';
import { t } from '../../../../lib/i18n/t';

/**
 * Creates an MFA key for the logged-in user. The background stores its seed in the vault before
 * anything else, then the enrolment screen takes over to activate it. @see docs/api-contract.md §1.3
 */
export function EnrolForm({ flow, onBack }: { flow: ServerFlow; onBack: () => void }) {
  const typeId = useId();
  const [types, setTypes] = useState<MfaTypeView[] | undefined>();
  const [chosen, setChosen] = useState<number | undefined>();
  const [loadError, setLoadError] = useState<string | undefined>();
  const [password, setPassword] = useState('');

  useEffect(() => {
    sendMessage('enrolment.types', {}).then(
      (list) => {
        setTypes(list);
        setChosen(list[0]?.id);
      },
      (error: Error) => setLoadError(error.message),
    );
  }, []);

  const create = useAction(async () => {
    if (chosen === undefined) return;
    try {
      flow.onOpenEnrolment(await sendMessage('enrolment.start', { typeId: chosen, password }));
    } catch (error) {
      await flow.onFailure(error as Error);
      throw error;
    } finally {
      setPassword('');
    }
  });

  return (
    <form class="stack" onSubmit={submitWith(create.run)}>
      <h1>{t('popupEnrolKey')}</h1>
      <label for={typeId}>{t('popupKeyType')}</label>
      <select
        id={typeId}
        disabled={!types}
        value={chosen === undefined ? '' : String(chosen)}
        onChange={(e) => setChosen(Number(e.currentTarget.value))}
      >
        {types ? (
          types.map((type) => (
            <option key={type.id} value={String(type.id)}>
              {type.description}
            </option>
          ))
        ) : (
          <option value="">{t('popupLoadingKeyTypes')}</option>
        )}
      </select>
      <TextField
        label={t('popupYourPassword')}
        type="password"
        autocomplete="current-password"
        required
        autoFocus
        hint={t('popupEnrolPasswordHint')}
        value={password}
        onInput={setPassword}
      />
      {types?.length === 0 && <p class="muted">{t('popupNoKeyTypes')}</p>}
      <ErrorMessage message={loadError ?? create.error} />
      <FormButtons label={t('popupCreateKey')} busyLabel={t('popupCreating')} busy={create.busy} blocked={chosen === undefined} onBack={onBack} />
    </form>
  );
}
