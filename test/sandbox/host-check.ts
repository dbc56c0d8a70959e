/**
 * The DNS-rebinding guard. A page whose own name is re-pointed at 127.0.0.1
 * counts as same-origin for the browser, so it could read the sandbox's
 * answers (trusted-device fingerprints, tokens); its requests still say
 * `Host: its-name:PORT`, so only loopback names with the port the connection
 * actually reached are served.
 */
import { HttpError } from './errors';

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'] as const;
/** The port a Host header may leave out (RFC 9110 §7.2: the scheme's default). */
const HTTP_DEFAULT_PORT = 80;

function allowedHosts(port: number): string[] {
  const hosts: string[] = LOOPBACK_NAMES.map((name) => `${name}:${port}`);
  if (port === HTTP_DEFAULT_PORT) hosts.push(...LOOPBACK_NAMES);
  return hosts;
}

/** Throws 421 Misdirected Request (plain `{message}`: no contract covers it) unless Host names this sandbox. */
export function assertLoopbackHost(host: string | undefined, localPort: number | undefined): void {
  // Host names are case-insensitive (RFC 9110 §4.2.3); nothing else is tolerated.
  if (host !== undefined && localPort !== undefined && allowedHosts(localPort).includes(host.toLowerCase())) return;
  throw new HttpError(421, { message: 'This server answers only to 127.0.0.1, localhost or [::1] with its own port.' });
}
