import { useId, useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/protocol/client';
import type { SettingsView, ThemeChoice } from '../../../../lib/protocol/protocol';
import { t, type MessageKey } from '../../../../lib/i18n/t';
import { StatusNotice } from '../../../../lib/ui/status-notice';
import { submitWith } from '../../../../lib/ui/submit-with';
import { TextField } from '../../../../lib/ui/text-field';
import { useAction } from '../../../../lib/ui/use-action';
import { FormFooter } from '../shared/form-footer';
import { SectionPart } from '../shared/section';
import { wholeNumberIn } from '../shared/whole-number';

const THEMES: readonly { value: ThemeChoice; label: MessageKey }[] = [
  { value: 'system', label: 'manageThemeSystem' },
  { value: 'light', label: 'manageThemeLight' },
  { value: 'dark', label: 'manageThemeDark' },
];

/** Auto-lock delay, clipboard clearing delay and theme, saved together; a refused save keeps what was typed. */
export function PreferencesForm({ settings, onSaved }: { settings: SettingsView; onSaved: (s: SettingsView) => void }) {
  const themeName = useId();
  const [minutes, setMinutes] = useState(String(settings.autoLockMinutes));
  const [seconds, setSeconds] = useState(String(settings.clipboardClearSeconds));
  const [theme, setTheme] = useState<ThemeChoice>(settings.theme);
  const [saved, setSaved] = useState<string | undefined>();
  const save = useAction(async () => {
    setSaved(undefined);
    // Checked here with a sentence that says what to change; the background checks again.
    const update = {
      autoLockMinutes: wholeNumberIn(minutes, 1, 1440, t('manageAutoLockInvalid')),
      clipboardClearSeconds: wholeNumberIn(seconds, 0, 600, t('manageClipboardInvalid')),
      theme,
    };
    onSaved(await sendMessage('settings.update', update));
    setSaved(t('manageSettingsSaved'));
  });

  return (
    <SectionPart title={t('managePreferencesHeading')}>
      <form class="stack" noValidate onSubmit={submitWith(save.run)}>
        <TextField
          label={t('manageAutoLockLabel')}
          inputMode="numeric"
          value={minutes}
          onInput={setMinutes}
          hint={t('manageAutoLockHint')}
        />
        <TextField
          label={t('manageClipboardLabel')}
          inputMode="numeric"
          value={seconds}
          onInput={setSeconds}
          hint={t('manageClipboardHint')}
        />
        <fieldset class="choice">
          <legend class="choice-label">{t('manageTheme')}</legend>
          {THEMES.map(({ value, label }) => (
            <label key={value}>
              <input
                type="radio"
                name={themeName}
                value={value}
                checked={theme === value}
                onChange={() => setTheme(value)}
              />{' '}
              {t(label)}
            </label>
          ))}
        </fieldset>
        <FormFooter error={save.error} primary label={t('manageSaveSettings')} busyLabel={t('manageSaving')} busy={save.busy} />
      </form>
      <StatusNotice message={saved} />
    </SectionPart>
  );
}
