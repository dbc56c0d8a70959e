// The keys earlier releases kept the session under, before it became one record (session-machine.ts).
// Nothing reads or writes them; they stay declared so that the storage catalogue, and so erasing,
// still removes what an earlier release left. storage.session does not outlive the browser session.
import { defineStoredItem } from '../../storage/stored-item';

const anything = { safeParse: (value: unknown) => ({ success: true as const, data: value }) };
const retired = (key: string) => defineStoredItem({ area: 'session', key, parser: anything, fallback: undefined, version: 1 });

export const RETIRED_SESSION_ITEMS = ['serverSession', 'serverTokens', 'pendingMfa', 'sessionNotice'].map(retired);
