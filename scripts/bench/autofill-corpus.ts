// Autofill accuracy on the real-world corpus (test/fixtures/autofill-corpus) through the built
// extension, as a user fills: one account whose site is the corpus's, the keyboard command pressed
// on each page in a new tab. A page is right when the expected field(s) got the code and nothing
// else got anything, or, where nothing may be filled, when nothing was; a wrong fill is a page
// where a field that must not get the code got something.
import { randomBytes } from 'node:crypto';
import { encodeBase32 } from '../../lib/otp';
import type { AccountSummary } from '../../lib/protocol/protocol';
import { launchWithExtension, removeProfile } from '../../test/e2e/support/browser';
import { startAutofillSites } from '../../test/e2e/support/autofill-pages';
import { CORPUS_DIR, readCorpusManifest } from '../../test/e2e/support/corpus-manifest';
import { fillCorpusPage, scoreCorpus, type CorpusScore, type CorpusVerdict } from '../../test/e2e/support/corpus-fill';
import { BUDGETS } from './budgets';
import { send } from './extension-driver';
import type { ResultRow } from './report';
import { summarize } from './stats';

const PASSPHRASE = 'corpus benchmark passphrase, not a secret';

export interface CorpusMeasurement {
  rows: ResultRow[];
  score: CorpusScore;
  verdicts: CorpusVerdict[];
}

export async function measureAutofillCorpus(): Promise<CorpusMeasurement> {
  const pages = readCorpusManifest();
  const sites = await startAutofillSites(CORPUS_DIR);
  const session = await launchWithExtension();
  try {
    const driver = await session.openPopup();
    await send(driver, 'vault.create', { passphrase: PASSPHRASE });
    const secret = encodeBase32(randomBytes(20));
    const uri = `otpauth://totp/Corpus:jane%40example.com?secret=${secret}&issuer=Corpus`;
    const account = await send<AccountSummary>(driver, 'accounts.addUri', { uri });
    await send(driver, 'accounts.update', { id: account.id, origins: [sites.main] });
    const verdicts: CorpusVerdict[] = [];
    for (const entry of pages) verdicts.push(await fillCorpusPage(session, sites.main, entry, secret));
    const score = scoreCorpus(verdicts);
    return {
      score,
      verdicts,
      rows: [
        {
          what: 'autofill corpus, keyboard command: pages right',
          unit: 'pages',
          value: summarize([score.right]),
          of: score.pages,
        },
        {
          what: 'autofill corpus, keyboard command: wrong fills',
          unit: 'pages',
          value: summarize([score.wrongFills]),
          of: score.pages,
          budget: BUDGETS.autofillCorpusWrongFills,
        },
      ],
    };
  } finally {
    await session.close().catch(() => undefined);
    removeProfile(session);
    await sites.close();
  }
}

/** The pages that were not right, one a line, with what happened there. */
export function describeMisses(score: CorpusScore): string {
  if (score.missed.length === 0) return 'Autofill corpus: every page right.';
  const lines = score.missed.map((verdict) => `  ${verdict.wrongFill ? 'WRONG ' : 'missed'} ${verdict.file}: ${verdict.detail}`);
  return [`Autofill corpus: ${score.missed.length} of ${score.pages} pages not right:`, ...lines].join('\n');
}
