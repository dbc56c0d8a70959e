// What storage.sync holds of the format, as the last read found it: the packer compares the new
// state's units with it, so that only units whose JSON changed are sealed and written again (a
// fresh IV at every seal makes ciphertexts useless for that comparison).
import type { UnitName } from './item-layout';
import type { UnitContent } from './unit-content';

export type WrittenUnit = {
  /** The unit's canonical content (bucket-codec.ts, order-codec.ts), as the packer would write it. */
  content: UnitContent;
  /** The keys of its parts, first part first. */
  keys: readonly string[];
};

export type WrittenUnits = {
  /** Units read without any problem. One with a problem is absent, so the next pack writes it afresh. */
  units: ReadonlyMap<UnitName, WrittenUnit>;
  /** Every item of the format present, read fine or not, with the bytes it takes in the quota. */
  itemBytes: ReadonlyMap<string, number>;
  /** Ids of the entries the buckets hold: accounts sync already carries, kept before new ones when space runs out. */
  accountIds: ReadonlySet<string>;
};

export const NOTHING_WRITTEN: WrittenUnits = { units: new Map(), itemBytes: new Map(), accountIds: new Set() };
