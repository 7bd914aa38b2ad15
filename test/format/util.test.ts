import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/types.js';
import {
  countFindings,
  displayPath,
  encodeUriPath,
  escapeHtml,
  escapeXmlAttr,
  escapeXmlText,
  fileUri,
  locationLabel,
  resolvePath,
  sortFindings,
} from '../../src/format/util.js';

describe('escaping', () => {
  it('escapes markup and keeps whitespace through XML attribute normalisation', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
    expect(escapeXmlAttr('a\tb\nc\rd"')).toBe('a&#9;b&#10;c&#13;d&quot;');
    expect(escapeXmlText(']]> a\nb\r')).toBe(']]&gt; a\nb&#13;');
  });

  it('replaces characters XML 1.0 forbids, keeping valid surrogate pairs', () => {
    expect(escapeXmlText('a\u0000b\u001bc\uFFFEd')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
    expect(escapeXmlText('lone \uD800 and \uDC00, pair 𠀀')).toBe('lone \uFFFD and \uFFFD, pair 𠀀');
  });
});

describe('paths', () => {
  it('makes paths relative to cwd when inside it', () => {
    expect(resolvePath('reports/a.docx', '/srv/j')).toEqual({ relative: 'reports/a.docx', absolute: '/srv/j/reports/a.docx' });
    expect(resolvePath('/srv/j/./x/../a.txt', '/srv/j/')).toEqual({ relative: 'a.txt', absolute: '/srv/j/a.txt' });
    expect(resolvePath('../other/a.txt', '/srv/j')).toEqual({ absolute: '/srv/other/a.txt' });
    expect(resolvePath('/srv/jx/a.txt', '/srv/j')).toEqual({ absolute: '/srv/jx/a.txt' });
    expect(resolvePath('/../../a.txt', '/')).toEqual({ relative: 'a.txt', absolute: '/a.txt' });
  });

  it('handles Windows paths: backslashes, drive letters in any case', () => {
    expect(resolvePath('C:\\Users\\财务\\报告.docx', 'c:\\Users')).toEqual({ relative: '财务/报告.docx', absolute: 'C:/Users/财务/报告.docx' });
    expect(displayPath('D:\\x.txt', 'C:\\Users')).toBe('D:/x.txt');
    expect(fileUri('C:/Users/财务', true)).toBe('file:///C:/Users/%E8%B4%A2%E5%8A%A1/');
  });

  it('percent-encodes each path segment', () => {
    expect(encodeUriPath('a b/#1?.docx')).toBe('a%20b/%231%3F.docx');
    expect(fileUri('/srv/j', true)).toBe('file:///srv/j/');
  });
});

describe('findings', () => {
  const f = (ruleId: string, line: number | undefined, extra: Partial<Finding> = {}): Finding => ({
    ruleId,
    severity: 'error',
    message: '',
    location: { file: 'a', path: ['二、支出', '第1段'], line },
    data: {},
    fingerprint: `${ruleId}${line}`,
    ...extra,
  });

  it('sorts by line (unknown last), then rule id', () => {
    expect(sortFindings([f('b', undefined), f('b', 2), f('a', 2), f('c', 1)]).map((x) => `${x.ruleId}${x.location.line}`)).toEqual([
      'c1',
      'a2',
      'b2',
      'bundefined',
    ]);
  });

  it('counts suppressed findings apart', () => {
    expect(countFindings([f('a', 1), f('b', 1, { severity: 'info' }), f('c', 1, { suppressed: { kind: 'baseline', justification: 'x' } })])).toEqual({
      error: 1,
      warning: 0,
      info: 1,
      suppressed: 1,
    });
  });

  it('labels a location by section and line, else by its path', () => {
    expect(locationLabel({ file: 'a', section: '二', path: [], line: 3 }, 'zh')).toBe('二 › 第3行');
    expect(locationLabel({ file: 'a', path: ['二、支出', '第1段'] }, 'en')).toBe('二、支出 › paragraph 1');
    expect(locationLabel({ file: 'a', path: ['二、支出', '第1段'] }, 'zh')).toBe('二、支出 › 第1段');
    expect(locationLabel({ file: 'a', path: ['封面'] }, 'en')).toBe('cover');
  });
});
