/**
 * The cover: year, title, unit, and the profile's cover fields (单位名称（盖章）：…) with whether they
 * are filled. Only lines before the first section are the cover.
 */
import type { Block } from '../read/types.js';
import type { Profile } from '../profiles/profile.js';
import type { CoverField } from './model.js';
import { src } from './text.js';

export interface Cover {
  year?: number;
  title?: string;
  unit?: string;
  fields: CoverField[];
}

const TITLE = /(?:(20\d{2})年度?)?\s*(.*?)\s*((?:部门|单位)?(?:（单位）)?整体支出绩效(?:自评|自我评价|评价)报告)/;

export function extractCover(blocks: readonly Block[], firstSectionLine: number, profile: Profile): Cover {
  const cover: Cover = { fields: [] };
  // cover templates often lay their fields out as a table: label | value
  for (const b of blocks) {
    if (b.line >= firstSectionLine || b.kind !== 'row' || !b.normCells) continue;
    b.normCells.forEach((cell, i) => {
      const label = cell.trim();
      const f = profile.cover.find((x) => x.label.test(label.endsWith('：') ? label : `${label}：`));
      if (!f) return;
      // the value in the same cell after the label, else in the next filled cell
      const m = f.label.exec(label);
      const inCell = m ? label.slice(m.index + m[0].length).trim() : '';
      const value = inCell || (b.cells?.slice(i + 1).find((c) => c.trim().length > 0) ?? '').trim();
      cover.fields.push({ name: f.name, value: value.replace(/[_＿\s]/g, '') ? value : null, src: src(b.line, 0, b.text) });
      if (f.name.startsWith('单位名称') && value) cover.unit = value.replace(/[（(]盖章[)）]/, '').trim();
    });
  }
  const head = blocks.filter((b) => b.line < firstSectionLine && b.kind === 'paragraph');
  for (const b of head) {
    const t = b.norm.trim();
    if (!t) continue;
    const m = TITLE.exec(t);
    if (m && cover.title === undefined) {
      cover.title = t.replace(/\s+/g, ' ');
      if (m[1]) cover.year = Number(m[1]);
      const unit = m[2]!.replace(/\s+/g, '').replace(/^年度?/, '');
      if (unit) cover.unit = unit;
    } else if (cover.year === undefined) {
      const y = /^(20\d{2})年度?$/.exec(t.replace(/\s+/g, ''));
      if (y) cover.year = Number(y[1]);
    }
    for (const f of profile.cover) {
      const lm = f.label.exec(b.norm);
      if (!lm) continue;
      const raw = b.norm.slice(lm.index + lm[0].length).replace(/[_＿\s]+/g, ' ').trim();
      const value = raw.length > 0 ? b.text.slice(lm.index + lm[0].length).trim() : null;
      cover.fields.push({ name: f.name, value, src: src(b.line, lm.index, b.text) });
      if (f.name.startsWith('单位名称') && value) cover.unit = value.replace(/[（(]盖章[)）]/, '').trim();
    }
  }
  if (cover.year === undefined) {
    for (const b of blocks.slice(0, 60)) {
      const y = /(20\d{2})年度?(?:部门|单位)?.{0,40}绩效/.exec(b.norm);
      if (y) {
        cover.year = Number(y[1]);
        break;
      }
    }
  }
  return cover;
}
