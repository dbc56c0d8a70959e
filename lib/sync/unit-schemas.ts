// The shapes of the units' JSON, with the short keys the format writes (every byte counts against
// storage.sync's quota). What another browser wrote is input: each account field is judged by the
// vault's own rules (lib/vault/schemas.ts), so an entry the vault would refuse never reaches it.
// Built on first use (z.lazy): only a sync cycle needs them, not every start of the worker.
import { accountFieldSchemas } from '../vault/schemas';
import * as z from '../zod';

/** A clock, a count or a time in epoch ms. */
const natural = z.int().check(z.gte(0));
const replica = z.string().check(z.minLength(1));

/** What every entry of a bucket starts with: its id and the write it is. */
const entryHead = {
  /** The account id, when it is not a UUID; a UUID's 16 bytes are in the unit's raw bytes. */
  i: z.optional(accountFieldSchemas.id),
  /** The write's Lamport clock. */
  c: natural,
  /** The write's replica, as an index into the bucket's replica list; absent for 0. */
  r: z.optional(natural),
  /** The HOTP counter; absent for 0. */
  h: z.optional(natural),
};

export const liveEntrySchema = z.lazy(() =>
  z.object({
    ...entryHead,
    t: accountFieldSchemas.type,
    n: accountFieldSchemas.issuer,
    l: accountFieldSchemas.label,
    /** The seed's length: its bytes are in the unit's raw bytes (the vault refuses an empty seed). */
    s: z.int().check(z.gte(1)),
    a: accountFieldSchemas.algorithm,
    d: accountFieldSchemas.digits,
    p: accountFieldSchemas.period,
    k: accountFieldSchemas.createdAt,
    sv: accountFieldSchemas.server,
    o: accountFieldSchemas.origins,
    m: accountFieldSchemas.siteMatch,
    f: accountFieldSchemas.pinned,
  }),
);
export type LiveEntryJson = z.infer<typeof liveEntrySchema>;

export const tombstoneEntrySchema = z.lazy(() =>
  z.object({
    ...entryHead,
    /** Epoch ms of the deletion: only tombstones have it. */
    x: natural,
  }),
);

/** A bucket: the replicas its entries name, then the entries, each checked on its own. */
export const bucketSchema = z.lazy(() =>
  z.object({
    r: z.array(replica).check(z.refine((replicas) => new Set(replicas).size === replicas.length)),
    e: z.array(z.unknown()),
  }),
);

/** The order register: ids by their place among the synced ones (see order-codec.ts) or as they are. */
const orderSchema = z.object({
  c: natural,
  r: replica,
  i: z.array(z.union([natural, accountFieldSchemas.id])),
  /** Digest of the synced ids the places refer to; absent when no id is named by its place. */
  h: z.optional(z.string().check(z.minLength(1))),
});

export const orderUnitSchema = z.lazy(() =>
  z.object({
    /** The clock, when it is higher than every write the units show (after old deletions were dropped). */
    c: z.optional(natural),
    o: z.optional(orderSchema),
  }),
);
export type OrderUnitJson = z.infer<typeof orderUnitSchema>;
