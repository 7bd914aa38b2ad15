/**
 * YAML with positions: parse a file, and map a JSON path inside it back to line:column, so every
 * error in a rule or config file names file:line:col. Aliases are capped (alias bombs).
 */
import { LineCounter, parseDocument, isMap, isNode, isScalar, type Document } from 'yaml';
import { ConfigError } from './types.js';

export interface PositionedYaml {
  value: unknown;
  doc: Document;
  lines: LineCounter;
  file: string;
}

/**
 * How deep a YAML (or JSON) text may nest: in block context a line's indentation (blanks and "- ",
 * "? ", ": " indicators), in flow context the indentation where the flow began plus its open
 * brackets (indentation inside brackets means nothing, so pretty-printed JSON counts its brackets
 * only). Rules, outlines, configuration and report data nest a few levels (the deepest report data,
 * from `facts`, about ten); the parser recurses once or more per level, and near the end of the
 * stack V8 can fail fatally (compiling a regular expression there aborts the process, it does not
 * throw), so deeper text is refused before it is parsed.
 */
export const MAX_YAML_NESTING = 128;

/** Where a text first nests deeper than `max` (see MAX_YAML_NESTING), or null. */
export function tooDeepAt(text: string, max = MAX_YAML_NESTING): { line: number; column: number } | null {
  let line = 1;
  let lineStart = 0;
  let flow = 0;
  let flowBase = 0;
  let indent = 0;
  let atIndent = true;
  // the last character that is not a blank: a quote after it opens a quoted scalar
  let prev = 10;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
      indent = 0;
      atIndent = flow === 0;
      prev = 10;
      continue;
    }
    if (atIndent) {
      const next = text.charCodeAt(i + 1);
      if (c === 32 || c === 9 || ((c === 45 || c === 63 || c === 58) && (next === 32 || next === 9))) indent++;
      else atIndent = false;
    }
    if (c === 34 && SCALAR_START.has(prev)) {
      // a double-quoted scalar (JSON's only kind of string): its brackets are text
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
      prev = 34;
      continue;
    }
    if (c === 35 && (i === lineStart || text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) {
      // a comment runs to the end of the line
      while (i + 1 < text.length && text.charCodeAt(i + 1) !== 10) i++;
      continue;
    }
    if (c === 91 || c === 123) {
      if (flow === 0) flowBase = indent;
      flow++;
    } else if ((c === 93 || c === 125) && flow > 0) flow--;
    if ((flow > 0 ? flowBase + flow : indent) > max) return { line, column: i - lineStart + 1 };
    if (c !== 32 && c !== 9 && c !== 13) prev = c;
  }
  return null;
}

/** Line start, `[`, `{`, `,`, `:`, `-`, `?`: where a quoted scalar may begin. */
const SCALAR_START = new Set([10, 91, 123, 44, 58, 45, 63]);

export function parseYamlWithPositions(text: string, file: string): PositionedYaml {
  const lines = new LineCounter();
  const deep = tooDeepAt(text);
  if (deep) throw new ConfigError(file, deep.line, deep.column, `YAML 嵌套过深（超过 ${MAX_YAML_NESTING} 层）`, `the YAML nests too deep (more than ${MAX_YAML_NESTING} levels)`);
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  } catch (e) {
    if (e instanceof RangeError) throw new ConfigError(file, 1, 1, 'YAML 嵌套过深，无法解析', 'the YAML is nested too deep to parse');
    throw e;
  }
  const err = doc.errors[0];
  if (err) {
    const pos = lines.linePos(err.pos[0]);
    throw new ConfigError(file, pos.line, pos.col, `YAML 语法错误：${firstLine(err.message)}`, `YAML syntax error: ${firstLine(err.message)}`);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    if (e instanceof RangeError) throw new ConfigError(file, 1, 1, 'YAML 嵌套过深，无法展开', 'the YAML is nested too deep to expand');
    throw new ConfigError(file, 1, 1, `YAML 无法展开：${firstLine(e instanceof Error ? e.message : String(e))}（别名过多？）`, `the YAML cannot be expanded: ${firstLine(e instanceof Error ? e.message : String(e))} (too many aliases?)`);
  }
  return { value, doc, lines, file };
}

/** line:column of the node at a JSON path ('/when/all/0/operator' or segments); the nearest parent when absent. */
export function positionOf(y: PositionedYaml, path: readonly (string | number)[]): { line: number; column: number } {
  for (let n = path.length; n >= 0; n--) {
    const node = y.doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) {
      const p = y.lines.linePos(node.range[0]);
      return { line: p.line, column: p.col };
    }
  }
  return { line: 1, column: 1 };
}

/** line:column of a mapping key (for "unknown key" errors), else of its value. */
export function keyPositionOf(y: PositionedYaml, path: readonly (string | number)[]): { line: number; column: number } {
  const parent = y.doc.getIn(path.slice(0, -1), true);
  const last = path[path.length - 1];
  if (isMap(parent)) {
    for (const pair of parent.items) {
      if (isScalar(pair.key) && String(pair.key.value) === String(last) && pair.key.range) {
        const p = y.lines.linePos(pair.key.range[0]);
        return { line: p.line, column: p.col };
      }
    }
  }
  return positionOf(y, path);
}

export function keyErrorAt(y: PositionedYaml, path: readonly (string | number)[], detail: string, detailEn?: string): ConfigError {
  const pos = keyPositionOf(y, path);
  return new ConfigError(y.file, pos.line, pos.column, detail, detailEn);
}

export function errorAt(y: PositionedYaml, path: readonly (string | number)[], detail: string, detailEn?: string): ConfigError {
  const pos = positionOf(y, path);
  return new ConfigError(y.file, pos.line, pos.column, detail, detailEn);
}

export function splitPointer(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

/** The most useful of several schema errors: the deepest, and an unknown key before a missing one (a typo explains both). */
export function pickSchemaError<E extends { instancePath: string; keyword: string }>(errors: readonly E[]): E {
  const rank = (e: E) => e.instancePath.split('/').length * 10 + (e.keyword === 'additionalProperties' ? 2 : e.keyword === 'required' ? 0 : 1);
  return [...errors].sort((a, b) => rank(b) - rank(a))[0]!;
}
