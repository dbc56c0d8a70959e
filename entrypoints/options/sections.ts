// The management page's sections, in the order of its navigation. The URL's hash names the open
// one (e.g. options.html#import), so the popup can open the page where the user needs it.
export const SECTIONS = [
  { id: 'devices', title: 'Trusted devices' },
  { id: 'mfa-keys', title: 'MFA keys' },
  { id: 'other-users', title: 'Other users' },
  { id: 'accounts', title: 'Accounts' },
  { id: 'import', title: 'Import' },
  { id: 'backup', title: 'Backup' },
  { id: 'settings', title: 'Settings' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

export function sectionFromHash(hash: string): SectionId {
  const wanted = hash.replace(/^#/, '');
  return SECTIONS.find((section) => section.id === wanted)?.id ?? 'accounts';
}

/** A section's heading says what its link in the navigation says. */
export function sectionTitle(id: SectionId): string {
  return SECTIONS.find((section) => section.id === id)!.title;
}
