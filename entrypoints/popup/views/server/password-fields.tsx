import { useState } from 'preact/hooks';
import { TextField } from '../../../../lib/ui/text-field';
import { TypedTwiceFields, useTypedTwice } from '../../../../lib/ui/typed-twice-fields';
import { t } from '../../../../lib/i18n/t';

interface NewPasswordFieldsProps {
  next: string;
  repeated: string;
  onNext: (value: string) => void;
  onRepeated: (value: string) => void;
}

/** A new password typed twice; its strength is the server's to judge. */
export function NewPasswordFields(props: NewPasswordFieldsProps) {
  return <TypedTwiceFields label={t('popupNewPassword')} {...props} />;
}

/** What NewPasswordFields show, and what a form does with it (see useTypedTwice). */
export function useNewPassword() {
  return useTypedTwice(t('popupNewPasswordsDiffer'));
}

interface PasswordChangeFieldsProps extends NewPasswordFieldsProps {
  current: string;
  onCurrent: (value: string) => void;
  /** Start in "Current password" (the rest of the form is filled in already, or there is none). */
  autoFocus?: boolean;
}

/** The current password, then the new one twice. */
export function PasswordChangeFields({ current, onCurrent, autoFocus = false, ...next }: PasswordChangeFieldsProps) {
  return (
    <>
      <TextField
        label={t('popupCurrentPassword')}
        type="password"
        autocomplete="current-password"
        required
        autoFocus={autoFocus}
        value={current}
        onInput={onCurrent}
      />
      <NewPasswordFields {...next} />
    </>
  );
}

/** What PasswordChangeFields show, and what a form sends (the names of both change-password requests). */
export function usePasswordChange() {
  const [current, setCurrent] = useState('');
  const newPassword = useNewPassword();
  return {
    fields: { current, onCurrent: setCurrent, ...newPassword.fields },
    /** Both passwords, once the new one was typed the same twice; else a FormInputError. */
    checked: () => ({ oldPassword: current, newPassword: newPassword.checked() }),
    /** After any attempt, whatever its outcome. */
    clear() {
      setCurrent('');
      newPassword.clear();
    },
  };
}
