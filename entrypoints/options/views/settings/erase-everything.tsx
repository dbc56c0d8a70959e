import { useId, useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/protocol/client';
import type { VaultStatus } from '../../../../lib/protocol/protocol';
import { t } from '../../../../lib/i18n/t';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { submitWith } from '../../../../lib/ui/submit-with';
import { useAction } from '../../../../lib/ui/use-action';
import { SectionPart } from '../shared/section';

/** The word to type, the same in every language: the background checks it too. */
const CONFIRMATION = 'erase';

/**
 * Deletes the vault, the settings, the servers and the session, after the word is typed: a
 * confirmation that a stray Enter or click cannot give. The page then says there is no vault.
 */
export function EraseEverything({ onStatus }: { onStatus: (status: VaultStatus) => void }) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const confirmed = typed === CONFIRMATION;
  const erase = useAction(async () => {
    if (!confirmed) return;
    onStatus(await sendMessage('vault.erase', { confirmation: typed }));
  });

  return (
    <SectionPart title={t('manageEraseHeading')}>
      <p class="warning" id={`${id}-warning`}>
        {t('manageEraseWarning')}
      </p>
      <form class="stack" onSubmit={submitWith(erase.run)}>
        <label for={id}>{t('manageEraseTypeToConfirm', { word: CONFIRMATION })}</label>
        <input
          id={id}
          type="text"
          autocomplete="off"
          spellcheck={false}
          autocapitalize="off"
          aria-describedby={`${id}-warning`}
          value={typed}
          onInput={(event) => setTyped(event.currentTarget.value)}
        />
        <ErrorMessage message={erase.error} />
        <div class="actions start">
          {/* Disabled until the word is typed; while erasing it keeps the focus, refusing clicks. */}
          <button
            type="submit"
            class="danger"
            disabled={!confirmed}
            aria-disabled={erase.busy}
            onClick={(event) => erase.busy && event.preventDefault()}
          >
            {erase.busy ? t('manageErasing') : t('manageErase')}
          </button>
        </div>
      </form>
    </SectionPart>
  );
}
