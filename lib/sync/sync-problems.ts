// What reading the synced items can find wrong. Synced data is input from other browsers: a unit
// with a problem is left out and the rest still counts. A problem names the unit and a reason,
// never any content (no id, no label, no seed), so it can be logged or shown as it is.
import type { UnitName } from './item-layout';

export type SyncProblemReason =
  /** Its authentication failed: altered, or moved from another key or another vault. Skipped. */
  | 'tampered'
  /** Not the format's text (bad header, base64, compression, JSON or shape). Skipped. */
  | 'damaged'
  /** Written by a newer version of the extension, which this one cannot read. Skipped. */
  | 'newer-format'
  /** A part is missing or belongs to another write of the unit (still arriving). Skipped. */
  | 'incomplete'
  /** A leftover part past the unit's last (a longer earlier write). The unit itself is read. */
  | 'extra-part'
  /** One entry the vault would not accept. That entry is skipped, the rest of the unit read. */
  | 'invalid-entry'
  /** One entry whose id belongs in another bucket. That entry is skipped, the rest of the unit read. */
  | 'misplaced-entry'
  /** The order names accounts by their place among the synced ones, and those are not the ones it was written with. The order is skipped. */
  | 'out-of-step';

export type SyncProblem = { unit: UnitName; reason: SyncProblemReason };
