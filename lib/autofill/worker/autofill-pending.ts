/**
 * A fill that waits for the user in the popup: the keyboard command or the context menu found
 * several accounts (or none, or one that needs a yes). It is kept in storage.session, which only
 * the extension's own pages and the background can read, so it survives the worker being stopped
 * while the user decides, and never outlives the browser session. It holds no code and no secret.
 */
import { browser } from 'wxt/browser';
import type { PendingAutofill } from './autofill-views';
import * as z from '../../zod';
import type { FillPlace } from './site-match';

/** Long enough to unlock the vault and pick an account; a fill older than that is not done. */
export const PENDING_AUTOFILL_MS = 2 * 60 * 1000;

const STORAGE_KEY = 'autofillPending';

/** Where a code would go, as the browser named it when the user asked for the fill. */
export interface FillTarget {
  tabId: number;
  frameId: number;
  /** The document the content script was injected into (Chrome); a navigation gives another. */
  documentId?: string;
  place: FillPlace;
}

export type PendingRecord = FillTarget & Omit<PendingAutofill, 'site'> & { expiresAt: number };

const siteSchema = z.object({
  origin: z.string(),
  registrableDomain: z.optional(z.string()),
  insecure: z.boolean(),
});

// Disk is input too: a record that does not parse is treated as no record at all.
const recordSchema = z.object({
  tabId: z.int(),
  frameId: z.int(),
  documentId: z.optional(z.string()),
  place: z.object({ top: siteSchema, frame: siteSchema }),
  accountIds: z.array(z.string()),
  confirmation: z.optional(
    z.object({
      site: siteSchema,
      accountId: z.string(),
      reasons: z.array(z.enum(['new-site', 'insecure', 'cross-origin-frame'])),
      frameOrigin: z.optional(z.string()),
    }),
  ),
  expiresAt: z.number(),
});

export async function savePendingAutofill(record: PendingRecord): Promise<void> {
  await browser.storage.session.set({ [STORAGE_KEY]: record });
}

export async function clearPendingAutofill(): Promise<void> {
  await browser.storage.session.remove(STORAGE_KEY);
}

/** The waiting fill, unless there is none or it expired (an expired one is removed). */
export async function readPendingAutofill(now: number): Promise<PendingRecord | undefined> {
  const stored: unknown = (await browser.storage.session.get(STORAGE_KEY))[STORAGE_KEY];
  if (stored === undefined) return undefined;
  const parsed = recordSchema.safeParse(stored);
  if (parsed.success && parsed.data.expiresAt > now) return parsed.data;
  await clearPendingAutofill();
  return undefined;
}

/** What the popup is shown: the page and the choices, nothing about tabs or documents. */
export function pendingView({ place, accountIds, confirmation }: PendingRecord): PendingAutofill {
  return { site: place.top, accountIds, ...(confirmation && { confirmation }) };
}
