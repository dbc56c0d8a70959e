import { t } from '../../../../lib/i18n/t';
import { usePassphraseStrength } from '../../../../lib/ui/passphrase-strength/use-passphrase-strength';
import { TypedTwiceFields, useTypedTwice, type TypedTwiceFieldsProps } from '../../../../lib/ui/typed-twice-fields';

/** A new passphrase typed twice, with a hint of how guessable it is read out with the first field. */
export function NewPassphraseFields(props: Omit<TypedTwiceFieldsProps, 'hint'>) {
  const strength = usePassphraseStrength(props.next);
  const hint = props.next ? strength.text : t('manageUsePassphraseHint');
  return <TypedTwiceFields {...props} hint={hint} />;
}

/** What NewPassphraseFields show, and what a form does with it (see useTypedTwice). */
export function useNewPassphrase(label: string, differ: string) {
  const typed = useTypedTwice(differ);
  return { ...typed, fields: { label, ...typed.fields } };
}
