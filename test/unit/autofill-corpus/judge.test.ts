import { describe, expect, it } from 'vitest';
import { judge, scoreCorpus, type FrameReport } from '../../e2e/support/corpus-fill';
import type { CorpusPage } from '../../e2e/support/corpus-manifest';

const CODES = new Set(['492039', '118224']);
const page = (outcome: CorpusPage['outcome']): CorpusPage => ({
  file: 'page.html', modeledOn: 'a page', source: ['https://example.com/'], outcome, exercises: [], classes: [],
});
const field = (name: string, value: string, expected = false) => ({ name, expected, touched: value !== '', value });

describe('the verdict on a corpus page', () => {
  it('is right when the expected field holds a current code and nothing else changed', () => {
    const reports: FrameReport[] = [{ fields: [field('otp', '492039', true), field('remember', '')] }];
    expect(judge(page('fill'), 1, reports, CODES, 'field changed')).toMatchObject({ right: true, wrongFill: false });
  });

  it('joins a row of boxes, across frames, and checks the page state where the page shows one', () => {
    const boxes = [...'118224'].map((digit, index) => field(`d${index}`, digit, true));
    const top: FrameReport = { fields: [] };
    expect(judge(page('fill'), 6, [top, { fields: boxes, pageState: '118224' }], CODES, 'field changed').right).toBe(true);
    const lost = judge(page('fill'), 6, [top, { fields: boxes, pageState: '' }], CODES, 'field changed');
    expect(lost).toMatchObject({ right: false, wrongFill: false });
  });

  it('counts a code in a field that must not get it as a wrong fill, on either kind of page', () => {
    const sms: FrameReport[] = [{ fields: [field('sms', '492039')] }];
    expect(judge(page('nothing'), 0, sms, CODES, 'field changed')).toMatchObject({ right: false, wrongFill: true });
    const decoy: FrameReport[] = [{ fields: [field('otp', '492039', true), field('honeypot', '4')] }];
    expect(judge(page('fill'), 1, decoy, CODES, 'field changed')).toMatchObject({ right: false, wrongFill: true });
  });

  it('is a miss, not a wrong fill, when nothing or a stale value reached the expected field', () => {
    expect(judge(page('fill'), 1, [{ fields: [field('otp', '', true)] }], CODES, 'badge')).toMatchObject({ right: false, wrongFill: false });
    expect(judge(page('fill'), 1, [{ fields: [field('otp', '000000', true)] }], CODES, 'field changed').right).toBe(false);
    expect(judge(page('nothing'), 0, [{ fields: [field('sms', '')] }], CODES, 'badge').right).toBe(true);
  });

  it('refuses a page whose marks disagree with its manifest entry', () => {
    expect(() => judge(page('fill'), 1, [{ fields: [field('a', '', true), field('b', '', true)] }], CODES, 'badge')).toThrow(/2 fields marked/);
    expect(() => judge(page('nothing'), 1, [{ fields: [field('a', '', true)] }], CODES, 'badge')).toThrow(/"nothing"/);
  });

  it('scores right pages and wrong fills and lists the rest', () => {
    const score = scoreCorpus([
      { file: 'a', outcome: 'fill', right: true, wrongFill: false, detail: 'filled' },
      { file: 'b', outcome: 'nothing', right: false, wrongFill: true, detail: 'filled a field it must not: sms' },
      { file: 'c', outcome: 'fill', right: false, wrongFill: false, detail: 'nothing filled (badge)' },
    ]);
    expect(score).toMatchObject({ pages: 3, right: 1, wrongFills: 1 });
    expect(score.missed.map((verdict) => verdict.file)).toEqual(['b', 'c']);
  });
});
