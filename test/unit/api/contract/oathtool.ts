// OATH Toolkit's oathtool: an independent (C) TOTP implementation to check our codes against.
// A missing oathtool must FAIL the test, never skip it: the cross-check is the point.
import { execFileSync } from 'node:child_process';

const MISSING = 'oathtool is not installed: run `apt-get install oathtool` (Debian/Ubuntu). This check must not be skipped.';

/** oathtool's TOTP code (SHA-1, 6 digits, 30 s: its defaults) for a Base32 seed at a Unix time. */
export function oathtoolTotp(base32: string, unixSeconds: number): string {
  try {
    return execFileSync('oathtool', ['--totp', '--base32', `--now=@${unixSeconds}`, base32], {
      encoding: 'utf8',
    }).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(MISSING);
    throw error;
  }
}
