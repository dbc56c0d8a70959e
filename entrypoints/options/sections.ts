// The management page's sections, in the order of its navigation. The URL's hash names the open
// one (e.g. options.html#import), so the popup can open the page where the user needs it.
import { t, type MessageKey } from '../../lib/i18n/t';

export const SECTIONS = [
  { id: 'devices', title: 'manageSectionDevices' },
  { id: 'mfa-keys', title: 'manageSectionMfaKeys' },
  { id: 'other-users', title: 'manageSectionOtherUsers' },
  { id: 'accounts', title: 'manageSectionAccounts' },
  { id: 'import', title: 'manageSectionImport' },
  { id: 'backup', title: 'manageSectionBackup' },
  { id: 'settings', title: 'manageSectionSettings' },
] as const satisfies readonly { id: string; title: MessageKey }[];

export type SectionId = (typeof SECTIONS)[number]['id'];

export function sectionFromHash(hash: string): SectionId {
  const wanted = hash.replace(/^#/, '');
  return SECTIONS.find((section) => section.id === wanted)?.id ?? 'accounts';
}

/** A section's heading says what its link in the navigation says, in the user's language. */
export function sectionTitle(id: SectionId): string {
  return t(SECTIONS.find((section) => section.id === id)!.title);
}
