// The sandbox's clock as the background's clock: pinned 10 s into a TOTP step, and moved along
// whenever the flows under test wait, so codes taken from the vault match what the sandbox checks.
import { pinServerClock } from '../api/contract/server-clock';
import type { TestClock } from './session-harness';

export async function sandboxClock(url: string): Promise<TestClock> {
  const clock = await pinServerClock(url);
  return { now: () => clock.estimate(), advance: (ms) => clock.advance(ms / 1000) };
}
