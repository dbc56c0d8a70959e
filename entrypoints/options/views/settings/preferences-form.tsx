import { useId, useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/protocol/client';
import type { SettingsView, ThemeChoice } from '../../../../lib/protocol/protocol';
import { StatusNotice } from '../../../../lib/ui/status-notice';
import { submitWith } from '../../../../lib/ui/submit-with';
import { TextField } from '../../../../lib/ui/text-field';
import { useAction } from '../../../../lib/ui/use-action';
import { FormFooter } from '../shared/form-footer';
import { SectionPart } from '../shared/section';
import { wholeNumberIn } from '../shared/whole-number';

const THEMES: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
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
      autoLockMinutes: wholeNumberIn(minutes, 1, 1440, 'Auto-lock must be a whole number of minutes from 1 to 1440.'),
      clipboardClearSeconds: wholeNumberIn(
        seconds,
        0,
        600,
        'Clearing copied codes must be a whole number of seconds from 0 (never) to 600.',
      ),
      theme,
    };
    onSaved(await sendMessage('settings.update', update));
    setSaved('Settings saved.');
  });

  return (
    <SectionPart title="Preferences">
      <form class="stack" noValidate onSubmit={submitWith(save.run)}>
        <TextField
          label="Auto-lock after (minutes)"
          inputMode="numeric"
          value={minutes}
          onInput={setMinutes}
          hint="The vault locks by itself after this many minutes without use (1 to 1440)."
        />
        <TextField
          label="Clear copied codes after (seconds)"
          inputMode="numeric"
          value={seconds}
          onInput={setSeconds}
          hint="A copied code is wiped from the clipboard after this many seconds; 0 = never."
        />
        <fieldset class="choice">
          <legend class="choice-label">Theme</legend>
          {THEMES.map(({ value, label }) => (
            <label key={value}>
              <input
                type="radio"
                name={themeName}
                value={value}
                checked={theme === value}
                onChange={() => setTheme(value)}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        <FormFooter error={save.error} primary label="Save settings" busyLabel="Saving…" busy={save.busy} />
      </form>
      <StatusNotice message={saved} />
    </SectionPart>
  );
}
