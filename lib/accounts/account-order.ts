// The order the popup shows accounts in: pinned ones first, then the rest, each group in the order
// the user chose. Pure, so the background (the first screen it sends with the popup's opening) and
// the popup (the whole list, and a change of choice) order alike.
import { uiLocale } from '../i18n/t';
import type { AccountSort } from '../settings/settings-item';

/** What ordering reads of an account (a stored account and its summary both have it). */
export interface OrderFacts {
  issuer: string;
  label: string;
  pinned?: boolean;
  lastUsedAt?: number;
}

/**
 * Names compared as the UI language sorts them (German puts "Ärzte" with the A's), without regard
 * to case or accents unless they alone differ, and "Site 2" before "Site 10".
 */
export function accountCollator(locale: string = uiLocale()): Intl.Collator {
  return new Intl.Collator(locale, { usage: 'sort', sensitivity: 'variant', numeric: true });
}

// Made on the first A–Z sort only: a collator loads the language's collation data, which every
// popup opening would otherwise pay for (in the worker's answer and in the page's first render).
let sharedCollator: Intl.Collator | undefined;

/**
 * `accounts` (in the stored, manual order) as the popup shows them. Array sort is stable, so ties
 * (the same name, never used, both pinned) keep the manual order, and an account does not jump
 * about between two openings. `collator` defaults to the UI language's.
 */
export function orderAccounts<T extends OrderFacts>(accounts: readonly T[], sort: AccountSort, collator?: Intl.Collator): T[] {
  const pinned = accounts.filter((account) => account.pinned);
  const others = pinned.length === 0 ? [...accounts] : accounts.filter((account) => !account.pinned);
  const compare = comparator(sort, collator);
  if (compare) {
    pinned.sort(compare);
    others.sort(compare);
  }
  return pinned.length === 0 ? others : [...pinned, ...others];
}

function comparator(sort: AccountSort, given: Intl.Collator | undefined): ((a: OrderFacts, b: OrderFacts) => number) | undefined {
  switch (sort) {
    case 'manual':
      return undefined;
    // An account without an issuer is known by its name alone (as accountName shows it).
    case 'name': {
      const collator = given ?? (sharedCollator ??= accountCollator());
      return (a, b) => collator.compare(a.issuer || a.label, b.issuer || b.label) || collator.compare(a.label, b.label);
    }
    // Never used: after every used one, in the manual order.
    case 'recent':
      return (a, b) => (b.lastUsedAt ?? -Infinity) - (a.lastUsedAt ?? -Infinity) || 0;
  }
}
