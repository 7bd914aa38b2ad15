/**
 * The relation reader (issue 8), one shape at a time: each shape with a text where the relation
 * holds and one where it does not. The check must be listed in `checks` with that status; the texts
 * stand outside any outline section (relations are read in every part of a document).
 */
import { describe, expect, it } from 'vitest';
import type { CheckRecord } from '../../src/findings/types.js';
import { auditText } from '../helpers/audit.js';
import { withSection } from '../helpers/rule-tester.js';

async function checksOf(text: string): Promise<CheckRecord[]> {
  return (await auditText(`某单位2025年度工作情况\n${text}\n`)).files[0]!.checks ?? [];
}

/** The check of `relation` whose values hold `figure`. */
async function statusOf(text: string, relation: string, figure: string): Promise<string | undefined> {
  const cs = await checksOf(text);
  const c = cs.find((x) => x.relation === relation && Object.values(x.values).some((v) => String(v) === figure));
  return c?.status;
}

const SHAPES: [string, string, string, string, string][] = [
  // [name, relation, key figure, holding text, failing text]
  ['其中 after a total in 万元', 'sum', '500.00', '收入合计500.00万元，其中：财政拨款收入450.00万元，其他收入50.00万元。', '收入合计500.00万元，其中：财政拨款收入450.00万元，其他收入40.00万元。'],
  ['包括, amounts in 元 with thousands separators', 'sum', '1234567.50', '资金总额1,234,567.50元，包括：设备购置1,000,000.00元、培训234,567.50元。', '资金总额1,234,567.50元，包括：设备购置1,000,000.00元、培训204,567.50元。'],
  ['a colon after the total', 'sum', '800.00', '部门预算总金额800.00万元：基本支出500.00万元，项目支出300.00万元。', '部门预算总金额800.00万元：基本支出500.00万元，项目支出310.00万元。'],
  ['其中 in the next sentence', 'sum', '900.00', '本年支出合计900.00万元。其中：人员经费600.00万元，公用经费300.00万元。', '本年支出合计900.00万元。其中：人员经费600.00万元，公用经费320.00万元。'],
  ['nested 其中 in brackets', 'sum', '700.00', '支出合计1000.00万元，其中：基本支出700.00万元（其中人员经费600.00万元、公用经费100.00万元），项目支出300.00万元。', '支出合计1000.00万元，其中：基本支出700.00万元（其中人员经费600.00万元、公用经费90.00万元），项目支出300.00万元。'],
  ['spaces from a PDF between figure and unit, and between characters', 'sum', '300.00', '支 出 合 计 300.00 万元，其中：基本支出 200.00 万元，项目支出 100.00 万元。', '支 出 合 计 300.00 万元，其中：基本支出 200.00 万元，项目支出 90.00 万元。'],
  ['a decimal point and a thousands comma spaced out by a PDF (1 , 200 . 00 万元; 1,200. 00万元)', 'sum', '1200.00', '本年支出合计 1 , 200 . 00 万元，其中：基本支出 800 . 00 万元，项目支出 400 . 00 万元。', '本年支出合计1,200. 00万元，其中：基本支出800.00万元，项目支出410.00万元。'],
  ['traditional characters', 'sum', '300.00', '支出合計300.00萬元，其中：基本支出200.00萬元，項目支出100.00萬元。', '支出合計300.00萬元，其中：基本支出200.00萬元，項目支出110.00萬元。'],
  ['traditional characters: a share written with 佔', 'share', '40.00', '支出合計500.00萬元，其中：基本支出200.00萬元，佔支出合計的40.00%；項目支出300.00萬元，佔支出合計的60.00%。', '支出合計500.00萬元，其中：基本支出200.00萬元，佔支出合計的45.00%；項目支出300.00萬元，佔支出合計的60.00%。'],
  ['万 for 万元', 'sum', '600', '项目资金共计600万，其中：中央资金400万，市级资金200万。', '项目资金共计600万，其中：中央资金400万，市级资金100万。'],
  ['a sum of counts', 'sum', '10', '所属单位共10个，其中行政单位3个、事业单位7个。', '所属单位共10个，其中行政单位3个、事业单位6个。'],
  ['比上年增加 X，增长 p%', 'change', '5.00', '2025年收入合计105.00万元，比上年增加5.00万元，增长5.00%。', '2025年收入合计105.00万元，比上年增加5.00万元，增长6.00%。'],
  ['a change from the figure a comparison names with its year (比2023年的…)', 'change', '50.00', '2024年公用经费45.00万元，比2023年的50.00万元减少5.00万元，下降10.00%。', '2024年公用经费45.00万元，比2023年的50.00万元减少6.00万元，下降10.00%。'],
  ['a change from the figure a comparison names with its year and name (较2023年支出决算…)', 'change', '450.00', '2024年支出决算500.00万元，较2023年支出决算450.00万元增长11.11%。', '2024年支出决算500.00万元，较2023年支出决算450.00万元增长12.11%。'],
  ['one change said of two totals (收、支总计各增加…)', 'change', '9.09', '2024年度收入总计1200.00万元、支出总计1200.00万元。与2023年度相比，收、支总计各增加100.00万元，增长9.09%。', '2024年度收入总计1200.00万元、支出总计1200.00万元。与2023年度相比，收、支总计各增加100.00万元，增长9.09%。'.replace('1200.00万元、', '1300.00万元、')],
  ['one change said of two items sharing their last words (人员、公用经费各增加…)', 'change', '11.11', '人员经费300万元，公用经费300万元。与上年相比，人员、公用经费各增加30万元，增长11.11%。', '人员经费310万元，公用经费300万元。与上年相比，人员、公用经费各增加30万元，增长11.11%。'],
  ['a change whose verb names what changed (比上年减少支出X万元) is the change, not last year\'s figure', 'change', '25.00', '2017年经费支出100.00万元，比上年减少支出25.00万元，下降20.0%。', '2017年经费支出100.00万元，比上年减少支出25.00万元，下降25.0%。'],
  ['a change that names its subject again after other clauses of the sentence (…，与上年相比，公务用车运行费减少…)', 'change', '100.00', '公务用车运行费300.00万元，主要用于车辆燃油和保险，年末保有车辆40辆，与上年相比，公务用车运行费减少100.00万元，下降25.0%。', '公务用车运行费300.00万元，主要用于车辆燃油和保险，年末保有车辆40辆，与上年相比，公务用车运行费减少100.00万元，下降30.0%。'],
  ['a change stated as where it went from and to (从2022年的17000元增至2023年的19000元，同比增长p%)', 'change', '17000', '脱贫人口人均纯收入从2022年的17000元增至2023年的19000元，同比增长11.8%。', '脱贫人口人均纯收入从2022年的17000元增至2023年的19000元，同比增长13.5%。'],
  ['a change with its subject restated', 'change', '50.00', '项目资金共计550.00万元。项目资金较上年增加50.00万元，增长10.00%。', '项目资金共计550.00万元。项目资金较上年增加50.00万元，增长12.00%。'],
  ['one comparison for the clauses after it (与上年相比，收入增加…；支出增加…)', 'change', '406.12', '本年收入合计6742.18万元，本年支出合计6695.03万元。与上年相比，本年收入增加531.63万元，增长8.56%；本年支出增加406.12万元，增长6.46%。', '本年收入合计6742.18万元，本年支出合计6695.03万元。与上年相比，本年收入增加531.63万元，增长8.56%；本年支出增加406.12万元，增长7.46%。'],
  ['a comparison with a named year (与2021年度相比)', 'change', '7409.54', '收入合计158,436.72万元。与2021年度相比，收入增加7,409.54万元，增长4.91%。', '收入合计158,436.72万元。与2021年度相比，收入增加7,409.54万元，增长5.91%。'],
  ['a change restating the last words of its subject (资金总额比上年…)', 'change', '418.97', '项目资金总额2846.35万元，其中：中央资金2276.00万元，省级资金342.20万元，区级资金228.15万元。资金总额比上年增加418.97万元，增长17.26%。', '项目资金总额2846.35万元，其中：中央资金2276.00万元，省级资金342.20万元，区级资金228.15万元。资金总额比上年增加418.97万元，增长18.26%。'],
  ['the change of a part after its bracket', 'change', '2.60', '三公经费以外的办公经费支出合计20.00万元，其中：印刷费14.20万元（其中宣传册印刷费4.00万元，档案印刷费10.20万元），比上年减少2.60万元，下降15.48%；邮电费5.80万元。', '三公经费以外的办公经费支出合计20.00万元，其中：印刷费14.20万元（其中宣传册印刷费4.00万元，档案印刷费10.20万元），比上年减少2.60万元，下降16.48%；邮电费5.80万元。'],
  ['占…的 p% with a named base', 'share', '25.00', '支出合计400.00万元。其中：基本支出100.00万元，占支出合计的25.00%；项目支出300.00万元，占支出合计的75.00%。', '支出合计400.00万元。其中：基本支出100.00万元，占支出合计的26.00%；项目支出300.00万元，占支出合计的75.00%。'],
  ['占 p% implied by the enclosing total', 'share', '40.00', '收入合计200.00万元，其中：财政拨款80.00万元，占40.00%；其他收入120.00万元，占60.00%。', '收入合计200.00万元，其中：财政拨款80.00万元，占45.00%；其他收入120.00万元，占60.00%。'],
  ['执行率 = 执行数 ÷ 预算数', 'rate', '200.00', '全年预算数200.00万元，执行数190.00万元，执行率95.00%。', '全年预算数200.00万元，执行数190.00万元，执行率97.00%。'],
  ['投资完成率 = 已完成投资 ÷ 总投资', 'rate', '600', '项目总投资800万元，已完成投资600万元，投资完成率75%。', '项目总投资800万元，已完成投资600万元，投资完成率80%。'],
  ['完成率 = the result ÷ the plan its sentence states (计划…公里，实际完成…公里，完成率…)', 'rate', '8', '计划新建道路10公里，实际完成8公里，完成率为80%。', '计划新建道路10公里，实际完成8公里，完成率为90%。'],
  ['完成率 of person-times, the result not worded 完成 (计划培训…人次，实际培训…人次)', 'rate', '1050', '计划培训农民1000人次，实际培训1050人次，完成率105%。', '计划培训农民1000人次，实际培训1050人次，完成率115%。'],
  ['a total right after its parts (A、B，合计T)', 'sum', '500.00', '基本支出300.00万元、项目支出200.00万元，合计500.00万元。', '基本支出300.00万元、项目支出210.00万元，合计500.00万元。'],
  ['a total right after its parts, named as they are (…收入，…收入，收入合计T)', 'sum', '500.00', '财政拨款收入450.00万元，其他收入50.00万元，收入合计500.00万元。', '财政拨款收入450.00万元，其他收入60.00万元，收入合计500.00万元。'],
  ['a total right after its parts that counts them (两项合计T)', 'sum', '300', '人员经费250万元，公用经费50万元，两项合计300万元。', '人员经费250万元，公用经费60万元，两项合计300万元。'],
  ['a count right after its kinds (优3个、良5个、中2个，共10个)', 'sum', '10', '评价结果为优的项目3个、良的5个、中的2个，共10个。', '评价结果为优的项目3个、良的5个、中的3个，共10个。'],
  ['a figure per person after the parts is no part (…，人均支出X)', 'sum', '300.00', '2024年支出合计300.00万元，其中：基本支出100.00万元，项目支出200.00万元，人均支出3.00万元。', '2024年支出合计300.00万元，其中：基本支出100.00万元，项目支出210.00万元，人均支出3.00万元。'],
  ['a standard per mu after the parts is no part (…，每亩补助标准为200元)', 'sum', '300.00', '补助资金共计300.00万元，其中中央资金200.00万元，省级资金100.00万元，每亩补助标准为200元。', '补助资金共计300.00万元，其中中央资金200.00万元，省级资金110.00万元，每亩补助标准为200元。'],
  ['最低生活保障 is a kind of spending, a part like the others', 'sum', '10208.46', '社会保障和就业支出10208.46万元。社会保障和就业支出中，最低生活保障4362.80万元，临时救助871.50万元，特困人员救助供养2418.16万元，养老服务2556.00万元。', '社会保障和就业支出10208.46万元。社会保障和就业支出中，最低生活保障4362.80万元，临时救助871.50万元，特困人员救助供养2418.16万元，养老服务2656.00万元。'],
  ['a 总计 right after a 合计 and the rest (本年收入合计…，年初结转和结余…，收入总计…)', 'sum', '500.00', '本年收入合计480.00万元，年初结转和结余20.00万元，收入总计500.00万元。', '本年收入合计480.00万元，年初结转和结余30.00万元，收入总计500.00万元。'],
  ['an addition chain in one sentence (收入A，加上B、C，收入总计T)', 'sum', '100.99', '全区一般公共预算收入40.50亿元，加上转移支付收入32.50亿元、上年结转收入14.00亿元、调入资金13.99亿元，收入总计100.99亿元。', '全区一般公共预算收入40.50亿元，加上转移支付收入32.50亿元、上年结转收入14.00亿元、调入资金14.99亿元，收入总计100.99亿元。'],
  ['a total of years right after them (…分别投入A、B、C，三年合计T)', 'sum', '370', '2022年、2023年、2024年分别投入100万元、120万元、150万元，三年合计370万元。', '2022年、2023年、2024年分别投入100万元、130万元、150万元，三年合计370万元。'],
  ['a part whose name holds 合计 is one part of a 总计 (包括本年收入合计A和年初结转和结余B)', 'sum', '2456.78', '收入总计2456.78万元，包括本年收入合计2380.15万元和年初结转和结余76.63万元。', '收入总计2456.78万元，包括本年收入合计2380.15万元和年初结转和结余86.63万元。'],
  ['支出进度 = 已支出 ÷ 下达资金', 'rate', '150', '下达资金200万元，已支出150万元，支出进度75%。', '下达资金200万元，已支出150万元，支出进度85%。'],
  ['a 其中 list whose items each state their budget and the difference beside their spending', 'sum', '3.10', '经费支出3.10万元，年初预算为4.00万元。其中：甲支出0万元，年初预算为1.00万元，差值为1.00万元；乙支出3.10万元，年初预算为3.00万元，差值为0.10万元。', '经费支出3.10万元，年初预算为4.00万元。其中：甲支出0.50万元，年初预算为1.00万元，差值为0.50万元；乙支出3.10万元，年初预算为3.00万元，差值为0.10万元。'],
  ['其中 parts each described at length, the next part in the next sentence', 'sum', '881300.39', '2023年基本支出881300.39元，其中：人员经费809961.19元，主要包括：基本工资、津贴补贴、奖金。公用经费71339.20元，主要包括：办公费、印刷费。', '2023年基本支出881300.39元，其中：人员经费809961.19元，主要包括：基本工资、津贴补贴、奖金。公用经费81339.20元，主要包括：办公费、印刷费。'],
  ['其中： then unnumbered lines, each opening with one part (the 基本支出 of a fund)', 'sum', '881300.39', '2023年一般公共预算基本支出881300.39元，其中：\n人员经费809961.19元，主要包括：基本工资、津贴补贴。\n公用经费71339.20元，主要包括：办公费、印刷费。', '2023年一般公共预算基本支出881300.39元，其中：\n人员经费809961.19元，主要包括：基本工资、津贴补贴。\n公用经费81339.20元，主要包括：办公费、印刷费。'],
  ['其中 after the figure\'s change (项目支出500万元，比上年增长10%，其中：…)', 'sum', '500', '项目支出500万元，比上年增加45.45万元，增长10%，其中：工程款400万元，设备款100万元。', '项目支出500万元，比上年增加45.45万元，增长10%，其中：工程款400万元，设备款90万元。'],
  ['numbered parts, one with numbered items of its own a level below (（二）…其中：1、…2、…（三）…)', 'sum', '100.00', '本年支出合计100.00万元。具体情况如下：\n（一）人员经费10.00万元。\n（二）项目经费60.00万元。其中：\n1、设备购置经费20.00万元。\n2、培训经费40.00万元。\n（三）公用经费30.00万元。', '本年支出合计100.00万元。具体情况如下：\n（一）人员经费10.00万元。\n（二）项目经费60.00万元。其中：\n1、设备购置经费20.00万元。\n2、培训经费40.00万元。\n（三）公用经费40.00万元。'],
  ['其中 after figures and their 合计 details the 合计 (第一批…；第二批…；全年合计…。其中，…)', 'sum', '2500', '本县分三批下达资金：第一批1200万元；第二批800万元；第三批500万元；全年合计2500万元。其中，用于田间道路1500万元，用于灌排设施1000万元。', '本县分三批下达资金：第一批1200万元；第二批800万元；第三批500万元；全年合计2500万元。其中，用于田间道路1500万元，用于灌排设施900万元。'],
  ['其中 parts grouped by year (其中2022年…、…，2023年…、…)', 'sum', '5000', '2022年、2023年两年本县资金共计5000万元，其中2022年省级资金1000万元、中央资金1500万元，2023年省级资金1200万元、中央资金1300万元。', '2022年、2023年两年本县资金共计5000万元，其中2022年省级资金1000万元、中央资金1500万元，2023年省级资金1200万元、中央资金1400万元。'],
  ['a count with its noun after it, then its kinds each with a count (共设12个三级指标，包括5个…)', 'sum', '12', '年度目标共设12个三级指标，包括5个数量指标、2个质量指标、1个时效指标、2个社会效益指标、2个满意度指标。', '年度目标共设12个三级指标，包括5个数量指标、2个质量指标、1个时效指标、2个社会效益指标、3个满意度指标。'],
  ['a count whose bracket names the other measure words its parts are counted in (1000套（台、件），其中：…450台)', 'sum', '1000', '全年共采购安装设备1000套（台、件），其中：指挥平台安装设备200套（台、件）；分平台安装设备300套（台、件）；前端补点安装设备500台（套）。', '全年共采购安装设备1000套（台、件），其中：指挥平台安装设备200套（台、件）；分平台安装设备300套（台、件）；前端补点安装设备450台（套）。'],
  ['the numbered items of one part of a numbered list (（二）…60.00万元。其中：1、…2、…)', 'sum', '60.00', '本年支出合计100.00万元。具体情况如下：\n（一）人员经费10.00万元。\n（二）项目经费60.00万元。其中：\n1、设备购置经费20.00万元。\n2、培训经费40.00万元。\n（三）公用经费30.00万元。', '本年支出合计100.00万元。具体情况如下：\n（一）人员经费10.00万元。\n（二）项目经费60.00万元。其中：\n1、设备购置经费20.00万元。\n2、培训经费45.00万元。\n（三）公用经费30.00万元。'],
  ['a table 合计 row over its rows', 'sum', '300.00', '项目 | 预算数（万元） | 执行数（万元）\n合计 | 300.00 | 290.00\n基本支出 | 200.00 | 200.00\n项目支出 | 100.00 | 90.00', '项目 | 预算数（万元） | 执行数（万元）\n合计 | 300.00 | 290.00\n基本支出 | 200.00 | 200.00\n项目支出 | 110.00 | 90.00'],
  ['a table rate column', 'rate', '100.00', '项目 | 全年预算数 | 全年执行数 | 执行率（%）\n年度资金总额 | 100.00 | 90.00 | 90.00\n其中：财政拨款 | 100.00 | 90.00 | 90.00', '项目 | 全年预算数 | 全年执行数 | 执行率（%）\n年度资金总额 | 100.00 | 90.00 | 95.00\n其中：财政拨款 | 100.00 | 90.00 | 90.00'],
  ['posts of 编制 counted in 个 (行政编制24个，事业编制41个)', 'staffing', '65', '核定行政编制24个，事业编制41个；年末实有人员60人。', '核定行政编制24个，事业编制41个；年末实有人员70人。'],
  ['a headcount whose parts name the retired: the staff serving are its 在职 part', 'staffing', '56', '本部门年末实有人数76人，其中在职人员48人，退休人员15人，聘用人员5人，遗属8人。核定编制56人。', '本部门年末实有人数76人，其中在职人员58人，退休人员15人，聘用人员3人。核定编制56人。'],
  ['staffing as kinds of 编制', 'staffing', '24', '核定行政编制15名、事业编制9名，年末实有在编人员22人。', '核定行政编制15名、事业编制9名，年末实有在编人员26人。'],
  ['a count with its list after 分别为 (Chinese numeral)', 'count', '3', '局机关设三个内设科室，分别为：办公室、财务科、业务科。', '局机关设三个内设科室，分别为：办公室、财务科。'],
  ['a rate of counts: the figure the rate names over the one before it', 'rate', '500', '全年受理投诉举报500件，按时办结490件，办结率98.00%。', '全年受理投诉举报500件，按时办结490件，办结率96.00%。'],
  ['a rate of copies (份)', 'rate', '400', '发放问卷400份，收回有效问卷388份，有效率97.00%。', '发放问卷400份，收回有效问卷388份，有效率98.00%。'],
  ['a rate whose planned figure stands in an earlier paragraph', 'rate', '800.00', '项目资金总额800.00万元，其中：中央资金500.00万元，省级资金300.00万元。\n截至12月31日，项目实际支出760.00万元，预算执行率95.00%。', '项目资金总额800.00万元，其中：中央资金500.00万元，省级资金300.00万元。\n截至12月31日，项目实际支出760.00万元，预算执行率96.00%。'],
  ['到位率: the figure received over the figure planned', 'rate', '1000.00', '项目预算总额1000.00万元。实际到位960.00万元，资金到位率96.00%。', '项目预算总额1000.00万元。实际到位960.00万元，资金到位率98.00%。'],
  ['a rate after the parts of its spent total', 'rate', '7105.62', '全年预算数7105.62万元。全年实际支出6948.17万元，其中基本支出执行4812.30万元、项目支出执行2135.87万元，预算执行率97.78%。', '全年预算数7105.62万元。全年实际支出6948.17万元，其中基本支出执行4812.30万元、项目支出执行2135.87万元，预算执行率98.78%。'],
  ['a balance: planned = spent + 结余', 'sum', '800.00', '项目预算资金800.00万元。\n全年实际支出760.00万元，执行率95.00%。\n结余资金40.00万元已按规定收回。', '项目预算资金800.00万元。\n全年实际支出760.00万元，执行率95.00%。\n结余资金30.00万元已按规定收回。'],
  ['a sentence opening with the name of an earlier figure (基本支出中，…)', 'sum', '842.19', '支出合计1236.75万元，其中：基本支出842.19万元，项目支出394.56万元。基本支出中，人员经费721.34万元，公用经费120.85万元。', '支出合计1236.75万元，其中：基本支出842.19万元，项目支出394.56万元。基本支出中，人员经费721.34万元，公用经费110.85万元。'],
  ['a later paragraph opening with the name (项目支出包括：…)', 'sum', '1853.28', '支出合计3241.90万元，其中：基本支出1388.62万元；项目支出1853.28万元。\n项目支出包括：高标准农田建设资金960.00万元、农机购置补贴512.40万元、动物防疫补助380.88万元。', '支出合计3241.90万元，其中：基本支出1388.62万元；项目支出1853.28万元。\n项目支出包括：高标准农田建设资金960.00万元、农机购置补贴512.40万元、动物防疫补助370.88万元。'],
  ['a shorter name of the figure before (支出分别为：)', 'sum', '8312460.00', '项目实际支出8,312,460.00元。支出分别为：供水管网建设5,128,300.00元，水厂设备购置2,046,160.00元，水质检测费238,000.00元，工程监理及其他费用900,000.00元。', '项目实际支出8,312,460.00元。支出分别为：供水管网建设5,128,300.00元，水厂设备购置2,046,160.00元，水质检测费238,000.00元，工程监理及其他费用800,000.00元。'],
  ['parts on numbered lines after 按支出功能分类：', 'sum', '5933.31', '一般公共预算财政拨款支出5933.31万元。按支出功能分类：\n1.农林水支出5104.78万元；\n2.社会保障和就业支出412.63万元；\n3.卫生健康支出168.90万元；\n4.住房保障支出247.00万元。', '一般公共预算财政拨款支出5933.31万元。按支出功能分类：\n1.农林水支出5104.78万元；\n2.社会保障和就业支出412.63万元；\n3.卫生健康支出168.90万元；\n4.住房保障支出257.00万元。'],
  ['a breakdown opened by a sentence of its own（（二）按功能科目分类。）', 'sum', '2933.05', '（一）总体情况。一般公共预算财政拨款支出2,933.05万元。\n（二）按功能科目分类。文化旅游体育与传媒支出2,402.67万元，占81.92%；社会保障和就业支出276.30万元，占9.42%；卫生健康支出128.48万元，占4.38%；住房保障支出125.60万元，占4.28%。', '（一）总体情况。一般公共预算财政拨款支出2,933.05万元。\n（二）按功能科目分类。文化旅游体育与传媒支出2,402.67万元，占81.92%；社会保障和就业支出276.30万元，占9.42%；卫生健康支出128.48万元，占4.38%；住房保障支出135.60万元，占4.28%。'],
  ['a breakdown by any dimension of the figure spent (按支出内容分：)', 'sum', '405.46', '项目实际支出405.46万元，执行率95.00%。按支出内容分：培训补贴318.60万元，生活补助64.80万元，教材及场地费22.06万元。', '项目实际支出405.46万元，执行率95.00%。按支出内容分：培训补贴318.60万元，生活补助64.80万元，教材及场地费32.06万元。'],
  ['资金来源包括：', 'sum', '9860.00', '项目总投资9860.00万元，资金来源包括：中央资金2000.00万元、省级财政资金1500.00万元、区级财政资金6360.00万元。', '项目总投资9860.00万元，资金来源包括：中央资金2000.00万元、省级财政资金1500.00万元、区级财政资金6260.00万元。'],
  ['a count of people 组成，其中…', 'sum', '5', '评价组由5人组成，其中财政专家2人、行业专家2人、财务人员1人。', '评价组由5人组成，其中财政专家2人、行业专家2人、财务人员2人。'],
  ['a rate of a plan with both figures in its sentence (决算数为预算数的 p%)', 'rate', '7.20', '“三公”经费预算数7.20万元，其中公务用车运行维护费5.00万元，公务接待费2.20万元；“三公”经费决算数5.94万元，决算数为预算数的82.50%。', '“三公”经费预算数7.20万元，其中公务用车运行维护费5.00万元，公务接待费2.20万元；“三公”经费决算数5.94万元，决算数为预算数的85.50%。'],
  ['a rate of a plan whose budget stands only in the 三公 table (完成预算的 p%)', 'rate', '18.26', '项目 | 预算数 | 决算数\n合计 | 20.00 | 18.26\n公务用车运行维护费 | 15.00 | 14.06\n公务接待费 | 5.00 | 4.20\n2025年“三公”经费财政拨款支出决算18.26万元，完成预算的91.30%。', '项目 | 预算数 | 决算数\n合计 | 20.00 | 18.26\n公务用车运行维护费 | 15.00 | 14.06\n公务接待费 | 5.00 | 4.20\n2025年“三公”经费财政拨款支出决算18.26万元，完成预算的93.30%。'],
  ['a result over the target set under a goals heading (完成目标的 p%)', 'rate', '32.5', '（三）项目绩效目标\n1．完成保护性耕作面积30万亩；\n2．受益农户满意度不低于90%。\n（四）项目绩效目标完成情况\n1．全区完成保护性耕作面积32.5万亩，完成目标的108.33%；', '（三）项目绩效目标\n1．完成保护性耕作面积30万亩；\n2．受益农户满意度不低于90%。\n（四）项目绩效目标完成情况\n1．全区完成保护性耕作面积32.5万亩，完成目标的110.33%；'],
  ['targets as numbered sub-headings of a goals part (（一）…预期达到8000人)', 'rate', '9126', '二、部门整体支出绩效目标\n（一）城镇新增就业预期达到8000人；\n（二）开展职业技能培训不少于3000人次。\n三、部门整体支出绩效完成情况\n1.城镇新增就业9126人，完成目标的114.1%；', '二、部门整体支出绩效目标\n（一）城镇新增就业预期达到8000人；\n（二）开展职业技能培训不少于3000人次。\n三、部门整体支出绩效完成情况\n1.城镇新增就业9126人，完成目标的116.1%；'],
  ['a 得分率 column of a score table: 得分 ÷ 分值 on its row', 'rate', '32.5', '一级指标 | 分值 | 得分 | 得分率（%）\n决策 | 15 | 14 | 93.33\n产出 | 35 | 32.5 | 92.86\n合计 | 50 | 46.5 | 93.00', '一级指标 | 分值 | 得分 | 得分率（%）\n决策 | 15 | 14 | 93.33\n产出 | 35 | 32.5 | 94.86\n合计 | 50 | 46.5 | 93.00'],
  ['traditional characters in a rate (預算執行率) and corner-bracket quotes', 'rate', '4385.00', '全年預算數4385.00萬元，實際支出4150.92萬元，預算執行率94.66%。「三公」經費決算5.12萬元。', '全年預算數4385.00萬元，實際支出4150.92萬元，預算執行率95.66%。「三公」經費決算5.12萬元。'],
  ['an execution rate over a 预算总金额 stated paragraphs before', 'rate', '7105.62', '2023年部门预算总金额7105.62万元，其中：基本支出4812.30万元，项目支出2293.32万元。\n部门预算编制完整。\n全年实际支出6948.17万元，预算执行率97.78%。', '2023年部门预算总金额7105.62万元，其中：基本支出4812.30万元，项目支出2293.32万元。\n部门预算编制完整。\n全年实际支出6948.17万元，预算执行率96.78%。'],
  ['完成率 of a result over its target', 'rate', '1386', '（二）绩效目标\n1.完成农村户厕改造1500户；2.建设村级垃圾收集点60个。\n（三）绩效目标完成情况\n1.完成农村户厕改造1386户，完成率92.40%；', '（二）绩效目标\n1.完成农村户厕改造1500户；2.建设村级垃圾收集点60个。\n（三）绩效目标完成情况\n1.完成农村户厕改造1386户，完成率94.40%；'],
  ['a change stated again in another part (same-figure)', 'same-figure', '418.98万元', '一、收支情况\n2025年一般公共预算支出2864.30万元，比上年增加418.98万元，增长17.13%。\n二、预算执行\n全年预算数2950.00万元，执行2864.30万元；一般公共预算支出较上年增加418.98万元。', '一、收支情况\n2025年一般公共预算支出2864.30万元，比上年增加418.97万元，增长17.13%。\n二、预算执行\n全年预算数2950.00万元，执行2864.30万元；一般公共预算支出较上年增加418.98万元。'],
  ['a change restated under a shorter name (资金总额 … 项目资金较上年)', 'same-figure', '38.60万元', '2025年项目资金总额426.80万元，其中：中央资金300.00万元、省级资金126.80万元。项目资金总额比上年增加38.60万元，增长9.95%。\n五、自评结论\n项目资金较上年增加38.60万元，培训规模扩大。', '2025年项目资金总额426.80万元，其中：中央资金300.00万元、省级资金126.80万元。项目资金总额比上年增加36.80万元，增长9.43%。\n五、自评结论\n项目资金较上年增加38.60万元，培训规模扩大。'],
  ['a part of one total stated again (same total, same name)', 'same-figure', '310.00万元', '支出合计1000.00万元，其中：基本支出690.00万元，项目支出310.00万元。\n六、绩效情况\n支出合计1000.00万元，其中：基本支出690.00万元，项目支出310.00万元。', '支出合计1000.00万元，其中：基本支出700.00万元，项目支出300.00万元。\n六、绩效情况\n支出合计1000.00万元，其中：基本支出690.00万元，项目支出310.00万元。'],
  ['the hierarchy stated one sentence at a time (支出合计 … 基本支出 … 项目支出)', 'sum', '1573.88', '2025年学校支出合计1573.88万元，比上年增加93.63万元。\n基本支出1021.56万元，占支出合计的64.91%。\n“三公”经费预算数12.00万元。\n项目支出552.32万元，占支出合计的35.09%。', '2025年学校支出合计1573.88万元，比上年增加93.63万元。\n基本支出1021.56万元，占支出合计的64.91%。\n“三公”经费预算数12.00万元。\n项目支出562.32万元，占支出合计的35.09%。'],
  ['a spent whole after a budget in its sentence, its parts on numbered lines', 'sum', '3391.47', '2025年全年预算3468.20万，实际支出3391.47万元，预算执行率97.79%。\n1.基本支出1226.85万元，其中：人员经费1051.12万，公用经费175.73万。\n2.项目支出2164.62万元。', '2025年全年预算3468.20万，实际支出3391.47万元，预算执行率97.79%。\n1.基本支出1226.85万元，其中：人员经费1051.12万，公用经费175.73万。\n2.项目支出2264.62万元。'],
  ['a share of a part over its whole named with a total word, stated sentences before (占支出合计的)', 'share', '35.09', '2025年学校支出合计1573.88万元。\n2025年基本支出1021.56万元，占支出合计的64.91%。其中：人员经费886.40万元，公用经费135.16万元。\n2025年项目支出552.32万元，占支出合计的35.09%。', '2025年学校支出合计1573.88万元。\n2025年基本支出1021.56万元，占支出合计的64.91%。其中：人员经费886.40万元，公用经费135.16万元。\n2025年项目支出552.32万元，占支出合计的35.09%。'.replace('552.32万元，占', '562.32万元，占')],
  ['the shares of the parts, stated without amounts, make 100% (基本支出占…，项目支出占…)', 'share', '100', '2025年全年预算6025.80万元，支出合计5874.15万元。从支出结构看，基本支出占38.52%，项目支出占61.48%。', '2025年全年预算6025.80万元，支出合计5874.15万元。从支出结构看，基本支出占38.52%，项目支出占62.48%。'],
  ['a list stated again with one figure written differently (基本支出…项目支出… / 基本支出执行…项目支出执行…)', 'same-figure', '1886.15万元', '一、基本情况\n全年支出中：基本支出3804.20万元，其中人员经费3196.48万元、公用经费607.72万元；项目支出1886.15万元，重点项目三个。\n二、预算执行情况\n基本支出执行3804.20万元，项目支出执行1886.15万元。', '一、基本情况\n全年支出中：基本支出3804.20万元，其中人员经费3196.48万元、公用经费607.72万元；项目支出1886.15万元，重点项目三个。\n二、预算执行情况\n基本支出执行3804.20万元，项目支出执行1886.51万元。'],
  ['a share that names its part', 'share', '9856300.00', '项目资金9,856,300.00元，其中：中央财政资金7,200,000.00元，省级财政资金2,656,300.00元。中央财政资金占项目资金的73.05%。', '项目资金9,856,300.00元，其中：中央财政资金7,200,000.00元，省级财政资金2,656,300.00元。中央财政资金占项目资金的74.05%。'],
  ['a share whose base is a shorter name of a total (占资金总额的)', 'share', '8650000.00', '项目资金总额8,650,000.00元，其中：中央补助资金5,000,000.00元，占资金总额的57.80%；省级补助资金3,650,000.00元。', '项目资金总额8,650,000.00元，其中：中央补助资金5,000,000.00元，占资金总额的58.80%；省级补助资金3,650,000.00元。'],
  ['a score table headed 评价指标', 'score', '90.5', '评价指标 | 分值 | 得分\n投入 | 15 | 14\n过程 | 25 | 22.5\n产出 | 40 | 36\n效益 | 20 | 18\n合计 | 100 | 90.5', '评价指标 | 分值 | 得分\n投入 | 15 | 14\n过程 | 25 | 22.5\n产出 | 40 | 36\n效益 | 20 | 17\n合计 | 100 | 90.5'],
  ['a form\'s score and grade cells (自评得分 | 78.69 | 自评等级 | 中)', 'grade', '78.69', '项目名称 | 某项目\n自评得分 | 78.69 | 自评等级 | 中', '项目名称 | 某项目\n自评得分 | 78.69 | 自评等级 | 良'],
  ['a form\'s total row as its score, and a grade row', 'grade', '97.5', '一级指标 | 二级指标 | 分值 | 得分\n产出指标 | 数量指标 | 60 | 58.5\n效益指标 | 社会效益 | 40 | 39\n总分 | — | 100 | 97.5\n自评等级 | 优', '一级指标 | 二级指标 | 分值 | 得分\n产出指标 | 数量指标 | 60 | 58.5\n效益指标 | 社会效益 | 40 | 39\n总分 | — | 100 | 97.5\n自评等级 | 良'],
  ['staffing in a form\'s cells (核定编制… | 年末实有人员 | 30人)', 'staffing', '32', '部门名称 | 某区林业局\n编制及人员 | 核定编制32名，其中行政编制8名、事业编制24名 | 年末实有人员 | 30人', '部门名称 | 某区林业局\n编制及人员 | 核定编制32名，其中行政编制8名、事业编制24名 | 年末实有人员 | 34人'],
  ['a sum of kinds of 编制 in a form\'s cell', 'sum', '86', '联系人 | 某某某\n编制构成 | 核定编制86名，其中行政编制12名、事业编制74名', '联系人 | 某某某\n编制构成 | 核定编制86名，其中行政编制12名、事业编制64名'],
  ['a count and its list in a form\'s cell', 'count', '4', '部门名称 | 某局\n机构设置 | 局机关设综合股、财务股、法制股、市容管理股4个股室。', '部门名称 | 某局\n机构设置 | 局机关设综合股、财务股、法制股4个股室。'],
  ['a Chinese numeral after its list (…防火股四个股室)', 'count', '4', '局机关设办公室、资源管理股、防火股、生态保护修复股四个股室。', '局机关设办公室、资源管理股、防火股四个股室。'],
  ['a count of one and the one it names', 'count', '1', '下属事业单位1个，即区市政设施管理中心。', '下属事业单位1个，即区市政设施管理中心、区环卫所。'],
  ['a 三公 total with no word of its stage (…经费支出21.40万元), and its items', 'sangong', '21.40', '2025年“三公”经费支出21.40万元，其中：因公出国（境）费0万元，公务用车运行维护费16.90万元，公务接待费4.50万元。', '2025年“三公”经费支出21.40万元，其中：因公出国（境）费0万元，公务用车运行维护费16.90万元，公务接待费4.60万元。'],
  ['a sum in a sentence that names 三公 but states other figures', 'sum', '36.00', '三公经费以外的会议费支出合计36.00万元，其中：场地租赁费20.50万元，资料印制费15.50万元。', '三公经费以外的会议费支出合计36.00万元，其中：场地租赁费20.50万元，资料印制费16.50万元。'],
  ['a balance of a row whose planned and spent figures its sentence states', 'sum', '35.00', '项目 | 全年预算数 | 全年执行数 | 执行率\n年度资金总额 | 400.00 | 380.00 | 95.00%\n其中：财政拨款 | 365.00 | 351.00 | 96.16%\n上年结转资金 | 35.00 | 29.00 | 82.86%\n说明\n上年结转资金35.00万元系2024年末下达，当年执行29.00万元，结余6.00万元已收回。', '项目 | 全年预算数 | 全年执行数 | 执行率\n年度资金总额 | 400.00 | 380.00 | 95.00%\n其中：财政拨款 | 365.00 | 351.00 | 96.16%\n上年结转资金 | 35.00 | 29.00 | 82.86%\n说明\n上年结转资金35.00万元系2024年末下达，当年执行29.00万元，结余7.00万元已收回。'],
  ['numbered lines after …按功能分类主要用于：', 'sum', '5200.00', '2025年一般公共预算支出5200.00万元，按支出功能分类主要用于：\n（一）教育支出4100.00万元。\n（二）卫生健康支出700.00万元。\n（三）住房保障支出400.00万元。\n三、其他', '2025年一般公共预算支出5200.00万元，按支出功能分类主要用于：\n（一）教育支出4100.00万元。\n（二）卫生健康支出700.00万元。\n（三）住房保障支出1400.00万元。\n三、其他'],
  ['a figure followed by 中，and its parts', 'sum', '860.00', '农林水支出860.00万元中，农业农村支出610.00万元，水利支出250.00万元。', '农林水支出860.00万元中，农业农村支出610.00万元，水利支出290.00万元。'],
  ['a 合格率 of counts (抽检…批次，合格…批次，合格率…)', 'rate', '320', '抽检农产品样品320批次，合格312批次，合格率97.50%。', '抽检农产品样品320批次，合格312批次，合格率98.50%。'],
  ['a count made of its parts (由…名成员组成，其中…)', 'sum', '7', '项目组由7名成员组成，其中高级工程师3名、工程师3名、财务人员1名。', '项目组由7名成员组成，其中高级工程师3名、工程师2名、财务人员1名。'],
  ['a count whose items are the numbered lines after it (分为3个片区：/1.…/2.…)', 'count', '3', '本项目保洁服务分为3个片区：\n1.东城片区\n2.西城片区\n3.南湖片区\n二、其他情况', '本项目保洁服务分为3个片区：\n1.东城片区\n2.西城片区\n3.南湖片区\n4.北山片区\n二、其他情况'],
  ['a count, what the counted do, then 即 and its list', 'count', '5', '安排补助资金200万元，支持5个村开展人居环境综合整治提升，即甲村、乙村、丙村、丁村、戊村，年底前完工。', '安排补助资金200万元，支持5个村开展人居环境综合整治提升，即甲村、乙村、丙村、丁村，年底前完工。'],
  ['a count in a measure word of volumes (分为3卷，即…), the lexicon\'s word read by every figure', 'count', '3', '资料汇编分为3卷，即综合卷、统计卷、附录卷，年内全部印发。', '资料汇编分为3卷，即综合卷、统计卷，年内全部印发。'],
  ['财政拨款 and its funds stated one numbered part each (（一）一般公共预算… （二）政府性基金…)', 'sum', '1500.00', '2024年度财政拨款支出1,500.00万元，比上年增加100.00万元，增长7.14%。\n（一）一般公共预算财政拨款支出1,200.00万元，按支出功能分类：\n1.一般公共服务支出900.00万元。\n2.城乡社区支出300.00万元。\n（二）政府性基金预算财政拨款支出300.00万元，用于城市绿地建设。', '2024年度财政拨款支出1,500.00万元，比上年增加100.00万元，增长7.14%。\n（一）一般公共预算财政拨款支出1,200.00万元，按支出功能分类：\n1.一般公共服务支出900.00万元。\n2.城乡社区支出300.00万元。\n（二）政府性基金预算财政拨款支出350.00万元，用于城市绿地建设。'],
  ['a 合计 row under groups that each end in a 小计 row', 'sum', '180.00', '项目类别 | 项目名称 | 决算数（万元）\n建设类 | 甲工程 | 100.00\n建设类 | 乙工程 | 50.00\n小计 | | 150.00\n维护类 | 丙维护 | 30.00\n小计 | | 30.00\n合计 | | 180.00', '项目类别 | 项目名称 | 决算数（万元）\n建设类 | 甲工程 | 100.00\n建设类 | 乙工程 | 50.00\n小计 | | 150.00\n维护类 | 丙维护 | 40.00\n小计 | | 40.00\n合计 | | 180.00'],
  ['与上年相比减少 X: X is the change, not the earlier year\'s figure', 'change', '58.49', '本单位财政拨款收入总计1516.64万元，与上年相比减少58.49万元，降低3.71%。', '本单位财政拨款收入总计1516.64万元，与上年相比减少58.49万元，降低3.91%。'],
  ['a change worded 增收 (比2017年增收 X，增长 p%)', 'change', '12423', '2018年收入决算数129748万元，比2017年增收12423万元，增长10.59%。', '2018年收入决算数129748万元，比2017年增收12423万元，增长11.59%。'],
  ['其中 after figures of two stages details the last one stated (预算…，决算…。其中…占p%)', 'share', '88.86', '2019年度“三公”经费财政拨款支出预算为44.52万元，2019年实际支出“三公经费”决算为22.62万元。其中公务接待费为20.10万元，占88.86%。', '2019年度“三公”经费财政拨款支出预算为44.52万元，2019年实际支出“三公经费”决算为22.62万元。其中公务接待费为21.10万元，占88.86%。'],
  ['retired staff named after a 其中 list are not among the staff serving', 'sum', '62', '实际在职职工62人，其中管理人员10人，专业技术人员40人，工勤人员12人，退休职工28人。', '实际在职职工62人，其中管理人员10人，专业技术人员40人，工勤人员13人，退休职工28人。'],
  ['上年结转结余 is a fund, a part of the total (not a figure of the year before)', 'sum', '60.07', '收入总计60.07亿元，其中：一般公共预算收入12.70亿元，上级补助收入33.65亿元，债务转贷收入5.75亿元，调入资金0.12亿元，上年结转结余7.85亿元。', '收入总计60.07亿元，其中：一般公共预算收入12.70亿元，上级补助收入33.65亿元，债务转贷收入5.75亿元，调入资金0.12亿元，上年结转结余8.85亿元。'],
  ['a part whose name holds 增 or 减 (土地增值税) is a part, not a change', 'sum', '1000', '税收收入1000万元，其中：房产税300万元、契税300万元、土地增值税400万元。', '税收收入1000万元，其中：房产税300万元、契税300万元、土地增值税500万元。'],
  ['the earlier year named by its year (2014年为…，较2014年增加…)', 'change', '33.66', '2015年机关运行经费支出合计141.55万元，2014年为107.89万元，较2014年增加33.66万元，增加31%。', '2015年机关运行经费支出合计141.55万元，2014年为117.89万元，较2014年增加33.66万元，增加31%。'],
  ['a header without the row-label cell (copied from a web page) lined up by its right edge', 'rate', '95', '预算资金（万元） |\n年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n年度资金总额 | 100 | 100 | 95 | 10 | 95% | 9.5 |', '预算资金（万元） |\n年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n年度资金总额 | 100 | 100 | 95 | 10 | 90% | 9.5 |'],
  ['a header with two label cells over rows with one', 'rate', '3.36', '预算执行情况（10分） | 年度预算数（万元） | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 |\n总额 | 0.00 | 3.36 | 3.36 | 100.00% | 10 | 10 |', '预算执行情况（10分） | 年度预算数（万元） | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 |\n总额 | 0.00 | 3.36 | 3.36 | 90.00% | 10 | 10 |'],
  ['a count after a list whose items carry notes in brackets (规划处（行政审批处）)', 'count', '4', '局机关设办公室、规划处（行政审批处）、审计处、信访处共4个内设机构。', '局机关设办公室、规划处（行政审批处）、审计处共4个内设机构。'],
  ['a clause opening with a year after a 其中 list states another figure', 'sum', '61.8', '项目批复总投资61.8万元，其中中央财政资金30.9万元，县财政配套资金30.9万元，2021年度中央下达资金61.8万元。', '项目批复总投资61.8万元，其中中央财政资金30.9万元，县财政配套资金20.9万元，2021年度中央下达资金61.8万元。'],
  // field trial 4: how far the money has gone (已拨付) is another measure, not one more part
  ['a clause of money paid so far after a 其中 list is no part of it', 'sum', '200', '统筹使用涉农资金200万元，其中项目资金198万元，项目管理费2万元，目前项目资金已拨付150万元。', '统筹使用涉农资金200万元，其中项目资金188万元，项目管理费2万元，目前项目资金已拨付150万元。'],
  ['parts that are themselves stages (已拨付、未拨付) are summed', 'sum', '200', '下达项目资金200万元，其中已拨付150万元，未拨付50万元。', '下达项目资金200万元，其中已拨付150万元，未拨付40万元。'],
  ['counts in Chinese numerals as the parts of a count', 'sum', '27', '全局共有学校27所，其中小学二十所、初中七所。', '全局共有学校27所，其中小学二十所、初中六所。'],
  ['a share whose base is stated in its own phrase (占总支出500万元的60%)', 'share', '500.00', '基本支出300万元，占总支出500万元的60%。', '基本支出300万元，占总支出500万元的50%。'],
  ['after a ； the next part of the same kind goes on with a 其中 list', 'sum', '500', '2023年总支出500万元，其中基本支出300万元，占总支出的60%；项目支出200万元，占40%。', '2023年总支出500万元，其中基本支出300万元，占总支出的60%；项目支出190万元，占38%。'],
  // issue 8, point 3: a 合计 column against its row, at the right or at the left of its parts
  ['a 合计 column against the row\'s parts', 'sum', '500.00', '单位：万元\n项目 | 基本支出 | 项目支出 | 合计\n一般公共预算 | 300.00 | 200.00 | 500.00', '单位：万元\n项目 | 基本支出 | 项目支出 | 合计\n一般公共预算 | 300.00 | 210.00 | 500.00'],
  ['a 合计 column before its parts', 'sum', '500.00', '单位：万元\n项目 | 合计 | 基本支出 | 项目支出\n一般公共预算 | 500.00 | 300.00 | 200.00', '单位：万元\n项目 | 合计 | 基本支出 | 项目支出\n一般公共预算 | 500.00 | 300.00 | 190.00'],
  // a web form's row that ends in a note under the header's 原因 column, the header one label cell longer
  ['a rate column read under its header when the row ends in a note', 'rate', '3.36',
    '预算执行情况（10分） | 年度预算数（万元） | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 | | |\n总额 | 0.00 | 3.36 | 3.36 | 100.00% | 10 | 10 | 执行率未达到90%的需说明原因 | | | |',
    '预算执行情况（10分） | 年度预算数（万元） | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 | | |\n总额 | 0.00 | 3.36 | 3.36 | 90.00% | 10 | 10 | 执行率未达到90%的需说明原因 | | | |'],
  ['a bracket that only names a figure\'s parts', 'sum', '3', '单位共有车辆3辆（越野车1辆、商务车2辆）。', '单位共有车辆3辆（越野车1辆、商务车1辆）。'],
  ['其中 in the next sentence details the figure its parts name (实有人员, not the 编制 stated first)', 'sum', '65', '本单位核定编制50名，实有人员65人。其中退休人员20人，在职人员45人。', '本单位核定编制50名，实有人员65人。其中退休人员20人，在职人员35人。'],
  ['a headcount listed by status in the next sentence: the staff serving are its 在职 part', 'staffing', '50', '本单位核定编制50名，实有人员65人。其中退休人员20人，在职人员45人。', '本单位核定编制50名，实有人员65人。其中退休人员10人，在职人员55人。'],
  ['retired staff listed beside the serving without 其中: the staff serving are the 在职', 'staffing', '50', '本单位核定编制50名，实有人员65人，在职人员45人，退休人员20人。', '本单位核定编制50名，实有人员65人，在职人员60人，退休人员5人。'],
  ['a 其中 list of staff going on after a ； with the retired', 'staffing', '56', '机关编制56人；年末实有人数76人，其中在职人员48人，包括行政人员22人，事业人员26人；退休人员15人，聘用人员5人，遗属8人。', '机关编制56人；年末实有人数76人，其中在职人员58人，包括行政人员32人，事业人员26人；退休人员15人，聘用人员3人。'],
  ['a headcount that counts the retired lists them as a part', 'sum', '42', '年末实有人数42人，其中在职30人、退休12人。', '年末实有人数42人，其中在职30人、退休10人。'],
  ['a count after its list', 'count', '4', '局机关设综合股、财务股、法制股、执法股4个股室。', '局机关设综合股、财务股、法制股4个股室。'],
];

describe('relations in every shape: held and broken', () => {
  it.each(SHAPES)('%s', async (_name, relation, figure, holds, breaks) => {
    expect(['pass', 'rounding']).toContain(await statusOf(holds, relation, figure));
    expect(await statusOf(breaks, relation, figure)).toBe('fail');
  });

  it('a part counted in another measure word, unannounced, leaves the sum unchecked (it had been left out and the rest called complete)', async () => {
    expect((await checksOf('全年共采购安装设备1000套，其中：指挥平台安装设备200套；分平台安装设备300套；前端补点安装设备500台。')).filter((c) => c.relation === 'sum')).toEqual([]);
    // held: a figure of another kind after the parts is another statement
    expect((await checksOf('离退休人员16人，其中：离休0人，退休16人，实有车辆6辆。')).filter((c) => c.relation === 'sum').map((c) => c.status)).toEqual(['pass']);
  });

  it('a rate message names the unit of its figures (元, not 万元)', async () => {
    const r = await auditText('某单位2025年度工作情况\n脱贫人口人均纯收入从2022年的17000元增至2023年的19000元，同比增长13.5%。\n');
    expect(r.files[0]!.findings.map((f) => f.message)).toContain('脱贫人口人均纯收入同比增长幅度应为 11.8%（2000.00 ÷ 17000.00 元），报告写为 13.5%');
  });

  it('a rate of counts prints them as counted (8 ÷ 10 公里, not 8.00 ÷ 10.00), named by their clauses', async () => {
    const r = await auditText('某单位2025年度工作情况\n计划新建道路10公里，实际完成8公里，完成率为90%。\n');
    expect(r.files[0]!.findings.filter((f) => f.ruleId === 'share-mismatch').map((f) => f.message)).toEqual(['完成率（实际完成 ÷ 计划新建道路）应为 80%（8 ÷ 10 公里），报告写为 90%']);
    // a plan and a result in other units, or one of them approximate, are not divided
    expect((await checksOf('计划新建道路10公里，实际完成8000米，完成率为80%。')).filter((c) => c.relation === 'rate')).toEqual([]);
    expect((await checksOf('计划培训农民1000人次左右，实际培训1050人次，完成率105%。')).filter((c) => c.relation === 'rate')).toEqual([]);
  });

  it('a list closed by its own 合计 ends there: the 合计 is no further part (a false error), it is checked against the list', async () => {
    const sums = async (text: string) => (await checksOf(text)).filter((c) => c.relation === 'sum').map((c) => [c.status, (c.values as { total: string }).total, (c.values as { parts: string[] }).parts]);
    expect(await sums('支出合计300.00万元，其中：人员经费100.00万元，公用经费200.00万元，两项合计300.00万元。')).toEqual([['pass', '300.00', ['100.00', '200.00']]]);
    expect(await sums('支出合计300.00万元。其中：人员经费100.00万元，公用经费200.00万元，合计310.00万元。')).toEqual([
      ['fail', '310.00', ['100.00', '200.00']],
      ['pass', '300.00', ['100.00', '200.00']],
    ]);
  });

  it('a total after parts is read only right after them, as theirs (not 结余共计 after 收入 and 支出, not 三项合计 of two, not a 共计 clauses away)', async () => {
    const sums = async (text: string) => (await checksOf(text)).filter((c) => c.relation === 'sum').map((c) => [c.status, (c.values as { total: string }).total, (c.values as { parts: string[] }).parts]);
    expect(await sums('收入500.00万元，支出480.00万元，结余共计20.00万元。')).toEqual([]);
    expect(await sums('人员经费250万元，公用经费50万元，三项合计300万元。')).toEqual([]);
    // an addition chain whose first figure stands in the sentence before: more than the parts here
    expect(await sums('全区一般公共预算收入40.50亿元。全区一般公共预算收入，加上转移支付收入32.50亿元、调入资金14.10亿元，收入总计87.10亿元。')).toEqual([]);
    expect(await sums('按生均1000元安排，共计239万元，其中上级资金179.25万元，本级59.75万元，项目绩效目标是保证学校的正常运转，财政安排支出共计87.06万元，余款安排下年支出。')).toEqual([['pass', '239', ['179.25', '59.75']]]);
    // a figure leading the parts that is the total again is no part of it
    expect(await sums('部门预算500.00万元，基本支出300.00万元，项目支出200.00万元，合计500.00万元。')).toEqual([['pass', '500.00', ['300.00', '200.00']]]);
  });

  it('an approximate figure (约…, …左右, the end of a range) makes its relation a skipped check, with the reason, never a failure', async () => {
    const st = async (text: string) => (await checksOf(text)).map((c) => [c.ruleId, c.status]);
    expect(await st('项目资金305.00万元，其中：设备购置约100万元，工程建设约200万元。')).toEqual([['sum-mismatch', 'skipped']]);
    expect(await st('项目资金300万元，其中：第一批100-150万元，第二批150万元。')).toEqual([['sum-mismatch', 'skipped']]);
    expect(await st('收入约500万元，比上年增加50万元，增长11%。')).toEqual([['share-mismatch', 'skipped']]);
    const r = await auditText('某单位2025年度工作情况\n项目资金305.00万元，其中：设备购置约100万元，工程建设约200万元。\n');
    expect(r.files[0]!.skipped.map((k) => k.reason)).toContain('项目资金：“100万元”是约数，无法核对明细合计');
    // exact figures beside them are checked as before
    expect(await st('项目资金305.00万元，其中：设备购置100.00万元，工程建设200.00万元。')).toEqual([['sum-mismatch', 'fail']]);
  });

  it('figures printed in 亿元 among 万元 are shown in the check\'s unit, in its values and its message', async () => {
    const vs = async (text: string) => (await checksOf(text)).map((c) => [c.relation, c.status, c.values]);
    expect(await vs('项目总投资1.2亿元，其中中央资金8000万元、省级资金4000万元。')).toEqual([['sum', 'pass', { total: '12000', parts: ['8000', '4000'], unit: '万元' }]]);
    expect(await vs('项目总投资12000万元，其中中央资金0.85亿元、省级资金3500万元。')).toEqual([['sum', 'pass', { total: '12000', parts: ['8500', '3500'], unit: '万元' }]]);
    expect(await vs('项目预算1.5亿元，实际支出12000万元，预算执行率为80%。')).toEqual([['rate', 'pass', { rate: '80', numerator: '12000', denominator: '15000', unit: '万元' }]]);
    const r = await auditText('某单位2025年度工作情况\n2024年收入1.2亿元，比上年9000万元增加2000万元。\n');
    expect(r.files[0]!.findings.filter((f) => f.ruleId === 'sum-mismatch').map((f) => f.message)).toEqual(['2024年收入上年数与同比变动额之和 11000.00 万元，与本年数 12000 万元不符，差额 1000.00 万元（舍入容差 500.10 万元）']);
    expect(r.files[0]!.checks!.map((c) => c.values)).toEqual([{ current: '12000', prior: '9000', change: '2000', unit: '万元' }]);
  });

  it('no list where the text names some members or levels (18个区县（含高新区、经开区）; 一级指标…二级指标…)', async () => {
    expect((await checksOf('对全市18个区县（含高新区、经开区）的资金开展了绩效评价。')).filter((c) => c.relation === 'count')).toEqual([]);
    expect((await checksOf('该项目共编制12个绩效目标指标，其中一级指标3个，二级指标9个，三级指标12个。')).filter((c) => c.status === 'fail')).toEqual([]);
  });

  it('a bracket with more than named parts is no breakdown (a figure of another unit, a note, 等)', async () => {
    const sums = async (text: string) => (await checksOf(text)).filter((c) => c.relation === 'sum').map((c) => c.values.total);
    expect(await sums('事业编制41个（参公3人、全额38人）。')).toEqual([]);
    // 主要用于 names the main parts only: a partial list, no error
    expect((await checksOf('项目支出200万元（主要用于基本建设150万元、设备购置40万元）。')).filter((c) => c.status === 'fail')).toEqual([]);
    expect(await sums('项目支出200万元（基本建设150万元、设备购置40万元等）。')).toEqual([]);
  });

  it('a 合计 column is not summed over columns of another year or of a plan and its spending', async () => {
    const sums = async (text: string) => (await checksOf(text)).filter((c) => c.relation === 'sum' && c.values.total === '500.00');
    expect(await sums('项目 | 上年数 | 本年数 | 合计\n支出 | 300.00 | 200.00 | 500.00')).toEqual([]);
    expect(await sums('项目 | 预算数 | 执行数 | 合计\n支出 | 300.00 | 200.00 | 500.00')).toEqual([]);
  });

  it('a list of counts in Chinese numerals is no list of names; last year\'s figure after a ； is no part', async () => {
    const cs = await checksOf('全局共有学校27所，其中小学二十所、初中七所。');
    expect(cs.filter((c) => c.relation === 'count')).toEqual([]);
    const prior = await checksOf('2023年总支出500万元，其中基本支出300万元；上年基本支出280万元。');
    expect(prior.filter((c) => c.relation === 'sum').map((c) => [c.status, (c.values.parts as string[]).length])).toEqual([['pass', 1]]);
  });

  it('财政拨款 with two of its three funds named may leave out the third: only a sum above the whole fails', async () => {
    const fund = (general: string, gov: string, state?: string) =>
      `2024年度财政拨款支出1,500.00万元。\n（一）一般公共预算财政拨款支出${general}万元。\n（二）政府性基金预算财政拨款支出${gov}万元。` + (state === undefined ? '' : `\n（三）国有资本经营预算财政拨款支出${state}万元。`);
    const sumOf = async (text: string) => (await checksOf(text)).filter((c) => c.relation === 'sum' && c.values.total === '1500.00').map((c) => [c.status, (c.values.parts as string[]).length]);
    expect(await sumOf(fund('1,100.00', '300.00'))).toEqual([['pass', 2]]);
    expect(await sumOf(fund('1,100.00', '300.00', '0'))).toEqual([['fail', 3]]);
    expect(await sumOf(fund('1,200.00', '300.00', '0'))).toEqual([['pass', 3]]);
    // a 财政拨款 whole of another kind (总计, a plan) is not the sum of the funds' spending
    expect(await sumOf('2024年度财政拨款支出总计1,500.00万元。\n（一）一般公共预算财政拨款支出1,100.00万元。\n（二）政府性基金预算财政拨款支出300.00万元。')).toEqual([]);
  });

  it('a list the text breaks off in (an item without its amount, then the end, unpunctuated) is not summed as complete', async () => {
    const sums = async (text: string) => (await checksOf(text)).filter((c) => c.relation === 'sum').map((c) => [c.status, c.values.total, (c.values.parts as string[]).length]);
    expect(await sums('项目支出286.83万元，包括委员活动经费36.30万元，信息网络运行经费5.00万元，调研协商')).toEqual([['pass', '286.83', 1]]);
    // the same list closed: complete, and it does not add up
    expect(await sums('项目支出286.83万元，包括委员活动经费36.30万元，信息网络运行经费5.00万元，调研协商经费10.00万元。')).toEqual([['fail', '286.83', 3]]);
  });

  it('a bracket of figures after a count details it, it is not the list of what is counted', async () => {
    const counts = async (text: string) => (await checksOf(text)).filter((c) => c.relation === 'count').map((c) => [c.status, c.values.declared, c.values.listed]);
    expect(await counts('实施项目共15个（含2023年转列暂付性款项项目5个），年初批复预算8个项目985万元（含1个年初结转结余项目50万元）。')).toEqual([]);
    expect(await counts('共有行政编制24个（机关公勤2个），事业编制41个（参公3人，机关工勤1人）。')).toEqual([]);
    expect(await counts('下设事业单位两个（含三个内设股室）。')).toEqual([]);
    // a bracket of names is the list, to the bracket that closes it
    expect(await counts('内设机构3个（办公室、业务科、财务科），另有下属单位2个（甲中心、乙站）。')).toEqual([['pass', 3, 3], ['pass', 2, 2]]);
    expect(await counts('内设机构3个（办公室、业务科），另有下属单位2个（甲中心、乙站）。')).toEqual([['fail', 3, 2], ['pass', 2, 2]]);
  });

  it('the change of a 三公 total is one check, the 三公 reading\'s, not a second one of the relation reader', async () => {
    const changes = async (text: string) => (await checksOf(text)).filter((c) => c.relation === 'change').map((c) => [c.id, c.status]);
    expect(await changes('2023年度“三公”经费财政拨款支出决算为62.07万元，比上年决算数增加38.97万元，增长168.7%。')).toEqual([['yoy:sangong.actual', 'pass']]);
    expect(await changes('2023年度“三公”经费财政拨款支出决算为62.07万元，比上年决算数增加38.97万元，增长158.7%。')).toEqual([['yoy:sangong.actual', 'fail']]);
  });

  it('one name under two wholes is two figures: the change of 商品和服务支出 under 基本支出 and under 项目支出 (fifth field trial)', async () => {
    const conflicts = async (text: string) => (await checksOf(text)).filter((c) => c.relation === 'same-figure' && c.status === 'fail').map((c) => c.values);
    const two = ['1. 基本支出预算500000.00元，同比减少20000.00元。其中：', '商品和服务支出预算120000.00元，同比减少8000.00元，下降6.25%。', '2. 项目支出40000元，同比减少5000元。其中：', '商品和服务支出预算40000元，同比减少5000元，下降11.11%。'];
    expect(await conflicts(two.join('\n'))).toEqual([]);
    // held: under one whole, a change stated twice with two values is a conflict
    const one = ['1. 基本支出预算500000.00元，同比减少20000.00元。其中：', '商品和服务支出预算120000.00元，同比减少8000.00元，下降6.25%。', '商品和服务支出预算120000.00元，同比减少5000元。'];
    expect((await conflicts(one.join('\n'))).length).toBe(1);
  });

  it('a name with a short bracket or quote inside it keeps it (因公出国（境）费, “三公”经费), in the messages too', async () => {
    const r = await auditText('某单位2025年度工作情况\n2023年度“三公”经费财政拨款支出决算18.00万元，其中：因公出国（境）费0万元，占0%；公务用车运行维护费12.00万元，占76.67%；公务接待费6.00万元，占33.33%。\n');
    const messages = r.files[0]!.findings.flatMap((f) => [f.message, ...(f.consequences ?? []).map((c) => c.message)]).join('\n');
    expect(messages).toContain('（因公出国（境）费 0% + 公务用车运行维护费 76.67% + 公务接待费 33.33%）');
    expect(messages).toContain('公务用车运行维护费占2023年度“三公”经费财政拨款支出决算的比例应为 66.67%');
    // held: a bracket of a note after a name ends it (基本支出（含…）: the figure after it is named by its own words)
    const cs = await checksOf('支出合计300.00万元，其中：基本支出（含人员经费）200.00万元，项目支出100.00万元。');
    expect(cs.filter((c) => c.relation === 'sum').map((c) => c.status)).toEqual(['pass']);
  });

  it('shapes that read figures the text does not relate (second field trial)', async () => {
    const cs = async (text: string) => (await checksOf(text)).map((c) => [c.relation, c.status, c.values]);
    // 含 notes some of what a total includes: only a sum above the total fails
    expect(await cs('机关2013年收支总预算4471.22万元，含甲处经费250万元，乙园经费537.31万元。')).toEqual([['sum', 'pass', { total: '4471.22', parts: ['250', '537.31'], unit: '万元' }]]);
    expect((await cs('机关2013年收支总预算400.00万元，含甲处经费250万元，乙园经费537.31万元。')).map((c) => c[1])).toEqual(['fail']);
    // staff after 其中 are parts of the staff stated, not the same figure stated again
    expect((await cs('本部门2021年年末实有人数76人，其中在职人员48人，退休人员15人，聘用人员5人，遗属8人。')).filter((c) => c[0] === 'same-figure' || (c[0] === 'staffing' && c[1] === 'fail'))).toEqual([]);
    // a name holding a figure (年人均2400元计…) is a computation, not a figure's name
    expect((await cs('测算标准：268名代表，年人均2400元计643200元。\n测算标准：35名组成人员，年人均2400元计84000元。')).filter((c) => c[1] === 'fail')).toEqual([]);
    // 一般公共预算收入 is revenue, not the plan of the spending after it
    expect((await cs('2022年本级一般公共预算收入94887.14亿元，为预算的100%。本级一般公共预算支出132512.65亿元，完成预算的98.9%。')).filter((c) => c[0] === 'rate')).toEqual([]);
    // 占总支出的 names no figure stated after it under a bare 支出
    expect((await cs('2021年省级一般公共预算总支出安排6571.85亿元。其中，省本级支出1478.55亿元，占总支出的22.5%。“三公”经费包括：因公出国（境）支出0.6亿元、公务用车购置及运行维护支出3.3亿元。')).filter((c) => c[0] === 'share' && c[1] === 'fail')).toEqual([]);
    // numerals inside quotation marks name slogans, they count nothing
    expect((await cs('全区上下增强“四个意识”、坚定“四个自信”、做到“两个维护”，较好地完成了全年各项工作任务。')).filter((c) => c[0] === 'count')).toEqual([]);
    // … but a quoted count right after a list of plain items counts them
    expect((await cs('每期培训实行开班申请、过程巡查、结业考核和就业回访“四个环节”管理。')).filter((c) => c[0] === 'count').map((c) => c[1])).toEqual(['pass']);
    expect((await cs('每期培训实行开班申请、过程巡查和就业回访“四个环节”管理。')).filter((c) => c[0] === 'count').map((c) => c[1])).toEqual(['fail']);
    // a part taken off (调减) makes the list no plain sum
    expect((await cs('下达资金1.53万元，其中：补偿资金调减2.66万元，造林补助2.42万元，管护补助1.77万元。')).filter((c) => c[0] === 'sum')).toEqual([]);
    // money arrived (到位) and money spent (使用) are two figures under one name
    expect((await cs('资金已到位10000万元，其中：中央财政补助资金6000万元，地方资金4000万元。\n资金已使用9980万元，其中：中央财政补助资金5980万元，地方资金4000万元。')).filter((c) => c[0] === 'same-figure' && c[1] === 'fail')).toEqual([]);
    // 新增… after a 其中 is another figure, not a part
    expect((await cs('新引进项目20个，其中投资亿元以上项目6个，完成固定资产投资30亿元，新增规模以上工业企业5家。')).filter((c) => c[1] === 'fail')).toEqual([]);
    // 机关编制 is the organ's quota; its kinds after 其中 are its parts
    expect((await cs('镇政府机关编制56人，其中：行政编制24人，事业编制32人；实有在职人员48人。')).filter((c) => c[0] === 'staffing')).toEqual([['staffing', 'pass', { quota: 56, actual: 48 }]]);
  });

  it('a rate of a part (其中中央资金支出…，执行率…) is not taken over the whole planned figure', async () => {
    const cs = await checksOf('项目资金2400.00万元全部到位，实际支出2268.40万元，预算执行率94.52%。其中中央资金支出1436.20万元，执行率95.75%。');
    expect(cs.filter((c) => c.relation === 'rate').map((c) => [c.status, c.values.rate])).toEqual([['pass', '94.52']]);
  });

  it('a balance is left from the total row of a form, not from its 其中 rows', async () => {
    const form = '项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 执行率（%）\n年度资金总额 | 520.00 | 580.00 | 556.80 | 96.00\n其中：当年财政拨款 | 500.00 | 560.00 | 538.40 | 96.14\n其他资金 | 20.00 | 20.00 | 18.40 | 92.00\n说明\n结余资金23.20万元已收回。';
    const sums = (await checksOf(form)).filter((c) => c.relation === 'sum' && String(c.values.parts).includes('23.20'));
    expect(sums.map((c) => [c.status, c.values.total])).toEqual([['pass', '580.00']]);
  });

  it('a rate of a plan is not read over a target in another unit, nor over a figure no goals part sets', async () => {
    // 30万亩 against 320000亩 would need a conversion the text does not give
    const units = await checksOf('（三）绩效目标\n1．完成保护性耕作面积30万亩。\n（四）绩效目标完成情况\n1．完成保护性耕作面积320000亩，完成目标的106.67%。');
    expect(units.filter((c) => c.relation === 'rate')).toEqual([]);
    // 30万亩 stated in a part about the situation, not the goals: no target to compare with
    const noGoals = await checksOf('（一）基本情况\n1．全区耕地面积30万亩。\n（二）完成情况\n1．完成保护性耕作面积32.5万亩，完成目标的108.33%。');
    expect(noGoals.filter((c) => c.relation === 'rate')).toEqual([]);
  });

  it('figures of one name are not one figure where the context says they are two', async () => {
    const conflicts = async (text: string) => (await checksOf(text)).filter((c) => c.relation === 'same-figure' && c.status === 'fail');
    // the budget's breakdown and the spending's: two totals, two 基本支出
    expect(await conflicts('2023年部门预算总金额7105.62万元，其中：基本支出4812.30万元，项目支出2293.32万元。\n全年实际支出6948.17万元，其中：基本支出4800.00万元，项目支出2148.17万元。')).toEqual([]);
    // paragraphs about each 专项 state its own figures under a fund name
    expect(await conflicts('专项资金一为农田建设补助资金。一般公共预算支出1200.00万元。\n专项资金二为农业技术推广资金。一般公共预算支出713.60万元。')).toEqual([]);
    // two standalone figures of one name may be a budget's and a spending's
    expect(await conflicts('一、基本情况\n项目支出1886.15万元。\n二、执行情况\n项目支出1880.00万元。')).toEqual([]);
    // a change of another year is another change
    expect(await conflicts('2025年一般公共预算支出比上年增加418.97万元。\n2024年一般公共预算支出比上年增加300.00万元。')).toEqual([]);
  });

  it('a second breakdown after a first (按经济… 。按功能…) breaks down the same total, not the first breakdown\'s last part', async () => {
    const sums = async (text: string) => (await checksOf(text)).filter((c) => c.relation === 'sum').map((c) => [c.status, c.values.total, (c.values.parts as string[]).length]);
    const text = '项目资金总额500.00万元。按资金来源分：中央资金300.00万元、省级资金200.00万元。按支出用途分：设备购置350.00万元、人员培训150.00万元。';
    expect(await sums(text)).toEqual([['pass', '500.00', 2], ['pass', '500.00', 2]]);
    expect(await sums(text.replace('人员培训150.00', '人员培训160.00'))).toEqual([['pass', '500.00', 2], ['fail', '500.00', 2]]);
  });

  it('the hierarchy across sentences is not read where a part is of another scope or of the plan', async () => {
    const sums = async (text: string) => (await checksOf(text)).filter((c) => c.relation === 'sum').map((c) => c.values.total);
    // 基本支出 and 项目支出 of the 一般公共预算 only: not the parts of the whole year's spending
    expect(await sums('2025年支出合计8711.35万元。\n2025年一般公共预算支出中基本支出323.15万元。\n2025年一般公共预算支出中项目支出6348.17万元。')).toEqual([]);
    // a budget's parts are not the spending's
    expect(await sums('2025年支出合计1000.00万元。\n年初预算中基本支出600.00万元，项目支出500.00万元。')).toEqual([]);
  });

  it('one figure stated again by its print and a name alike is a restatement that holds; other names or a short print are not', async () => {
    const same = async (text: string) => (await checksOf(text)).filter((c) => c.relation === 'same-figure').map((c) => [c.status, c.values.first, c.values.second]);
    // 学校支出合计 … 实际支出: one figure
    expect(await same('一、收支情况\n2025年学校支出合计1573.88万元。\n二、预算执行\n全年预算数1610.00万元，实际支出1573.88万元。')).toEqual([['pass', '1573.88万元', '1573.88万元']]);
    // 收入总计 and 支出总计 of balanced accounts: two figures of one value, not a restatement
    expect(await same('收入总计2456.78万元。\n支出总计2456.78万元。')).toEqual([]);
    // a short print two figures easily share
    expect(await same('公务接待费2.40万元。\n宣传费用2.40万元。')).toEqual([]);
    // a budget figure is not the restatement of a spent one
    expect(await same('全年预算数1573.88万元。\n实际支出1573.88万元。')).toEqual([]);
    // a table's cell, named by its row and staged by its column, stated again in the text
    const table = '资金来源 | 年初预算数 | 全年预算数 | 全年执行数\n省级补助资金 | 600.00 | 600.00 | 571.30\n区级配套资金 | 400.00 | 360.00 | 322.48\n二、存在问题\n省级补助资金支出571.30 万元，区级配套资金支出322.48 万元。';
    expect(await same(table)).toEqual([['pass', '571.30', '571.30万元'], ['pass', '322.48', '322.48万元']]);
    // the budget column is not the spending stated in the text; a prior-year column is another year's
    expect(await same(table.replace('支出571.30 万元', '支出600.00 万元').replace('支出322.48 万元', '支出300.00 万元'))).toEqual([]);
    expect(await same('项目 | 上年数 | 本年数\n项目支出 | 1886.15 | 1900.00\n二、情况\n项目支出1886.15万元。')).toEqual([]);
  });

  it('one figure printed to different precisions agrees within rounding', async () => {
    const cs = await checksOf('一、收支\n2025年一般公共预算支出2864.30万元，比上年增加418.975万元。\n二、执行\n一般公共预算支出较上年增加418.98万元。');
    expect(cs.filter((c) => c.relation === 'same-figure').map((c) => c.status)).toEqual(['pass']);
  });

  it('a list ending in 等 is open: its count is not checked', async () => {
    const cs = await checksOf('局机关设办公室、财务科等8个科室。');
    expect(cs.filter((c) => c.relation === 'count').map((c) => c.status)).toEqual(['skipped']);
  });

  it('a 、 inside brackets does not split an item', async () => {
    expect(await statusOf('内设机构2个，分别为：办公室（财务、人事）、业务科。', 'count', '2')).toBe('pass');
  });

  it('retired staff are not 实有', async () => {
    expect(await statusOf('核定编制20名，在职人员18人，退休人员30人。', 'staffing', '20')).toBe('pass');
  });

  it('a share whose base the report never states is listed as skipped, with its reason', async () => {
    const cs = await checksOf('园区企业53家，占工业企业的48%。');
    expect(cs.find((c) => c.relation === 'share')).toMatchObject({ status: 'skipped', reason: expect.stringContaining('工业企业') });
  });
});

describe('one figure stated again: shapes read by print (equal values hold; other values are not paired)', () => {
  const same = async (text: string) => (await checksOf(text)).filter((c) => c.relation === 'same-figure').map((c) => [c.status, c.values.first, c.values.second]);

  it('a fund row of a table restated in a paragraph that names a 专项 fund', async () => {
    const text = '资金来源 | 全年预算数 | 全年执行数\n中央专项资金 | 480.00 | 455.60\n二、问题\n中央专项资金支出455.60万元，部分资金拨付较慢。';
    expect(await same(text)).toEqual([['pass', '455.60', '455.60万元']]);
    expect(await same(text.replace('支出455.60万元', '支出450.60万元'))).toEqual([]);
    // a paragraph about one 专项 of several: its figures under generic names are its own, even at the department's value
    expect(await same('项目支出900.00万元，其中：设备购置费520.40万元、委托业务费379.60万元。\n专项资金二为监测经费。项目支出379.60万元，其中：委托业务费379.60万元。')).toEqual([]);
  });

  it('a figure before a year named later in its sentence is still this year\'s', async () => {
    const text = '项目 | 全年预算数 | 全年执行数\n设备购置费 | 75.00 | 62.40\n说明：设备购置费62.40万元含2024年12月签约的采购合同尾款，2023年已付部分不计。';
    expect(await same(text)).toEqual([['pass', '62.40', '62.40万元']]);
    expect(await same(text.replace('设备购置费62.40万元', '设备购置费60.40万元'))).toEqual([]);
  });

  it('a figure named only by its stage (执行数) takes the subject of its sentence', async () => {
    const text = '一、项目情况\n项目类别 | 项目名称 | 决算数\n市政设施管理 | 城区路灯维护 | 318.46\n二、执行情况\n城区路灯维护项目全年预算数330.00万元，执行数318.46万元，预算执行率96.50%。';
    expect(await same(text)).toEqual([['pass', '318.46', '318.46万元']]);
    expect(await same(text.replace('执行数318.46', '执行数316.48').replace('96.50', '95.90'))).toEqual([]);
  });

  it('一般公共预算支出 is a fund\'s spending, not a budget figure', async () => {
    const text = '一、收支情况\n2025年一般公共预算支出1864.35万元。\n二、预算执行\n全年一般公共预算预算数1900.00万元，执行1864.35万元。';
    expect(await same(text)).toEqual([['pass', '1864.35万元', '1864.35万元']]);
    // the budget figure stays a budget figure
    expect(await same('一、收支情况\n2025年一般公共预算支出1900.00万元。\n二、预算执行\n全年一般公共预算预算数1900.00万元，执行1864.35万元。')).toEqual([]);
  });

  it('机关运行经费 restates the 公用经费 of the basic spending', async () => {
    const text = '基本支出905.20万元，其中：人员经费780.64万元，公用经费124.56万元。\n四、其他说明\n2025年本部门机关运行经费支出124.56万元。';
    expect(await same(text)).toEqual([['pass', '124.56万元', '124.56万元']]);
    expect(await same(text.replace('运行经费支出124.56', '运行经费支出126.54'))).toEqual([]);
  });

  it('the rate of a form\'s funds total row, under a header row further down the form, restated in the text', async () => {
    const form = '项目名称 | 某项目\n项目资金（万元） | 全年预算数 | 全年执行数 | 执行率\n年度资金总额 | 800.00 | 771.20 | 96.40%\n其中：财政拨款 | 800.00 | 771.20 | 96.40%\n说明\n全年执行771.20万元，预算执行率96.40%。';
    expect((await same(form)).filter((x) => String(x[1]).includes('%'))).toEqual([['pass', '96.40%', '96.40%']]);
    expect((await same(form.replace('预算执行率96.40%', '预算执行率96.44%'))).filter((x) => String(x[1]).includes('%'))).toEqual([]);
  });

  it('the 三公 total of a sentence stated again in its table', async () => {
    const text = '2025年“三公”经费财政拨款支出决算12.34万元。\n“三公”经费预算与决算对比表（单位：万元）\n项目 | 预算数 | 决算数\n合计 | 15.00 | 12.34\n因公出国（境）费 | 0 | 0\n公务用车购置及运行维护费 | 9.00 | 8.10\n公务接待费 | 6.00 | 4.24';
    expect(await same(text)).toEqual([['pass', '12.34万元', '12.34万元']]);
    expect(await same(text.replace('决算12.34万元', '决算12.43万元'))).toEqual([]);
  });

  it('the 三公 total stated again with full-width digits (as typed in some reports) is read by its digits', async () => {
    // a print in full-width digits once made the figure's number "１２.３４" and the check throw
    const text = '2025年“三公”经费财政拨款支出决算１２.３４万元。\n“三公”经费预算与决算对比表（单位：万元）\n项目 | 预算数 | 决算数\n合计 | 15.00 | 12.34\n因公出国（境）费 | 0 | 0\n公务用车购置及运行维护费 | 9.00 | 8.10\n公务接待费 | 6.00 | 4.24';
    expect(await same(text)).toEqual([['pass', '12.34万元', '12.34万元']]);
    expect(await same(text.replace('决算１２.３４万元', '决算１２.４３万元'))).toEqual([]);
  });

  it('a score table\'s total row and the score the text states', async () => {
    const text = '一级指标 | 分值 | 得分\n决策 | 20 | 18\n过程 | 20 | 19\n产出 | 40 | 37\n效益 | 20 | 17\n合计 | 100 | 91\n五、自评结论\n本项目自评得分91分，等级为优。';
    expect(await same(text)).toEqual([['pass', '91分', '91分']]);
    expect(await same(text.replace('自评得分91分', '自评得分92分'))).toEqual([]);
  });
});

describe('a budget figure broken down into parts the budget reading does not hold', () => {
  it('项目支出…，占…。包括：… in the part about the general budget is checked as a sum', async () => {
    const sums = async (body: string) => {
      const cs = (await auditText(withSection('二', body))).files[0]!.checks ?? [];
      return cs.filter((c) => c.relation === 'sum' && c.values.total === '200.00').map((c) => [c.status, c.values.parts]);
    };
    const body = '（一）基本支出情况\n2025年一般公共预算支出500.00万元。2025年一般公共预算支出中基本支出300.00万元，占一般公共预算总支出的60.00%。\n（二）项目支出情况\n2025年项目支出200.00万元，占一般公共预算总支出的40.00%。包括：设备购置补助120.00万元、校舍维修资金50.00万元、学生资助30.00万元。';
    expect(await sums(body)).toEqual([['pass', ['120.00', '50.00', '30.00']]]);
    expect(await sums(body.replace('学生资助30.00', '学生资助35.00'))).toEqual([['fail', ['120.00', '50.00', '35.00']]]);
  });
});

describe('lists that may name only some parts are not held to make their whole', () => {
  const sums = async (text: string) => (await checksOf(text)).filter((c) => c.relation === 'sum').map((c) => [c.status, c.values.total]);
  it('…主要用于： and X万元中，… with fewer parts than the whole', async () => {
    expect(await sums('2025年一般公共预算支出5200.00万元，按支出功能分类主要用于：\n（一）教育支出4100.00万元。\n（二）卫生健康支出700.00万元。\n三、其他')).toEqual([['pass', '5200.00']]);
    expect(await sums('专项资金500.00万元中，已拨付设备购置款300.00万元。')).toEqual([['pass', '500.00']]);
  });
});

describe('score tables whose 一级指标 carry their weight (产出指标（50分）)', () => {
  const table = (third: string) =>
    ['一级指标 | 二级指标 | 三级指标 | 分值 | 得分', '产出指标（60分） | 数量指标 | 培训人数 | 30 | 30', ' | 质量指标 | 合格率 | 30 | 28', `效益指标（40分） | 社会效益 | 就业率 | ${third} | 18`, ' | 满意度 | 学员满意度 | 20 | 19', '总分 | — | — | 100 | 95'].join('\n');
  const levelChecks = async (text: string) =>
    (await checksOf(text)).filter((c) => c.relation === 'score' && (c.values.total === '60' || c.values.total === '40' || (c.values.total === '100' && (c.values.parts as string[]).length === 2))).map((c) => [c.status, c.values.total, c.values.parts]);
  it('each level\'s rows add up to its weight, and the weights to the whole', async () => {
    expect(await levelChecks(table('20'))).toEqual([['pass', '60', ['30', '30']], ['pass', '40', ['20', '20']], ['pass', '100', ['60', '40']]]);
    expect((await levelChecks(table('25'))).map((x) => x[0])).toEqual(['pass', 'fail', 'pass']);
  });
});

describe('a form whose funds part scores budget execution apart from its indicator table (执行率权重 | 执行率得分；指标权重（分） | 指标得分（分）)', () => {
  const form = (weights: string, got: string, stated: string) =>
    [
      '自评总分（分） | ' + stated + ' | 自评等级 | 优',
      '部门预算执行情况（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 执行率（%） | 执行率权重 | 执行率得分（分）',
      '年度资金总额 | 900.00 | 1000.00 | 980.00 | 98.00 | 10 | 9.8',
      '指标名称 | 计量单位 | 年初指标值 | 全年完成值 | 得分系数（%） | 指标权重（分） | 指标得分（分）',
      '培训场次 | 场 | ≥40 | 42 | 100 | 30 | 30',
      '参训人数 | 人 | ≥1200 | 1100 | 90 | 30 | 27',
      '群众满意度 | % | ≥90% | 92% | 100 | 30 | 30',
      `合计 | — | — | — | — | ${weights} | ${got}`,
    ].join('\n');
  const scores = async (text: string) => (await checksOf(text)).filter((c) => c.relation === 'score' && (c.values.parts as string[]).length > 1).map((c) => [c.status, c.values.total, (c.values.parts as string[]).length]);
  it('reads the 得分 columns by their names, never 得分系数; a 合计 row of the indicators only is read so, and the stated total score is both parts', async () => {
    // weights 10 + 90 = 100 with the execution row; the 合计 row's 得分 87 is the indicators' (30 + 27 + 30), and 9.8 + 87 = 96.8
    expect(await scores(form('100', '87', '96.8'))).toEqual([['pass', '100', 4], ['pass', '87', 3], ['pass', '96.8', 4]]);
    // the stated total that is not the two together, and weights that make 100 in no reading
    expect(await scores(form('95', '87', '97.8'))).toEqual([['fail', '95', 4], ['pass', '87', 3], ['fail', '97.8', 4]]);
    // a 合计 row that totals all rows stays read over all rows
    expect(await scores(form('100', '96.8', '96.8'))).toEqual([['pass', '100', 4], ['pass', '96.8', 4]]);
  });
});

describe('numbered lines that say more than a name are not the items of a count', () => {
  it('分为2个阶段： followed by sentences', async () => {
    const cs = await checksOf('项目实施分为2个阶段：\n1.前期准备，完成方案编制和招标采购。\n2.组织实施，完成全部工程并验收。\n3.后续管护，建立长效机制。');
    expect(cs.filter((c) => c.relation === 'count')).toEqual([]);
  });
});
