// The keys earlier releases kept the session under, before it became one record (session-machine.ts).
// Nothing reads or writes them; they stay declared so that the storage catalogue, and so erasing,
// still removes what an earlier release left. storage.session does not outlive the browser session.
import { sessionRecordItem } from './session-machine';

export const RETIRED_SESSION_ITEMS = ['serverSession', 'serverTokens', 'pendingMfa', 'sessionNotice'].map((key) => ({
  ...sessionRecordItem,
  key,
}));
