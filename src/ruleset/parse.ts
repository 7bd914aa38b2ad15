/**
 * Rule file text → RuleDef. Pure (text in, data out); validate.ts says what is allowed.
 * The id is the file name; the category is the folder.
 */
import type { DocumentKind } from '../profiles/profile.js';
import type { GivenKind } from '../checks/types.js';
import type { CheckName } from '../checks/vocabulary.js';
import type { Severity } from '../findings/types.js';
import { ConfigError, type Condition, type Example, type RuleDef, type RuleText } from './types.js';
import { validateRuleValue } from './validate.js';
import { errorAt, parseYamlWithPositions } from './yaml-pos.js';

type RawText = string | { zh: string; en?: string; cases?: { when: Record<string, string | number | boolean>; zh: string; en?: string }[] };

interface RawRule {
  appliesTo?: DocumentKind[];
  title: string;
  title_en?: string;
  severity: Severity;
  category: string;
  description: string;
  description_en?: string;
  reference?: string;
  given: GivenKind;
  verifies?: CheckName;
  skipped?: Record<string, RawText>;
  when: Condition;
  message: RawText;
  help: RawText;
  examples: { section?: string; valid: (string | Example)[]; invalid: (string | Example)[] };
}

/** `file` is the path shown in errors; its base name (without .yaml) is the rule id. */
export function parseRule(text: string, file: string, folder?: string): RuleDef {
  const y = parseYamlWithPositions(text, file);
  if (y.value === null || typeof y.value !== 'object' || Array.isArray(y.value)) {
    throw new ConfigError(file, 1, 1, '规则文件应为一个 YAML 映射（键: 值）', 'a rule file must be a YAML mapping (key: value)');
  }
  validateRuleValue(y);
  const raw = y.value as RawRule;
  const id = file.replace(/\\/g, '/').split('/').pop()!.replace(/\.ya?ml$/, '');
  if (!/^[a-z][a-z0-9-]*$/.test(id)) throw new ConfigError(file, 1, 1, `规则 id（文件名）“${id}”只能由小写字母、数字和连字符组成`, `the rule id (file name) "${id}" may hold only lower-case letters, digits and hyphens`);
  if (folder !== undefined && folder !== raw.category) {
    throw errorAt(y, ['category'], `category“${raw.category}”与所在文件夹“${folder}”不一致`, `category "${raw.category}" differs from its folder "${folder}"`);
  }
  const text2 = (t: RawText): RuleText =>
    typeof t === 'string'
      ? { zh: t, en: t }
      : { zh: t.zh, en: t.en ?? t.zh, ...(t.cases ? { cases: t.cases.map((c) => ({ when: c.when, zh: c.zh, en: c.en ?? t.en ?? c.zh })) } : {}) };
  const ex = (e: string | Example): Example => (typeof e === 'string' ? { text: e } : e);
  return {
    id,
    file,
    title: raw.title,
    titleEn: raw.title_en ?? raw.title,
    severity: raw.severity,
    category: raw.category,
    description: raw.description.trim(),
    descriptionEn: (raw.description_en ?? raw.description).trim(),
    ...(raw.reference ? { reference: raw.reference.trim() } : {}),
    given: raw.given,
    ...(raw.verifies ? { verifies: raw.verifies } : {}),
    ...(raw.skipped ? { skipped: Object.fromEntries(Object.entries(raw.skipped).map(([k, t]) => [k, text2(t)])) } : {}),
    ...(raw.appliesTo ? { appliesTo: raw.appliesTo } : {}),
    when: raw.when,
    message: text2(raw.message),
    help: text2(raw.help),
    examples: {
      ...(raw.examples.section ? { section: raw.examples.section } : {}),
      valid: raw.examples.valid.map(ex),
      invalid: raw.examples.invalid.map(ex),
    },
  };
}
