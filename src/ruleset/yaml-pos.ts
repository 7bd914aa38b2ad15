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

export function parseYamlWithPositions(text: string, file: string): PositionedYaml {
  const lines = new LineCounter();
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
