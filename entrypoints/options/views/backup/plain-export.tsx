import { useId, useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/protocol/client';
import { linksFileName } from '../../../../lib/backup/file-names';
import type { TransferCodes } from '../../../../lib/backup/transfer-codes';
import { t, type MessageKey } from '../../../../lib/i18n/t';
import { StatusNotice } from '../../../../lib/ui/status-notice';
import { submitWith } from '../../../../lib/ui/submit-with';
import { TextField } from '../../../../lib/ui/text-field';
import { useAction } from '../../../../lib/ui/use-action';
import { useFocusOnArrival } from '../../../../lib/ui/use-focus-on-arrival';
import { useLazyModule } from '../../../../lib/ui/use-lazy-module';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { FormFooter } from '../shared/form-footer';
import { SectionPart } from '../shared/section';
import { useHideWhenAway } from '../shared/use-hide-when-away';
import { saveTextFile } from './save-file';

type Choice = 'links' | 'file' | 'codes';

/** Each way out, with the messages of its radio button and of the button that exports. */
const CHOICES: readonly { value: Choice; label: MessageKey; button: MessageKey }[] = [
  { value: 'links', label: 'managePlainChoiceLinks', button: 'managePlainShowLinks' },
  { value: 'file', label: 'managePlainChoiceFile', button: 'managePlainDownloadFile' },
  { value: 'codes', label: 'managePlainChoiceCodes', button: 'managePlainShowCodes' },
];

/** What the passphrase brought, on screen until "Hide", leaving the section or the page going away. */
type Shown = { kind: 'links'; links: string } | { kind: 'codes'; codes: TransferCodes };

/** The QR code viewer and its encoder load only when codes are asked for, */
const loadTransferCodes = () => import('./transfer-codes').then((module) => module.TransferCodesView);
/** and so does the writer of transfer links, which builds them here from the plain links. */
const loadTransferWriter = () => import('../../../../lib/backup/transfer-codes');

/**
 * Every account without encryption, for moving to another authenticator: plain otpauth:// links
 * on screen or as a file, or Google Authenticator's transfer QR codes made from them on this page.
 * The links come from the background only after the vault passphrase is typed again, and behind a
 * warning.
 */
export function PlainExport() {
  const choiceName = useId();
  const [choice, setChoice] = useState<Choice>('links');
  const [passphrase, setPassphrase] = useState('');
  const [shown, setShown] = useState<Shown | undefined>();
  const [saved, setSaved] = useState<string | undefined>();
  // After "Hide", whose button goes with what was shown, the keyboard focus starts again in the field.
  const [hidden, setHidden] = useState(false);
  const viewer = useLazyModule(loadTransferCodes, choice === 'codes' || shown?.kind === 'codes');
  const hide = () => {
    setShown(undefined);
    setHidden(true);
  };
  useHideWhenAway(shown !== undefined, hide);
  const exportPlain = useAction(async () => {
    setSaved(undefined);
    try {
      const file = await sendMessage('backup.exportPlain', { vaultPassphrase: passphrase });
      if (choice === 'codes') {
        const { transferCodesFromLinks } = await loadTransferWriter();
        setShown({ kind: 'codes', codes: transferCodesFromLinks(file.content) });
        return;
      }
      if (choice === 'links') {
        setShown({ kind: 'links', links: file.content });
        return;
      }
      const fileName = linksFileName(Date.now());
      saveTextFile(fileName, file.content, 'text/plain');
      setSaved(t('managePlainSaved', { file: fileName }));
    } finally {
      setPassphrase('');
    }
  });
  const button = t(CHOICES.find((option) => option.value === choice)!.button);

  return (
    <SectionPart title={t('managePlainHeading')}>
      <p class="warning">{t('managePlainWarning')}</p>
      {shown === undefined && (
        <form class="stack" onSubmit={submitWith(exportPlain.run)}>
          <fieldset class="choice">
            <legend class="choice-label">{t('managePlainExportAs')}</legend>
            {CHOICES.map(({ value, label }) => (
              <label key={value}>
                <input
                  type="radio"
                  name={choiceName}
                  value={value}
                  checked={choice === value}
                  onChange={() => {
                    setChoice(value);
                    exportPlain.reset();
                  }}
                />{' '}
                {t(label)}
              </label>
            ))}
          </fieldset>
          <TextField
            label={t('manageVaultPassphrase')}
            autoFocus={hidden}
            type="password"
            autocomplete="current-password"
            required
            value={passphrase}
            onInput={setPassphrase}
          />
          <FormFooter error={exportPlain.error} label={button} busyLabel={t('manageChecking')} busy={exportPlain.busy} blocked={passphrase === ''} />
        </form>
      )}
      <StatusNotice message={saved} />
      {shown?.kind === 'links' && <PlainLinks links={shown.links} onHide={hide} />}
      {shown?.kind === 'codes' && <ErrorMessage message={viewer.error} />}
      {shown?.kind === 'codes' && viewer.module && <viewer.module codes={shown.codes} onHide={hide} />}
    </SectionPart>
  );
}

/** The links, ready to select and copy: the focus lands on them, as the button that showed them is gone. */
function PlainLinks({ links, onHide }: { links: string; onHide: () => void }) {
  const id = useId();
  const ref = useFocusOnArrival<HTMLTextAreaElement>();
  return (
    <div class="stack">
      <label for={id}>{t('managePlainLinks')}</label>
      <textarea
        ref={ref}
        id={id}
        readOnly
        rows={Math.min(12, Math.max(3, links.split('\n').length))}
        spellcheck={false}
        value={links}
      />
      {links === '' && <p class="empty">{t('managePlainNoAccounts')}</p>}
      <div class="actions start">
        <button type="button" onClick={onHide}>
          {t('manageHide')}
        </button>
      </div>
    </div>
  );
}
