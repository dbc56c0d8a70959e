/** What every handler gets besides its request: the state, the clock and the settings. */
import type { Clock } from './clock';
import type { ResolvedOptions } from './options';
import type { RateLimiter } from './rate-limit';
import type { SandboxState } from './state';

export interface SandboxContext {
  /** Replaced wholesale by `POST /__sandbox/reset`: read it per request, never cache it. */
  state: SandboxState;
  clock: Clock;
  options: ResolvedOptions;
  limits: { authenticate: RateLimiter; general: RateLimiter };
}
