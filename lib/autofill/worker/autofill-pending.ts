/**
 * A fill that waits for the user in the popup: the keyboard command or the context menu found
 * several accounts (or none, or one that needs a yes). It is kept in storage.session, which only
 * the extension's own pages and the background can read, so it survives the worker being stopped
 * while the user decides, and never outlives the browser session. It holds no code and no secret.
 */
import type { PendingAutofill } from './autofill-views';
import { readStored, removeStored, writeStored } from '../../storage/stored-io';
import { defineStoredItem } from '../../storage/stored-item';
import * as z from '../../zod';
import type { FillPlace } from './site-match';

/** Long enough to unlock the vault and pick an account; a fill older than that is not done. */
export const PENDING_AUTOFILL_MS = 2 * 60 * 1000;

/** A subframe as it was when the fill was asked for: its document and that document's origin. */
export interface SeenFrame {
  frameId: number;
  documentId?: string;
  origin: string;
}

/** Where a code would go, as the browser named it when the user asked for the fill. */
export interface FillTarget {
  tabId: number;
  frameId: number;
  /** The document the content script was injected into, where the browser says; a navigation gives another. */
  documentId?: string;
  place: FillPlace;
  /** The tab's frames of its own site, searched too by a keyboard or popup fill (autofill-frames.ts). */
  frames?: SeenFrame[];
}

export type PendingRecord = FillTarget & Omit<PendingAutofill, 'site'> & { expiresAt: number };

const siteSchema = z.lazy(() => z.object({
  origin: z.string(),
  registrableDomain: z.optional(z.string()),
  insecure: z.boolean(),
}));

// Disk is input too: a record that does not parse is treated as no record at all.
const recordSchema = z.lazy(() => z.object({
  tabId: z.int(),
  frameId: z.int(),
  documentId: z.optional(z.string()),
  place: z.object({ top: siteSchema, frame: siteSchema }),
  frames: z.optional(z.array(z.object({ frameId: z.int(), documentId: z.optional(z.string()), origin: z.string() }))),
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
}));

export const pendingAutofillItem = defineStoredItem<PendingRecord, undefined>({
  area: 'session',
  key: 'autofillPending',
  parser: recordSchema,
  fallback: undefined,
  version: 1,
  removeDamaged: true,
});

export async function savePendingAutofill(record: PendingRecord): Promise<void> {
  await writeStored(pendingAutofillItem, record);
}

export async function clearPendingAutofill(): Promise<void> {
  await removeStored(pendingAutofillItem);
}

/** The waiting fill, unless there is none or it expired (an expired one is removed). */
export async function readPendingAutofill(now: number): Promise<PendingRecord | undefined> {
  const stored = await readStored(pendingAutofillItem);
  if (stored === undefined || stored.expiresAt > now) return stored;
  await clearPendingAutofill();
  return undefined;
}

/** What the popup is shown: the page and the choices, nothing about tabs or documents. */
export function pendingView({ place, accountIds, confirmation }: PendingRecord): PendingAutofill {
  return { site: place.top, accountIds, ...(confirmation && { confirmation }) };
}
