/**
 * The two platforms' inflaters agree (Node's zlib for the CLI, fflate for the page) and both keep
 * the InflateRaw contract: at most `limit` bytes, InflateOverLimit past it, another error on
 * corrupt data (which the zip reader reports as a damaged file).
 */
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InflateOverLimit, nodeInflate } from '../../src/lib/node.js';
import { webInflate } from '../../src/lib/web-inflate.js';

const text = new TextEncoder().encode('一般公共预算财政拨款支出 323.15 万元。'.repeat(20_000));
const packed = new Uint8Array(deflateRawSync(text));

describe.each([
  ['node', nodeInflate],
  ['web', webInflate],
])('%s inflater', (_name, inflate) => {
  it('gives back the bytes when they fit the limit (exactly, too)', () => {
    expect(Buffer.from(inflate(packed, text.length)).equals(Buffer.from(text))).toBe(true);
    expect(inflate(new Uint8Array(deflateRawSync(new Uint8Array(0))), 0).length).toBe(0);
  });

  it('refuses one byte more than the limit with InflateOverLimit', () => {
    expect(() => inflate(packed, text.length - 1)).toThrow(InflateOverLimit);
  });

  it('throws something else on corrupt data', () => {
    const bad = packed.slice();
    bad.fill(0xff, 10, 40);
    let thrown: unknown;
    try {
      inflate(bad, text.length);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).not.toBeInstanceOf(InflateOverLimit);
  });
});
