// How this browser describes itself when it registers as a trusted device (docs/api-contract.md §1.2,
// `trusted_device: {operating_system, browser, name}`). The server lists devices by these words
// only, so they are what lets a user recognise "this browser" later; they are never used as the
// fingerprint, which is random (the background draws it). Client hints first (Chromium), the
// user-agent string otherwise.
//
// Worked out here, by the MFA step where the user ticks "Trust this browser", and sent with the
// code: the popup runs in the very browser it describes, and the Server tab loads on first use,
// while every byte of the background's bundle is paid for at each start of the worker.
import type { DeviceInfo } from '../../../../lib/protocol/protocol';
import { t } from '../../../../lib/i18n/t';

type Brand = { brand: string; version: string };

/** What is read of `navigator`. */
export type NavigatorLike = {
  userAgent: string;
  userAgentData?: { brands?: readonly Brand[]; platform?: string };
};

/** Client-hint brands, most specific first: Chromium is the engine under every other one. */
const PREFERRED_BRANDS = ['Microsoft Edge', 'Opera', 'Brave', 'Vivaldi', 'Google Chrome', 'Chromium'];
/** Browsers add a made-up brand ("Not-A.Brand", "Not)A;Brand") so that sites do not rely on the list. */
const GREASE_BRAND = /not.a.brand/iu;

const OS_PATTERNS: ReadonlyArray<[RegExp, string]> = [
  [/Windows/u, 'Windows'],
  // Before Linux: Android's user agent says Linux too.
  [/Android/u, 'Android'],
  [/iPhone|iPad|iPod/u, 'iOS'],
  [/Macintosh|Mac OS X/u, 'macOS'],
  [/CrOS/u, 'ChromeOS'],
  [/Linux|X11/u, 'Linux'],
];

const BROWSER_PATTERNS: ReadonlyArray<[RegExp, string]> = [
  [/Firefox\/(\d+)/u, 'Firefox'],
  // Before Chrome: Edge and Opera say Chrome too.
  [/Edg\/(\d+)/u, 'Microsoft Edge'],
  [/OPR\/(\d+)/u, 'Opera'],
  [/Chrome\/(\d+)/u, 'Chrome'],
  [/Version\/(\d+).*Safari/u, 'Safari'],
];

function browserFromBrands(brands: readonly Brand[]): string | undefined {
  const real = brands.filter((entry) => !GREASE_BRAND.test(entry.brand));
  const preferred = PREFERRED_BRANDS.map((name) => real.find((entry) => entry.brand === name)).find(Boolean);
  const chosen = preferred ?? real[0];
  return chosen && `${chosen.brand} ${chosen.version.split('.')[0]}`;
}

function browserFromUserAgent(userAgent: string): string {
  for (const [pattern, name] of BROWSER_PATTERNS) {
    const match = pattern.exec(userAgent);
    if (match) return `${name} ${match[1]}`;
  }
  return t('popupUnknownBrowser');
}

function systemFromUserAgent(userAgent: string): string {
  return OS_PATTERNS.find(([pattern]) => pattern.test(userAgent))?.[1] ?? t('popupUnknownSystem');
}

export function describeThisBrowser(
  nav: NavigatorLike = (globalThis.navigator as NavigatorLike | undefined) ?? { userAgent: '' },
): DeviceInfo {
  const hints = nav.userAgentData;
  const operatingSystem = hints?.platform || systemFromUserAgent(nav.userAgent);
  const browser = (hints?.brands && browserFromBrands(hints.brands)) || browserFromUserAgent(nav.userAgent);
  return { operatingSystem, browser, name: t('popupDeviceName', { system: operatingSystem, browser }) };
}
