import { useId, useRef, useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/protocol/client';
import type { ImportPreviewItem } from '../../../../lib/protocol/protocol';
import { plural, t } from '../../../../lib/i18n/t';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { FormInputError } from '../../../../lib/ui/form-errors';
import { StatusNotice } from '../../../../lib/ui/status-notice';
import { submitWith } from '../../../../lib/ui/submit-with';
import { TextField } from '../../../../lib/ui/text-field';
import { useAction } from '../../../../lib/ui/use-action';
import { CommitPreview } from '../shared/commit-preview';
import { FormFooter } from '../shared/form-footer';
import { addedSentence, previewNotice } from '../shared/outcome-text';
import { SectionPart } from '../shared/section';
import { RestorePreviewTable } from './restore-preview-table';

/** The request limit of backup.preview and backup.restore, in characters. */
const MAX_BACKUP_CHARS = 20_000_000;

/** What the file holds, decrypted by the background; the page sees names, never a secret. */
type Preview = { content: string; items: ImportPreviewItem[] };

/**
 * Restore: pick the file, type its passphrase, see what would change, then merge. The passphrase
 * stays only while its preview is on screen; a failure drops both, and keeps the chosen file.
 */
export function RestoreBackupForm({ onRestored }: { onRestored: () => void }) {
  const fileId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [file, setFile] = useState<File | undefined>();
  const [passphrase, setPassphrase] = useState('');
  const [preview, setPreview] = useState<Preview | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const newCount = preview?.items.filter((item) => item.status === 'new').length ?? 0;

  const showPreview = useAction(async () => {
    setNotice(undefined);
    setPreview(undefined);
    try {
      if (!file) throw new FormInputError(t('manageChooseBackupFile'));
      if (file.size > MAX_BACKUP_CHARS) throw new FormInputError(t('manageBackupTooLarge'));
      const content = await file.text();
      const items = await sendMessage('backup.preview', { content, passphrase });
      setPreview({ content, items });
      // Read out, since the focus stays on "Preview" above the table.
      setNotice(previewNotice('restore', items));
    } catch (error) {
      setPassphrase('');
      throw error;
    }
  });

  const restore = useAction(async () => {
    if (!preview) return;
    try {
      const result = await sendMessage('backup.restore', { content: preview.content, passphrase });
      setNotice(addedSentence('restore', result.added, result.skipped));
      onRestored();
    } finally {
      setPreview(undefined);
      setPassphrase('');
      // The button that was pressed went with the preview.
      heading.current?.focus();
    }
  });

  /** A changed file or passphrase makes the preview stale: it goes, and the restore with it. */
  function changed() {
    setPreview(undefined);
    setNotice(undefined);
    showPreview.reset();
    restore.reset();
  }

  return (
    <SectionPart title={t('manageRestoreHeading')} headingRef={heading}>
      <p class="muted">{t('manageRestoreIntro')}</p>
      <form class="stack" onSubmit={submitWith(showPreview.run)}>
        <label for={fileId}>{t('manageBackupFile')}</label>
        <input
          id={fileId}
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            setFile(event.currentTarget.files?.[0]);
            changed();
          }}
        />
        <TextField
          label={t('manageBackupPassphrase')}
          type="password"
          autocomplete="off"
          required
          value={passphrase}
          onInput={(value) => {
            setPassphrase(value);
            changed();
          }}
        />
        <FormFooter
          error={showPreview.error}
          label={t('managePreview')}
          busyLabel={t('manageDecrypting')}
          busy={showPreview.busy}
          blocked={!file || passphrase === '' || restore.busy}
        />
      </form>
      <StatusNotice message={notice} />
      <ErrorMessage message={restore.error} />
      {preview && (
        <div class="stack">
          <RestorePreviewTable items={preview.items} />
          <CommitPreview
            fresh={newCount}
            nothing={t('manageNothingToRestore')}
            label={plural('manageRestoreAccounts', newCount)}
            busyLabel={t('manageRestoring')}
            busy={restore.busy}
            onCommit={() => void restore.run()}
          />
        </div>
      )}
    </SectionPart>
  );
}
