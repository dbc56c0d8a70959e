// The background's copy of the public suffix list: the data file the build wrote into the
// extension, fetched on the first fill of this worker's life and kept parsed until it stops.
import { t } from '../../i18n/t';
import { browser } from 'wxt/browser';
import { UserFacingError } from '../../user-facing-error';
import { createPublicSuffixList, PUBLIC_SUFFIX_LIST_FILE, type PublicSuffixList } from './public-suffix';

export class PublicSuffixListError extends UserFacingError {
  override readonly name = 'PublicSuffixListError';

  constructor(options?: ErrorOptions) {
    super(t('autofillPublicSuffixList'), options);
  }
}

let loading: Promise<PublicSuffixList> | undefined;

async function fetchList(): Promise<PublicSuffixList> {
  let rules: unknown;
  try {
    const response = await fetch(browser.runtime.getURL(`/${PUBLIC_SUFFIX_LIST_FILE}` as const));
    rules = response.ok ? await response.json() : undefined;
  } catch (error) {
    throw new PublicSuffixListError({ cause: error });
  }
  if (!Array.isArray(rules) || rules.length === 0 || !rules.every((rule) => typeof rule === 'string')) {
    throw new PublicSuffixListError();
  }
  return createPublicSuffixList(rules);
}

/** The parsed list; a failed read is tried again on the next call rather than remembered. */
export function loadPublicSuffixList(): Promise<PublicSuffixList> {
  loading ??= fetchList().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
