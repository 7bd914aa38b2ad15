import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesOf, squash, squashedFits } from '../../src/extract/text.js';
import { cleanLabel } from '../../src/extract/amounts.js';

describe('matchesOf', () => {
  it('finds exactly what matchAll finds, and leaves lastIndex at 0', () => {
    const patterns = [/(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(万元|亿元|元)/g, /(20\d{2})年/g, /x*/g, /[，。]/g];
    fc.assert(
      fc.property(fc.constantFrom(...patterns), fc.stringMatching(/^[0-9,.万元亿年x，。 ]{0,40}$/), (re, s) => {
        const expected = [...s.matchAll(re)].map((m) => [m.index, ...m]);
        expect(matchesOf(re, s).map((m) => [m.index, ...m])).toEqual(expected);
        expect(re.lastIndex).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a regex without the g flag (an exec loop on it would never end)', () => {
    expect(() => matchesOf(/\d/, '12')).toThrow(/global/);
  });
});

describe('squashedFits', () => {
  it('says whether squash(s) is at most n characters, as squash(s).length <= n does', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[一二三基本情况 \t“”"'‘’《》〈〉：:，,。.、；;（）()\u3000\u2003a1]{0,60}$/), fc.integer({ min: 0, max: 50 }), (s, n) => {
        expect(squashedFits(s, n)).toBe(squash(s).length <= n);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('cleanLabel', () => {
  // the four replacements cleanLabel makes, run unconditionally: its first/last-character
  // shortcuts must give the same label
  const reference = (raw: string): string =>
    raw
      .replace(/^按(经济|功能)(科目)?(分类)?(为|：)?/, '')
      .replace(/^(其中|另|此外|以及|和|及)/, '')
      .replace(/^\d{4}年度?/, '')
      .replace(/(为|是|共|合计|共计|总计|达到|达|约|计)+$/, '')
      .trim();
  it('gives what the four replacements give', () => {
    const words = ['按', '经济', '功能', '科目', '分类', '为', '：', '其中', '另', '此外', '以及', '和', '及', '2024', '年', '度', '是', '共', '合计', '共计', '总计', '达到', '达', '约', '计', '支出', ' ', '9'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 8 }), (parts) => {
        const raw = parts.join('');
        expect(cleanLabel(raw)).toBe(reference(raw));
      }),
      { numRuns: 5000 },
    );
    for (const raw of ['按经济科目分类为工资福利支出', '其中基本支出', '2024年度项目支出合计', '以及公用经费共计', '']) expect(cleanLabel(raw)).toBe(reference(raw));
  });
});
