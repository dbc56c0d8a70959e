import { useId, useRef, useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/protocol/client';
import type { ProfilesView } from '../../../../lib/protocol/protocol';
import { BusyButton } from '../../../../lib/ui/busy-button';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { useAction } from '../../../../lib/ui/use-action';
import { t } from '../../../../lib/i18n/t';

interface ProfilePickerProps {
  profiles: ProfilesView;
  onProfiles: (profiles: ProfilesView) => void;
  onAdd: () => void;
}

/** Which server the forms below talk to; the background remembers the choice. */
export function ProfilePicker({ profiles, onProfiles, onAdd }: ProfilePickerProps) {
  const id = useId();
  // What is being changed: the select shows the user's pick while the background records it. It
  // stays enabled, so arrow keys (which change a closed select at once) keep their focus.
  const [pending, setPending] = useState<{ what: 'select' | 'remove'; id: string } | undefined>();
  const selected = profiles.profiles.find((profile) => profile.id === profiles.selectedId);
  const picker = useRef<HTMLSelectElement>(null);
  const change = useAction(async (what: 'select' | 'remove', profileId: string) => {
    setPending({ what, id: profileId });
    try {
      onProfiles(await sendMessage(what === 'select' ? 'profiles.select' : 'profiles.remove', { id: profileId }));
      // The removed server's button may go with it: focus moves to the server now chosen instead.
      if (what === 'remove') picker.current?.focus();
    } finally {
      setPending(undefined);
    }
  });

  return (
    <div class="stack">
      <label for={id}>{t('popupServer')}</label>
      <select
        ref={picker}
        id={id}
        value={pending?.what === 'select' ? pending.id : profiles.selectedId}
        onChange={(e) => void change.run('select', e.currentTarget.value)}
      >
        {profiles.profiles.map((profile) => (
          <option key={profile.id} value={profile.id}>
            {profile.name}
          </option>
        ))}
      </select>
      <div class="actions start">
        <button type="button" onClick={onAdd}>
          {t('popupAddServer')}
        </button>
        {selected && !selected.builtIn && (
          <BusyButton
            label={t('popupRemoveServer')}
            busyLabel={t('popupRemoving')}
            busy={pending?.what === 'remove'}
            blocked={change.busy}
            onClick={() => void change.run('remove', selected.id)}
          />
        )}
      </div>
      <ErrorMessage message={change.error} />
    </div>
  );
}
