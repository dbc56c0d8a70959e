// The real-world corpus of two-factor pages (test/fixtures/autofill-corpus): what each page is
// modeled on, where its markup comes from, and what a fill must do there.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS_DIR = resolve('test/fixtures/autofill-corpus');

/** The three kinds of page the detector has missed or got wrong (see the manifest's `classes`). */
export type CorpusClass = 'distant-words' | 'same-site-frame' | 'sms-one-time-code';

export interface CorpusPage {
  file: string;
  modeledOn: string;
  /** Public pages, open-source files or documentation the markup reproduces. */
  source: string[];
  /** 'fill': the fields marked data-expected="otp" get the code; 'nothing': no field gets anything. */
  outcome: 'fill' | 'nothing';
  target?: string;
  exercises: string[];
  classes: CorpusClass[];
  /** The frame documents the page loads (same origin). */
  frames?: string[];
  /** What of the page is not taken from its sources (reconstructed, reduced or invented), when anything is. */
  note?: string;
}

export function readCorpusManifest(): CorpusPage[] {
  const manifest = JSON.parse(readFileSync(join(CORPUS_DIR, 'manifest.json'), 'utf8')) as { pages: CorpusPage[] };
  return manifest.pages;
}
