/** `--state FILE`: the state as JSON, written atomically after every change. */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { SandboxState } from './state';

const ARRAY_FIELDS = [
  'users',
  'refreshTokens',
  'mfaTokens',
  'applicationTokens',
  'amadisUsers',
  'amadisAccessTokens',
] as const;

/** Throws a clear error rather than starting from a half-understood file. */
function checkState(value: unknown, file: string): SandboxState {
  const candidate = value as Partial<SandboxState> | null;
  const valid =
    typeof candidate === 'object' &&
    candidate !== null &&
    candidate.version === 1 &&
    typeof candidate.jwtSecret === 'string' &&
    typeof candidate.nextId === 'number' &&
    typeof candidate.demo?.mfaSecret === 'string' &&
    typeof candidate.demo.applicationToken === 'string' &&
    ARRAY_FIELDS.every((field) => Array.isArray(candidate[field]));
  if (!valid) throw new Error(`${file} is not a sandbox state file (version 1). Delete it to start afresh.`);
  return candidate as SandboxState;
}

/** The saved state, or undefined when the file does not exist yet. */
export function loadStateFile(file: string): SandboxState | undefined {
  if (!existsSync(file)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new Error(`${file} is not valid JSON. Delete it to start afresh.`, { cause });
  }
  return checkState(parsed, file);
}

/** Write-then-rename, so a crash mid-write never leaves a truncated file behind. */
export function saveStateFile(file: string, state: SandboxState): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, file);
}
