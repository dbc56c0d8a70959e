// The one owner of the settings record: everyone reads and changes it here. Changes are made one at
// a time, each a read-merge-write, so two sent together (the auto-lock delay and the theme, say)
// cannot both start from the same record and lose one field. The queue is this context's: only
// the background writes settings (pages only read the theme).
import { readStored, writeStored } from '../storage/stored-io';
import { DEFAULT_SETTINGS, SETTING_CHECKS, settingsItem, type Settings } from './settings-item';

export async function readSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await readStored(settingsItem)) };
}

let writes: Promise<unknown> = Promise.resolve();

/** Stores the defined fields of `changes`, keeping the others; a RangeError for a value out of range. */
export function updateSettings(changes: Partial<Settings>): Promise<void> {
  const defined = Object.entries(changes).filter(([, value]) => value !== undefined);
  const refused = defined.find(([field, value]) => !SETTING_CHECKS[field as keyof Settings]?.(value));
  if (refused) return Promise.reject(new RangeError(`The setting ${refused[0]} is out of range.`));
  if (defined.length === 0) return Promise.resolve();
  const run = writes.then(async () => {
    await writeStored(settingsItem, { ...(await readStored(settingsItem)), ...Object.fromEntries(defined) });
  });
  writes = run.catch(() => undefined);
  return run;
}
