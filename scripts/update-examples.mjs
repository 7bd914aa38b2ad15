// Regenerate examples/*/expected.json (and expected-facts.yaml) with the built CLI, for review in
// a diff. The test suite checks that the tool still produces exactly these files.
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const bin = join('dist', 'jixiao-lint.cjs');
for (const dir of readdirSync('examples', { withFileTypes: true }).filter((d) => d.isDirectory())) {
  const base = join('examples', dir.name);
  const reports = readdirSync(base).filter((f) => /^report\.(docx|txt|md|ya?ml|json)$/.test(f)).sort().map((f) => join(base, f));
  // (examples/custom-rules holds rules and their cases, no example report)
  if (reports.length === 0) continue;
  const run = (args) => {
    try {
      return execFileSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
    } catch (e) {
      if (e.status === 1) return e.stdout; // findings: expected for these examples
      throw e;
    }
  };
  writeFileSync(join(base, 'expected.json'), run(['check', ...reports, '--format', 'json']));
  const main = reports.find((r) => r.endsWith('.docx')) ?? reports[0];
  writeFileSync(join(base, 'expected-facts.yaml'), run(['facts', main]));
  console.log(`${base}: ${reports.length} reports`);
}
