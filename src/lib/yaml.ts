/**
 * jixiao-lint/yaml: YAML with positions for programs that validate their own configuration files
 * the way jixiao-lint does (errors at file:line:col). A separate entry: YAML loads only when used.
 */
export { errorAt, keyErrorAt, parseYamlWithPositions, pickSchemaError, splitPointer, type PositionedYaml } from '../ruleset/yaml-pos.js';
