// The last profile and e-mail address, to prefill the login form. Not session state: it outlives
// every session, in storage.local, and holds no secret.
import { readStored, writeStored } from '../../storage/stored-io';
import { defineStoredItem } from '../../storage/stored-item';
import * as z from '../../zod';

const text = z.string().check(z.minLength(1));
const lastLoginSchema = z.lazy(() => z.object({ profileId: z.optional(text), username: z.optional(text) }));
export type LastLogin = z.infer<typeof lastLoginSchema>;

export const lastLoginItem = defineStoredItem<LastLogin>({
  area: 'local',
  key: 'lastLogin',
  parser: lastLoginSchema,
  fallback: {},
  version: 1,
});

export const readLastLogin = () => readStored(lastLoginItem);

/** Leaves out absent fields, which the storage areas do not all drop the same way. */
export const writeLastLogin = (last: LastLogin) =>
  writeStored(lastLoginItem, Object.fromEntries(Object.entries(last).filter(([, field]) => field !== undefined)));
