import { useEffect, useId, useRef } from 'preact/hooks';
import { t } from '../../../../lib/i18n/t';
import { submitWith } from '../../../../lib/ui/submit-with';
import { FormFooter } from '../shared/form-footer';

interface FilePasswordFormProps {
  fileName: string;
  /** The sentence that asked, e.g. "backup.json is an encrypted Aegis export: enter its password to read it." */
  prompt: string;
  password: string;
  onPassword: (value: string) => void;
  onSubmit: () => Promise<void>;
  busy: boolean;
  blocked: boolean;
  /** "This password does not open the file…", next to the button that tries again. */
  error: string | undefined;
}

/**
 * The password of an encrypted export, asked for on the page when Preview met one. It opens the
 * file here, in the page: the password goes nowhere else, not even to the background.
 */
export function FilePasswordForm({ fileName, prompt, password, onPassword, onSubmit, busy, blocked, error }: FilePasswordFormProps) {
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  // The field appeared in answer to Preview: the next thing to do is to type here.
  useEffect(() => field.current?.focus(), []);
  return (
    <form class="stack import-password" onSubmit={submitWith(onSubmit)}>
      <p id={`${id}-prompt`}>{prompt}</p>
      <label for={id}>{t('manageFilePassword', { file: fileName })}</label>
      <input
        ref={field}
        id={id}
        type="password"
        autocomplete="off"
        spellcheck={false}
        aria-describedby={`${id}-prompt`}
        value={password}
        onInput={(event) => onPassword(event.currentTarget.value)}
      />
      <FormFooter error={error} label={t('manageDecryptAndPreview')} busyLabel={t('manageDecrypting')} busy={busy} blocked={blocked || password === ''} />
    </form>
  );
}
