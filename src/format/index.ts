/** Formatter registry. Each formatter is a pure function; heavy ones load only when asked for. */
import type { AuditResult, FormatOptions } from '../findings/types.js';

export type Formatter = (result: AuditResult, options: FormatOptions) => string;
export const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'html', 'markdown', 'csv', 'summary'] as const;
export type FormatName = (typeof FORMATS)[number];
/** The formats whose text has terminal colours when options.color is set. */
export const COLOURED: ReadonlySet<FormatName> = new Set<FormatName>(['stylish', 'summary']);

export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'stylish':
      return (await import('./stylish.js')).formatStylish;
    case 'json':
      return (await import('./json.js')).formatJson;
    case 'sarif':
      return (await import('./sarif.js')).formatSarif;
    case 'junit':
      return (await import('./junit.js')).formatJunit;
    case 'html':
      return (await import('./html.js')).formatHtml;
    case 'markdown':
      return (await import('./markdown.js')).formatMarkdown;
    case 'csv':
      return (await import('./csv.js')).formatCsv;
    case 'summary':
      return (await import('./summary.js')).formatSummary;
  }
}
