import { useId, useRef, useState } from 'preact/hooks';
import { NothingToImportError } from '../../../../lib/import/errors';
import { countNew, linksToCheck, previewRows, type PreviewRow } from '../../../../lib/import/preview-rows';
import type { ImportSource } from '../../../../lib/import/read-sources';
import { sendMessage } from '../../../../lib/protocol/client';
import { accountCount } from '../../../../lib/accounts/account-name';
import { StatusNotice } from '../../../../lib/ui/status-notice';
import { submitWith } from '../../../../lib/ui/submit-with';
import { useAction } from '../../../../lib/ui/use-action';
import { CommitPreview } from '../shared/commit-preview';
import { FormFooter } from '../shared/form-footer';
import { addedSentence, previewSummary } from '../shared/outcome-text';
import { Section, useSectionHeading } from '../shared/section';
import { FilePasswordForm } from './file-password-form';
import { ImportPreviewTable } from './import-preview-table';
import { useFileDrop } from './use-file-drop';
import './import.css';

/** The QR decoder and the export reader load when a preview is first asked for. */
const loadReader = () => import('../../../../lib/import/read-sources');

interface Preview {
  rows: PreviewRow[];
  /** The links the background checked, committed exactly as previewed. */
  uris: string[];
}

/** The files to read: one list of links or export, and QR code pictures. */
interface Chosen {
  file: File | undefined;
  images: File[];
}

/** An encrypted export met by Preview, whose password the page asks for. */
interface Locked {
  fileName: string;
  prompt: string;
}

const TOO_MANY_DROPPED = 'Drop one export or text file at a time; QR code images can be several.';

/** A file input lists dropped files as its own, so what will be read is shown in one place. */
function showInInput(input: HTMLInputElement | null, files: File[]) {
  if (!input) return;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
}

/**
 * Import from otpauth:// links (pasted or in a text file), QR code pictures, Google
 * Authenticator exports and other apps' export files, chosen or dropped on the form; an encrypted
 * export asks for its password first. Preview first; nothing is written until "Import N accounts".
 */
export function ImportSection() {
  const id = useId();
  const heading = useSectionHeading();
  const [text, setText] = useState('');
  const [textFile, setTextFile] = useState<File | undefined>();
  const [images, setImages] = useState<File[]>([]);
  /** A new value empties the file inputs (they cannot be cleared by setting a value). */
  const [inputsGeneration, setInputsGeneration] = useState(0);
  const [preview, setPreview] = useState<Preview | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [locked, setLocked] = useState<Locked | undefined>();
  const [password, setPassword] = useState('');
  const [dropError, setDropError] = useState<string | undefined>();
  const fileInput = useRef<HTMLInputElement>(null);
  const imagesInput = useRef<HTMLInputElement>(null);

  /** Reads the sources into the preview; an encrypted export without `filePassword` asks for it instead. */
  async function previewSources(chosen: Chosen, filePassword?: string) {
    const sources: ImportSource[] = [];
    if (text.trim() !== '') sources.push({ kind: 'pasted', text });
    if (chosen.file) sources.push({ kind: 'text-file', name: chosen.file.name, file: chosen.file, password: filePassword });
    for (const image of chosen.images) sources.push({ kind: 'image', name: image.name, file: image });
    if (sources.length === 0) throw new NothingToImportError();
    const { readImportSources, PasswordNeededError } = await loadReader();
    let entries;
    try {
      entries = await readImportSources(sources);
    } catch (error) {
      if (!(error instanceof PasswordNeededError)) throw error;
      setPreview(undefined);
      setLocked({ fileName: error.fileName, prompt: error.message });
      return;
    }
    // The file is read: its password is needed no longer, and is not kept.
    setLocked(undefined);
    setPassword('');
    if (entries.length === 0) throw new NothingToImportError();
    const uris = linksToCheck(entries);
    const items = uris.length > 0 ? await sendMessage('import.preview', { uris }) : [];
    const rows = previewRows(entries, items);
    setPreview({ rows, uris });
    // Read out, since the focus stays on "Preview" above the table.
    setNotice(`${previewSummary(rows)} Nothing has been added yet.`);
  }

  const check = useAction((chosen: Chosen = { file: textFile, images }) => previewSources(chosen));
  const unlock = useAction(async () => {
    try {
      await previewSources({ file: textFile, images }, password);
    } catch (error) {
      // A wrong password is typed again from scratch, as a passphrase field is everywhere.
      setPassword('');
      throw error;
    }
  });

  /**
   * Dropped files replace the chosen ones of their kind, show in the inputs as if chosen there,
   * and are read at once (a preview writes nothing).
   */
  const drop = useFileDrop((files) => {
    const pictures = files.filter((file) => file.type.startsWith('image/'));
    const others = files.filter((file) => !file.type.startsWith('image/'));
    changed();
    if (others.length > 1) {
      setDropError(TOO_MANY_DROPPED);
      return;
    }
    const chosen: Chosen = { file: others[0] ?? textFile, images: pictures.length > 0 ? pictures : images };
    if (others.length > 0) showInInput(fileInput.current, others);
    if (pictures.length > 0) showInInput(imagesInput.current, pictures);
    setTextFile(chosen.file);
    setImages(chosen.images);
    void check.run(chosen);
  });

  const commit = useAction(async () => {
    if (!preview) return;
    const result = await sendMessage('import.commit', { uris: preview.uris });
    // Rows the page refused itself (unreadable pictures, missing batches) were never sent.
    const skipped = result.skipped + preview.rows.length - preview.uris.length;
    setPreview(undefined);
    setText('');
    setTextFile(undefined);
    setImages([]);
    setInputsGeneration((g) => g + 1);
    setNotice(addedSentence('Imported', result.added, skipped));
    // The button that was pressed went with the preview.
    heading.current?.focus();
  });

  /** Any change to the sources makes the preview stale: the import must be what was shown. */
  function changed() {
    setPreview(undefined);
    setNotice(undefined);
    setLocked(undefined);
    setPassword('');
    setDropError(undefined);
    check.reset();
    unlock.reset();
    commit.reset();
  }

  const fresh = preview ? countNew(preview.rows) : 0;

  return (
    <Section id="import" headingRef={heading}>
      <p class="muted">
        Add accounts from otpauth:// links, QR code images, Google Authenticator exports and other authenticator
        apps' export files. A preview shows what would be added; nothing is written until you confirm.
      </p>
      <form
        class={`stack import-sources${drop.over ? ' drop-over' : ''}`}
        aria-label="What to import"
        onSubmit={submitWith(check.run)}
        {...drop.handlers}
      >
        <label for={`${id}-links`}>otpauth:// links, one per line</label>
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
          Google Authenticator export links (otpauth-migration://) work too. Lines starting with # are skipped.
        </p>
        <label for={`${id}-text-file`}>Choose a text file or an export file</label>
        <input
          ref={fileInput}
          key={`text-${inputsGeneration}`}
          id={`${id}-text-file`}
          type="file"
          aria-describedby={`${id}-text-file-hint`}
          onChange={(event) => {
            setTextFile(event.currentTarget.files?.[0]);
            changed();
          }}
        />
        <p id={`${id}-text-file-hint`} class="muted">
          Exports of Aegis, 2FAS, andOTP, Proton Authenticator and the Authenticator browser extension, encrypted or
          not: an encrypted one asks for its password, which stays on this page.
        </p>
        <label for={`${id}-images`}>Choose QR code images</label>
        <input
          ref={imagesInput}
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
          Screenshots or photos of QR codes, including every QR code of a Google Authenticator export. Files can also
          be dropped on this form.
        </p>
        <FormFooter
          error={check.error ?? dropError}
          label="Preview"
          busyLabel="Reading…"
          busy={check.busy}
          blocked={commit.busy || unlock.busy}
        />
      </form>
      {locked && (
        <FilePasswordForm
          fileName={locked.fileName}
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
            nothing="Nothing to import: every entry is in the vault already or cannot be used."
            label={`Import ${accountCount(fresh)}`}
            busyLabel="Importing…"
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
