import { execFileSync } from 'node:child_process';

function oathtool(args: string[]): string {
  try {
    return execFileSync('oathtool', args, { encoding: 'utf8' }).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('oathtool is not installed: run "apt-get install oathtool".', { cause: error });
    }
    throw error;
  }
}

export interface TotpOptions {
  digits?: number;
  period?: number;
  algorithm?: 'SHA1' | 'SHA256' | 'SHA512';
  /** How the secret is written: Base32 (the default) or hex, e.g. a base64 seed converted with Buffer. */
  encoding?: 'base32' | 'hex';
}

/** The TOTP code the independent `oathtool` computes for a secret (Base32 unless told) at a given second. */
export function oathtoolTotp(secret: string, unixSeconds: number, options: TotpOptions = {}): string {
  const { digits = 6, period = 30, algorithm = 'SHA1', encoding = 'base32' } = options;
  return oathtool([
    `--totp=${algorithm.toLowerCase()}`,
    // Without --base32, oathtool reads the key as hex.
    ...(encoding === 'base32' ? ['--base32'] : []),
    `--digits=${digits}`,
    `--time-step-size=${period}s`,
    `--now=@${unixSeconds}`,
    secret,
  ]);
}

/** The HOTP code `oathtool` computes for a Base32 secret at a counter. */
export function oathtoolHotp(base32Secret: string, counter: number, digits = 6): string {
  return oathtool(['--hotp', '--base32', `--digits=${digits}`, `--counter=${counter}`, base32Secret]);
}
