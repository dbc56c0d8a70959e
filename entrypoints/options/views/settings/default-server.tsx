import { useId, useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/protocol/client';
import type { ProfilesView } from '../../../../lib/protocol/protocol';
import { t } from '../../../../lib/i18n/t';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { StatusNotice } from '../../../../lib/ui/status-notice';
import { useAction } from '../../../../lib/ui/use-action';
import { SectionPart } from '../shared/section';

interface DefaultServerProps {
  profiles: ProfilesView;
  onProfiles: (profiles: ProfilesView) => void;
}

/** The server the popup's login form starts with; saved as soon as it is picked. */
export function DefaultServer({ profiles, onProfiles }: DefaultServerProps) {
  const id = useId();
  // What the list shows: the pick at once, and the saved server again if saving it failed.
  const [chosen, setChosen] = useState(profiles.selectedId);
  const [saved, setSaved] = useState<string | undefined>();
  const select = useAction(async (profileId: string) => {
    setChosen(profileId);
    setSaved(undefined);
    try {
      const next = await sendMessage('profiles.select', { id: profileId });
      onProfiles(next);
      const name = next.profiles.find((profile) => profile.id === next.selectedId)?.name;
      if (name) setSaved(t('manageLoginsStartOn', { server: name }));
    } catch (error) {
      setChosen(profiles.selectedId);
      throw error;
    }
  });

  return (
    <SectionPart title={t('manageServer')}>
      <label for={id}>{t('manageDefaultServer')}</label>
      <select id={id} value={chosen} aria-describedby={`${id}-hint`} onChange={(event) => void select.run(event.currentTarget.value)}>
        {profiles.profiles.map((profile) => (
          <option key={profile.id} value={profile.id}>
            {profile.name}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} class="muted">
        {t('manageDefaultServerHint')}
      </p>
      <ErrorMessage message={select.error} />
      <StatusNotice message={saved} />
    </SectionPart>
  );
}
