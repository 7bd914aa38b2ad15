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

/** What a title calls the document: the phrase after the unit (and the project) in a title. */
const TITLE_PHRASE =
  /(?:部门|单位)?(?:（单位）)?整体支出绩效(?:单位|评价)?(?:自评|自我评价|评价)(?:自评)?报告|(?:项目支出|专项资金|专项)绩效(?:单位)?自评(?:价)?报告|项目支出绩效自评表|部门整体支出绩效自评表|绩效自评表|部门决算(?:情况)?(?:说明|公开)?|(?:单位)?决算(?:情况)?(?:公开)?说明|(?:部门|单位)预算(?:情况)?(?:公开)?说明|预算公开说明|(?:财政支出|项目支出|重点)?绩效评价(?:报告|表)|绩效自(?:评|我评价)(?:价)?报告/;
/** A name of a body: a unit ends so (局, 委员会, 学校, 中心 …); a bare place (青岛市黄岛区) is not one. */
const ORG_END = /(?:局|委员会|委|院|校|学校|中心|馆|所|站|队|办|办公室|厅|部|会|公司|政府|处|社|台|园|分局|集团|管委会|大学|学院|医院|街道|乡|镇)$/;
/** Cover fields naming the unit, best first. */
const UNIT_FIELDS: readonly RegExp[] = [/^(?:单位名称|部门（单位）名称|部门名称|填报单位)(?:（盖章）)?$/, /^(?:主管部门|实施单位|项目单位|预算单位)$/];
const YEAR_IN = /((?:19|20)\d{2})\s*年/;
/** A cell that heads a column (预算资金（万元）, 评分, 项目名称): in a table's header row 实施单位 is followed by it, not by a unit. */
const COLUMN_HEADER = /[（(](?:万?元|亿元|%|分|人|个|项)[)）]$|^(?:序号|项目名称|预算(?:资金|数)?|资金|金额|评分|得分|分值|等级|等次|评价等级|备注)$/;

/**
 * A line of a web page around the report, not of its title: a date ("2024年03月19日 星期二", the day
 * the page was shown or published), 发布时间, 信息来源, 浏览次数, the font-size buttons.
 */
const PAGE_CHROME = /^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*星期.)?[\s|｜]*$|^(?:发布时间|发布日期|信息来源|来源|浏览次数|点击数|字体|字号|文字大小)\s*[:：]|星期[一二三四五六日天][\s|｜]*$/;

/** The title: the first run of up to three head lines (附件N and page chrome skipped) that names the document. */
function findTitle(head: readonly Block[]): { text: string; squashed: string; written: string; next?: Block } | undefined {
  const lines = head.filter((b) => b.kind === 'paragraph' && b.norm.trim() !== '' && !/^附件\s*\d*[:：]?$/.test(b.norm.trim()) && !PAGE_CHROME.test(b.norm.trim()));
  for (let i = 0; i < lines.length; i++) {
    for (let n = 1; n <= 3 && i + n <= lines.length; n++) {
      const run = lines.slice(i, i + n);
      const squashed = run.map((b) => b.norm.replace(/\s+/g, '')).join('');
      if (TITLE_PHRASE.test(squashed)) {
        const next = lines[i + n];
        // as written (traditional characters kept): normalising maps character for character
        const written = run.map((b) => b.text.replace(/\s+/g, '')).join('');
        return { text: run.map((b) => b.text.trim().replace(/\s+/g, ' ')).join(' '), squashed, written: written.length === squashed.length ? written : squashed, ...(next ? { next } : {}) };
      }
    }
  }
  return undefined;
}

/** The unit a title names, as written: before its year, else before its phrase; only when it reads as a body. */
function unitOfTitle(squashed: string, written: string): string | undefined {
  const phrase = TITLE_PHRASE.exec(squashed);
  const year = YEAR_IN.exec(squashed);
  const end = year && year.index > 0 && (!phrase || year.index < phrase.index) ? year.index : phrase ? phrase.index : 0;
  // a leading 附件N and a leading year (2024年度 某单位整体支出…) are not the unit
  const from = /^(?:附件\d*)?(?:(?:19|20)\d{2}年度?)?/.exec(squashed)![0].length;
  const unit = squashed.slice(from, end).replace(/[（(]?盖章[)）]?$/, '');
  if (!unit || !ORG_END.test(unit)) return undefined;
  return written.slice(from, from + unit.length);
}

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
  // the title: split over lines, after 附件N, or a form's heading (项目支出绩效自评表（2022年度）)
  const title = findTitle(blocks.filter((b) => b.line < firstSectionLine).slice(0, 16));
  let unitFromField: string | undefined;
  if (title) {
    cover.title = title.text;
    const y = YEAR_IN.exec(title.squashed) ?? (title.next ? /^[（(]?((?:19|20)\d{2})年度?[)）]?$/.exec(title.next.norm.replace(/\s+/g, '')) : null);
    if (y) cover.year = Number(y[1]);
    const unit = unitOfTitle(title.squashed, title.written);
    if (unit) cover.unit = unit;
  }
  // the unit a cover field or a cover table names, best field first (a form has no unit in its title)
  for (const b of blocks) {
    if (b.line >= firstSectionLine || unitFromField !== undefined) break;
    const pairs: [string, string][] = b.kind === 'row'
      ? (b.normCells ?? []).flatMap((c, i, cells) => (i + 1 < cells.length ? [[c.replace(/\s+/g, ''), (cells[i + 1] ?? '').trim()] as [string, string]] : []))
      : (() => {
          const m = /^([^：:]{2,12})[：:](.+)$/.exec(b.norm.trim());
          return m ? [[m[1]!.replace(/\s+/g, ''), m[2]!.trim()] as [string, string]] : [];
        })();
    for (const re of UNIT_FIELDS) {
      const hit = pairs.find(([label, value]) => re.test(label) && value.replace(/[_＿\s]/g, '') !== '' && !COLUMN_HEADER.test(value.replace(/\s+/g, '')));
      if (hit) {
        unitFromField = hit[1].replace(/[（(]盖章[)）]/, '').replace(/\s+/g, '').trim();
        break;
      }
    }
  }
  if (unitFromField && (cover.unit === undefined || UNIT_FIELDS[0]!.test('单位名称'))) cover.unit ??= unitFromField;
  if (cover.year === undefined) {
    for (const b of head) {
      const y = /^[（(]?(20\d{2})年度?[)）]?$/.exec(b.norm.replace(/\s+/g, ''));
      if (y) {
        cover.year = Number(y[1]);
        break;
      }
    }
  }
  for (const b of head) {
    for (const f of profile.cover) {
      const lm = f.label.exec(b.norm);
      if (!lm) continue;
      const raw = b.norm.slice(lm.index + lm[0].length).replace(/[_＿\s]+/g, ' ').trim();
      const value = raw.length > 0 ? b.text.slice(lm.index + lm[0].length).trim() : null;
      cover.fields.push({ name: f.name, value, src: src(b.line, lm.index, b.text) });
      if (f.name.startsWith('单位名称') && value) cover.unit = value.replace(/[（(]盖章[)）]/, '').trim();
    }
  }
  return cover;
}
