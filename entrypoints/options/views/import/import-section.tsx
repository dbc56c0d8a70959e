import { useId, useRef, useState } from 'preact/hooks';
import { NothingToImportError } from '../../../../lib/import/errors';
import { countNew, linksToCheck, previewRows, type PreviewRow } from '../../../../lib/import/preview-rows';
import type { ImportSource } from '../../../../lib/import/read-sources';
import { sendMessage } from '../../../../lib/protocol/client';
import { plural, t } from '../../../../lib/i18n/t';
import { StatusNotice } from '../../../../lib/ui/status-notice';
import { submitWith } from '../../../../lib/ui/submit-with';
import { useAction } from '../../../../lib/ui/use-action';
import { CommitPreview } from '../shared/commit-preview';
import { FormFooter } from '../shared/form-footer';
import { addedSentence, previewNotice } from '../shared/outcome-text';
import { Section, useSectionHeading } from '../shared/section';
import { DroppedFiles, DropZone } from './drop-zone';
import { FilePasswordForm } from './file-password-form';
import { ImportPreviewTable } from './import-preview-table';
import './import.css';

/** The QR decoder and the export reader load when a preview is first asked for. */
const loadReader = () => import('../../../../lib/import/read-sources');

interface Preview {
  rows: PreviewRow[];
  /** The links the background checked, committed exactly as previewed. */
  uris: string[];
}

/** The files to read: chosen or dropped ones, each read by its content, and QR code pictures. */
interface Chosen {
  files: File[];
  images: File[];
}

/** An encrypted export met by Preview, whose password the page asks for. */
interface Locked {
  file: File;
  prompt: string;
  /** Tells one request from the next, so that the form asking for another file's password takes the focus again. */
  request: number;
}

/**
 * Import from otpauth:// links (pasted or in a text file), QR code pictures, Google Authenticator
 * exports and other apps' export files, chosen or dropped on the form; an encrypted export asks
 * for its password first. Preview first; nothing is written until "Import N accounts".
 */
export function ImportSection() {
  const id = useId();
  const heading = useSectionHeading();
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [images, setImages] = useState<File[]>([]);
  const [dropped, setDropped] = useState<File[]>([]);
  /** A new value empties the file inputs (they cannot be cleared by setting a value). */
  const [inputsGeneration, setInputsGeneration] = useState(0);
  const [preview, setPreview] = useState<Preview | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [locked, setLocked] = useState<Locked | undefined>();
  const [password, setPassword] = useState('');
  /**
   * The passwords typed for this preview's encrypted exports, by file, so that a second one can be
   * asked for while the first stays open. Never rendered; cleared once the preview is drawn or the
   * sources change.
   */
  const passwords = useRef(new Map<File, string>());

  const chosen = (): Chosen => ({ files: [...files, ...dropped], images });

  /** Reads the sources into the preview; an encrypted export without its password asks for it instead. */
  async function previewSources({ files: toRead, images: pictures }: Chosen) {
    const sources: ImportSource[] = [];
    if (text.trim() !== '') sources.push({ kind: 'pasted', text });
    for (const file of toRead) sources.push({ kind: 'file', name: file.name, file, password: passwords.current.get(file) });
    for (const image of pictures) sources.push({ kind: 'image', name: image.name, file: image });
    if (sources.length === 0) throw new NothingToImportError();
    const { readImportSources, PasswordNeededError } = await loadReader();
    let entries;
    try {
      entries = await readImportSources(sources);
    } catch (error) {
      if (!(error instanceof PasswordNeededError)) throw error;
      // Files are read in order, and the first one without its password stops the reading.
      const file = toRead.find((candidate) => candidate.name === error.fileName && !passwords.current.has(candidate));
      setPreview(undefined);
      setLocked(file && { file, prompt: error.message, request: (locked?.request ?? 0) + 1 });
      return;
    }
    // Every file is read: the passwords are needed no longer, and are not kept.
    passwords.current.clear();
    setLocked(undefined);
    setPassword('');
    if (entries.length === 0) throw new NothingToImportError();
    const uris = linksToCheck(entries);
    const items = uris.length > 0 ? await sendMessage('import.preview', { uris }) : [];
    const rows = previewRows(entries, items);
    setPreview({ rows, uris });
    // Read out, since the focus stays on "Preview" above the table.
    setNotice(previewNotice('import', rows));
  }

  const check = useAction((toRead: Chosen = chosen()) => previewSources(toRead));
  const unlock = useAction(async () => {
    if (!locked) return;
    passwords.current.set(locked.file, password);
    try {
      await previewSources(chosen());
    } catch (error) {
      // The files before it were read with their passwords: the one just typed is the wrong one.
      // It is typed again from scratch, as a passphrase field is everywhere.
      passwords.current.delete(locked.file);
      setPassword('');
      throw error;
    }
  });

  const commit = useAction(async () => {
    if (!preview) return;
    const result = await sendMessage('import.commit', { uris: preview.uris });
    // Rows the page refused itself (unreadable pictures, missing batches) were never sent.
    const skipped = result.skipped + preview.rows.length - preview.uris.length;
    setPreview(undefined);
    setText('');
    setFiles([]);
    setImages([]);
    setDropped([]);
    setInputsGeneration((g) => g + 1);
    setNotice(addedSentence('import', result.added, skipped));
    // The button that was pressed went with the preview.
    heading.current?.focus();
  });

  /** Any change to the sources makes the preview stale: the import must be what was shown. */
  function changed() {
    setPreview(undefined);
    setNotice(undefined);
    setLocked(undefined);
    setPassword('');
    passwords.current.clear();
    check.reset();
    unlock.reset();
    commit.reset();
  }

  const fresh = preview ? countNew(preview.rows) : 0;

  return (
    <Section id="import" headingRef={heading}>
      <p class="muted">{t('manageImportIntro')}</p>
      <DropZone
        label={t('manageDropZone')}
        onFiles={(added) => {
          const next = [...dropped, ...added];
          setDropped(next);
          changed();
          // Read at once (a preview writes nothing): an encrypted export asks for its password now.
          void check.run({ files: [...files, ...next], images });
        }}
      >
        <form class="stack import-sources" aria-label={t('manageImportForm')} onSubmit={submitWith(check.run)}>
          <label for={`${id}-links`}>{t('manageLinksLabel')}</label>
          <textarea
            id={`${id}-links`}
            rows={6}
            spellcheck={false}
            autocomplete="off"
            aria-describedby={`${id}-links-hint`}
            value={text}
            onInput={(event) => {
              setText(event.currentTarget.value);
              changed();
            }}
          />
          <p id={`${id}-links-hint`} class="muted">
            {t('manageLinksHint')}
          </p>
          <label for={`${id}-files`}>{t('manageChooseFiles')}</label>
          <input
            key={`files-${inputsGeneration}`}
            id={`${id}-files`}
            type="file"
            multiple
            aria-describedby={`${id}-files-hint`}
            onChange={(event) => {
              setFiles([...(event.currentTarget.files ?? [])]);
              changed();
            }}
          />
          <p id={`${id}-files-hint`} class="muted">
            {t('manageFilesHint')}
          </p>
          <label for={`${id}-images`}>{t('manageChooseImages')}</label>
          <input
            key={`images-${inputsGeneration}`}
            id={`${id}-images`}
            type="file"
            accept="image/*"
            multiple
            aria-describedby={`${id}-images-hint`}
            onChange={(event) => {
              setImages([...(event.currentTarget.files ?? [])]);
              changed();
            }}
          />
          <p id={`${id}-images-hint`} class="muted">
            {t('manageImagesHint')}
          </p>
          <DroppedFiles
            files={dropped}
            onClear={() => {
              setDropped([]);
              changed();
            }}
          />
          <FormFooter
            error={check.error}
            label={t('managePreview')}
            busyLabel={t('manageReading')}
            busy={check.busy}
            blocked={commit.busy || unlock.busy}
          />
        </form>
      </DropZone>
      {locked && (
        <FilePasswordForm
          key={locked.request}
          fileName={locked.file.name}
          prompt={locked.prompt}
          password={password}
          onPassword={setPassword}
          onSubmit={unlock.run}
          busy={unlock.busy}
          blocked={check.busy || commit.busy}
          error={unlock.error}
        />
      )}
      <StatusNotice message={notice} />
      {preview && (
        <div class="stack import-preview">
          <ImportPreviewTable rows={preview.rows} />
          <CommitPreview
            fresh={fresh}
            nothing={t('manageNothingToImport')}
            label={plural('manageImportAccounts', fresh)}
            busyLabel={t('manageImporting')}
            busy={commit.busy}
            blocked={check.busy || unlock.busy}
            error={commit.error}
            onCommit={() => void commit.run()}
          />
        </div>
      )}
    </Section>
  );
}
