// One file through the whole import preview, page half and background half: the rows of the table
// the user confirms and the accounts a commit would add, in the shape of ./expected.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planImport } from '../../../../lib/import/classify';
import { linksToCheck, previewRows, type PreviewRow } from '../../../../lib/import/preview-rows';
import { readImportSources } from '../../../../lib/import/read-sources';
import { encodeBase32, type OtpAccount } from '../../../../lib/otp';
import type { FixtureAccount } from '../../../fixtures/import/formats/accounts';
import type { ExpectedRow } from '../../../fixtures/import/formats/expected';
import { FIXTURE_DIR } from '../../../fixtures/import/formats/generate';

export function fixture(name: string): string {
  return readFileSync(join(FIXTURE_DIR, name), 'utf8');
}

export interface Imported {
  rows: PreviewRow[];
  /** What a commit would add, in the order of the new rows. */
  accounts: OtpAccount[];
}

export async function importFile(name: string, content: string, vault: OtpAccount[] = []): Promise<Imported> {
  const entries = await readImportSources([{ kind: 'file', name, file: new Blob([content]) }]);
  const plan = planImport(linksToCheck(entries), vault);
  return { rows: previewRows(entries, plan.items), accounts: plan.accounts };
}

export function asFixtureAccount(account: OtpAccount): FixtureAccount {
  const { type, issuer, label, algorithm, digits, period, counter } = account;
  return { type, issuer, label, secret: encodeBase32(account.secret), algorithm, digits, period, counter };
}

/** The rows as ./expected.ts writes them: new ones with their whole account. */
export function asExpectedRows({ rows, accounts }: Imported): ExpectedRow[] {
  let next = 0;
  return rows.map((row): ExpectedRow => {
    if (row.status === 'new') return { entry: row.entry, status: 'new', account: asFixtureAccount(accounts[next++]!) };
    if (row.status === 'duplicate') throw new Error(`unexpected duplicate: ${row.entry}`);
    return { entry: row.entry, status: row.status, issuer: row.issuer, label: row.label, reason: row.reason };
  });
}
