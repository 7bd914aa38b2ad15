/**
 * `xs.map(f)` as a plain loop into one array literal. In a batch V8 optimises the check builders
 * early; an optimised Array.prototype.map returns a holey array where the interpreter's returns a
 * packed one, so the code that reads the result (the rule runner, the findings) deoptimises on the
 * new elements kind ("wrong map"). Every array made here has one elements kind, empty or not.
 */
export function mapList<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]!, i));
  return out;
}
