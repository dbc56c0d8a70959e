import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, readCorpusManifest, type CorpusClass } from '../../e2e/support/corpus-manifest';
import { E2E_CORPUS_PAGES, MISSED_BY_KEYBOARD_FILL } from '../../e2e/support/corpus-selection';

const pages = readCorpusManifest();
const text = (file: string) => readFileSync(join(CORPUS_DIR, file), 'utf8');
/** A page's markup with that of the frames it loads. */
const markup = (file: string) => [file, ...(pages.find((page) => page.file === file)?.frames ?? [])].map(text).join('\n');

// The real-world corpus is data for a measurement: these checks keep its ground truth consistent,
// so that the bench's numbers count pages, not fixture mistakes.
describe('the real-world autofill corpus', () => {
  it('lists every page of the folder once, and every frame document under the page that loads it', () => {
    const files = readdirSync(CORPUS_DIR).filter((name) => name.endsWith('.html'));
    const listed = pages.map((page) => page.file);
    const frames = pages.flatMap((page) => page.frames ?? []);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed, ...frames].sort()).toEqual(files.sort());
    for (const page of pages) {
      for (const frame of page.frames ?? []) expect(text(page.file)).toContain(`src="/${frame}"`);
    }
  });

  it('is large enough, and covers the three classes and pages where nothing may be filled', () => {
    expect(pages.length).toBeGreaterThanOrEqual(60);
    expect(pages.filter((page) => page.outcome === 'nothing').length).toBeGreaterThanOrEqual(15);
    const classes: CorpusClass[] = ['distant-words', 'same-site-frame', 'sms-one-time-code'];
    for (const name of classes) expect(pages.filter((page) => page.classes.includes(name)).length, name).toBeGreaterThanOrEqual(5);
    for (const kind of ['react', 'angular', 'shadow', 'late', 'split', 'recovery', 'coupon', 'card', 'search', 'captcha', 'pin', 'honeypot']) {
      expect(pages.some((page) => page.exercises.includes(kind)), kind).toBe(true);
    }
  });

  it('names the public source of every page', () => {
    for (const page of pages) {
      expect(page.modeledOn, page.file).not.toBe('');
      expect(page.source.length, page.file).toBeGreaterThan(0);
      for (const url of page.source) expect(new URL(url).protocol, `${page.file}: ${url}`).toBe('https:');
    }
  });

  it('marks each page the way its manifest entry says', () => {
    for (const page of pages) {
      const top = text(page.file);
      const boxes = Number(/<html[^>]*data-expect-boxes="(\d+)"/.exec(top)?.[1]);
      const marked = markup(page.file).includes('data-expected="otp"');
      if (page.outcome === 'fill') {
        expect({ file: page.file, boxes: boxes > 0, marked }).toEqual({ file: page.file, boxes: true, marked: true });
      } else {
        expect({ file: page.file, boxes, marked }).toEqual({ file: page.file, boxes: 0, marked: false });
      }
    }
  });

  it('loads only scripts of its own', () => {
    for (const page of pages) {
      for (const [, src] of markup(page.file).matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) {
        expect(src, page.file).toMatch(/^\/[a-z0-9-]+\.js$/);
        expect(existsSync(join(CORPUS_DIR, src!.slice(1))), src).toBe(true);
      }
    }
  });

  it('picks end-to-end pages from the corpus: every class and both outcomes', () => {
    const chosen = E2E_CORPUS_PAGES.map((file) => pages.find((page) => page.file === file)!);
    expect(chosen.every(Boolean)).toBe(true);
    expect(new Set(chosen.map((page) => page.outcome))).toEqual(new Set(['fill', 'nothing']));
    expect(new Set(chosen.flatMap((page) => page.classes))).toEqual(new Set(['distant-words', 'same-site-frame', 'sms-one-time-code']));
    for (const file of MISSED_BY_KEYBOARD_FILL) expect(E2E_CORPUS_PAGES).toContain(file);
  });
});
