/**
 * The skeleton report rule examples are placed into (a correct department report on the Hunan
 * outline, every relation in it agreeing): an example snippet replaces the body of one section.
 * test/fixtures/skeleton.txt is the same text, for tests that read it as a file.
 */
export const SKELETON = "2025年度 示例县财政局整体支出绩效自评报告\n\n单位名称（盖章）：示例县财政局\n\n一、基本情况\n（一）部门（单位）基本情况\n示例县财政局为全额拨款行政单位，内设股室3个，分别为：办公室、预算股、绩效股。2025年人员编制数为20人，年末实有在编人员18人。\n（二）年度整体支出绩效目标\n全年完成业务培训12期，服务对象满意度达到90%以上。\n二、一般公共预算支出情况\n（一）基本支出情况\n2025年一般公共预算支出中基本支出300.00万元，占一般公共预算总支出的60.00%，占年度整体总支出的50.00%。按经济科目分类：工资福利支出250.00万元、商品和服务支出50.00万元。\n2025年“三公”经费预算数为3.00万元，其中因公出国（境）费0万元，公务用车购置及运行费2.00万元，公务接待费1.00万元。“三公”经费决算数为2.50万元，其中因公出国（境）费0万元，公务用车购置及运行费1.80万元，公务接待费0.70万元。\n（二）项目支出情况\n2025年项目支出200.00万元，占一般公共预算总支出的40.00%，占年度整体总支出的33.33%。按经济科目分类：商品和服务支出150.00万元、资本性支出50.00万元。\n三、政府性基金预算支出情况\n2025年政府性基金预算支出100.00万元，占年度整体总支出的16.67%。按功能科目分类：城乡社区支出100.00万元。\n四、国有资本经营预算支出情况\n2025年无国有资本经营预算支出。\n五、社会保险基金预算支出情况\n2025年无社会保险基金预算支出。\n六、部门整体支出绩效情况\n全年完成业务培训12期，服务对象满意度达到92%。\n七、存在的问题及原因分析\n预算编制不够精细，部分项目执行进度偏慢，主要原因是项目前期论证不充分。\n八、下一步改进措施\n加强预算编制的科学性，建立项目执行进度月通报制度。\n九、绩效自评结果及其他需要说明的情况\n经自评，本单位2025年度整体支出绩效自评得分为92分，等级为优。\n";

/** Where an example without `section` goes: the skeleton's budget part (its outline numbers it 二). */
export const SKELETON_DEFAULT_SECTION = '二';

const TOP_HEADING = /^([一二三四五六七八九十]+)、/;

/** Replace the body of section `no` of a report text (default: the skeleton). */
export function withSection(no: string, body: string, text: string = SKELETON): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => TOP_HEADING.exec(l)?.[1] === no);
  if (start < 0) throw new Error(`section ${no} not in the skeleton`);
  let end = start + 1;
  while (end < lines.length && !TOP_HEADING.test(lines[end]!)) end++;
  return [...lines.slice(0, start + 1), ...(body ? body.split('\n') : []), ...lines.slice(end)].join('\n');
}
