/** The commented .jixiaorc.yaml that `init` writes: every setting, off or at its default, explained. */
import type { Lang } from './lang.js';

const ZH = `# jixiao-lint 配置文件。jixiao-lint 从当前目录向上查找它；也可用 --config 指定。
# 每一项都可省略；这里写出的都是默认值或示例（以 # 开头的行不生效）。

# 提纲：auto（默认：每份报告按标题从内置提纲中选，jixiao-lint profiles 列出它们），或提纲 id（如 hunan），或提纲 YAML 文件的路径
profile: auto

# 文档类型：auto（默认：按标题判断），或 department-self-evaluation、project-self-evaluation、self-evaluation-form、final-accounts、evaluation-report
kind: auto

# 规则级别：off | error | warning | info（warn 即 warning）。jixiao-lint rules 列出全部规则。
rules: {}
#  goal-without-result: warning
#  rounding-difference: off

# 额外的规则目录（相对于本文件）
rulesDirs: []

# 检查目录时忽略的路径（gitignore 语法，相对于运行目录）；也可写在 .jixiaoignore 中
ignores: []
#  - 归档/**
#  - "*草稿*"

# 豁免：已知并接受的问题。rule 与 reason 必填；section、path、file 缩小范围
waivers: []
#  - rule: sangong-missing
#    section: 二
#    reason: 本单位无“三公”经费，已在说明中写明

# 读取上限（MB）
limits: {}
#  maxEntryMB: 50
#  maxTextMB: 20

# 舍入容差：万元金额通行的小数位数（auto：取全文多数万元金额的位数），及额外的绝对容差（万元）
tolerance: {}
#  decimals: auto
#  extra: 0
`;

const EN = `# jixiao-lint configuration. jixiao-lint looks for it from the working folder upward; --config names another.
# Every setting may be left out; those written here are defaults or examples (lines starting with # have no effect).

# Outline: auto (the default: each report gets the built-in outline its headings match; jixiao-lint profiles lists them), an id (hunan), or a profile YAML file
profile: auto

# Kind of document: auto (the default: read from the title), or department-self-evaluation, project-self-evaluation, self-evaluation-form, final-accounts, evaluation-report
kind: auto

# Rule levels: off | error | warning | info (warn = warning). jixiao-lint rules lists all rules.
rules: {}
#  goal-without-result: warning
#  rounding-difference: off

# Extra rule folders (relative to this file)
rulesDirs: []

# Paths a folder scan ignores (gitignore syntax, relative to the working folder); .jixiaoignore works too
ignores: []
#  - archive/**
#  - "*draft*"

# Waivers: findings known and accepted. rule and reason are required; section, path, file narrow them
waivers: []
#  - rule: sangong-missing
#    section: 二
#    reason: the unit has no 三公 spending, as its report states

# Reading limits (MB)
limits: {}
#  maxEntryMB: 50
#  maxTextMB: 20

# Rounding tolerance: the prevailing decimals of 万元 amounts (auto: those most of the document's 万元 amounts have), and an extra absolute tolerance (万元)
tolerance: {}
#  decimals: auto
#  extra: 0
`;

export function initConfigText(lang: Lang): string {
  return lang === 'en' ? EN : ZH;
}
