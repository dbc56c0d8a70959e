import { useState } from 'preact/hooks';
import { checkNewPassword } from '../../../../lib/ui/new-password';
import { TextField } from '../../../../lib/ui/text-field';

interface NewPasswordFieldsProps {
  next: string;
  repeated: string;
  onNext: (value: string) => void;
  onRepeated: (value: string) => void;
}

/** A new password typed twice, so that a slip of the finger does not lock the user out. */
export function NewPasswordFields({ next, repeated, onNext, onRepeated }: NewPasswordFieldsProps) {
  return (
    <>
      <TextField label="New password" type="password" autocomplete="new-password" required value={next} onInput={onNext} />
      <TextField
        label="Repeat new password"
        type="password"
        autocomplete="new-password"
        required
        value={repeated}
        onInput={onRepeated}
      />
    </>
  );
}

/** What NewPasswordFields show, and what a form does with it. */
export function useNewPassword() {
  const [next, setNext] = useState('');
  const [repeated, setRepeated] = useState('');
  return {
    fields: { next, repeated, onNext: setNext, onRepeated: setRepeated },
    /** The new password, once it was typed the same twice; else a FormInputError. */
    checked(): string {
      checkNewPassword(next, repeated);
      return next;
    },
    /** After any attempt, whatever its outcome: a password does not linger in the page. */
    clear() {
      setNext('');
      setRepeated('');
    },
  };
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
        label="Current password"
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
