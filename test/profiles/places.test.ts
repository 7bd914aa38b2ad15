/**
 * Which province a title places a document in (src/profiles/places.ts), and which province each
 * shipped outline is written for: a provincial outline picked for another province's report is
 * no requirement there.
 */
import { describe, expect, it } from 'vitest';
import { localTitle, outlineOf, provinceOf, provinceOfPlace } from '../../src/profiles/places.js';
import { builtinProfiles } from '../../src/lib/node.js';

describe('provinceOf', () => {
  it.each([
    ['绍兴市柯桥区民政局2022年度部门整体支出绩效自评报告', '浙江'],
    ['浙江省2021年义务教育补助资金下达', '浙江'],
    ['广西壮族自治区本级2023年度决算', '广西'],
    ['恩施土家族苗族自治州某县水利局2023年度项目支出绩效自评报告', '湖北'],
    ['恩施州某县水利局2023年度项目支出绩效自评报告', '湖北'],
    ['兴安盟某旗2023年度部门决算', '内蒙古'],
    ['北京市朝阳区某街道2024年度部门整体支出绩效自评报告', '北京'],
    ['海南藏族自治州某县2023年度决算', '青海'],
    ['海口市某局2023年度部门整体支出绩效自评报告', '海南'],
    ['扬 州 市 邗 江 区 市 场 监 督 管 理 局 2023 年 度 部 门 整 体 支 出 绩 效 自 评 报 告', '江苏'],
    // the province named first wins over a city named later
    ['湖南省炎陵县发展和改革局2024年度部门整体支出绩效自评报告（参照长春经验）', '湖南'],
    // fifteenth field trial: a county-level place only one province has tells it (counties.ts)
    ['炎陵县发展和改革局2024年度部门整体支出绩效自评报告', '湖南'],
    ['沂南县2024年度农业生产发展资金项目支出绩效自评报告', '山东'],
    ['泰兴市交通运输局2024年度项目支出绩效自评表', '江苏'],
    // the city first named wins over a county of another province named later
    ['临沂市某局赴泰兴市考察2024年度部门整体支出绩效自评报告', '山东'],
  ])('%s → %s', (title, province) => {
    expect(provinceOf(title)).toBe(province);
  });

  it.each([
    ['某县某局2024年度部门整体支出绩效自评报告'],
    // a county or district several provinces have tells none (朝阳区: 北京, 长春; 城关区: 兰州, 拉萨 …)
    ['朝阳区民政局2024年度部门整体支出绩效自评报告'],
    ['城关区财政局2024年度部门决算'],
    // a city's name without the word that makes it one names no city (吉安 in 吉安县 is a county)
    ['长春路街道2024年度部门整体支出绩效自评报告'],
  ])('%s → none', (title) => {
    expect(provinceOf(title)).toBeUndefined();
  });
});

describe('provinceOfPlace', () => {
  it('every shipped provincial outline names its own province; national ones none', async () => {
    const got = Object.fromEntries((await builtinProfiles()).map((p) => [p.id, provinceOfPlace(p.place) ?? null]));
    expect(got).toMatchObject({ hunan: '湖南', hebei: '河北', beijing: '北京', chongqing: '重庆', yunnan: '云南', 'yunnan-project': '云南', 'sichuan-final-accounts': '四川', 'beijing-final-accounts': '北京', 'national-dept': null, 'national-project': null });
  });

  it("the central departments' outline is written for them; the national project outlines for every level", async () => {
    const got = Object.fromEntries((await builtinProfiles()).map((p) => [p.id, outlineOf(p) ?? null]));
    expect(got).toMatchObject({ hebei: '河北', 'national-dept': '中央', 'national-project': null, 'national-project-evaluation': null });
  });
});

describe('localTitle', () => {
  it.each([
    ['某县医疗保障事务中心2024年度部门整体支出绩效自评报告', true],
    ['朝阳区民政局2024年度部门整体支出绩效自评报告', true],
    ['城关镇人民政府2024年度部门整体支出绩效自评报告', true],
    ['某市城市管理局2024年度部门整体支出绩效自评报告', true],
    ['示例旗林业和草原局2024年度部门决算说明', true],
    // central bodies: the place's characters inside their words are no place
    ['住房和城乡建设部示例中心2024年度部门整体支出绩效自评报告', false],
    ['国家市场监督管理总局示例中心2024年度部门整体支出绩效自评报告', false],
    ['自然资源部第五海洋测绘中心2023年度部门整体支出绩效自评报告', false],
    // only the title counts: the body below it names places of every kind
    ['自然资源部第五海洋测绘中心2023年度部门整体支出绩效自评报告一、部门概况中心负责某市某县海域测绘', false],
  ])('%s → %s', (title, local) => {
    expect(localTitle(title)).toBe(local);
  });
});
