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
