import { useId } from 'preact/hooks';
import { sendMessage } from '../../../../lib/messaging/client';
import type { ProfilesView } from '../../../../lib/messaging/protocol';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { useAction } from '../../../../lib/ui/use-action';

/** The server the popup's login form starts with; saved as soon as it is picked. */
export function DefaultServer({ profiles, onProfiles }: { profiles: ProfilesView; onProfiles: (p: ProfilesView) => void }) {
  const id = useId();
  const select = useAction(async (profileId: string) => {
    onProfiles(await sendMessage('profiles.select', { id: profileId }));
  });

  return (
    <section class="stack" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Server</h3>
      <label for={id}>Default server</label>
      <select id={id} value={profiles.selectedId} onChange={(event) => void select.run(event.currentTarget.value)}>
        {profiles.profiles.map((profile) => (
          <option key={profile.id} value={profile.id}>
            {profile.name}
          </option>
        ))}
      </select>
      <p class="muted">Servers are added and removed from the popup's Server tab.</p>
      <ErrorMessage message={select.error} />
    </section>
  );
}
