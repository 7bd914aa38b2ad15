import { describe, expect, it } from 'vitest';
import { mapList } from '../../src/checks/list.js';

describe('mapList', () => {
  it('maps like Array.prototype.map, with the index', () => {
    expect(mapList(['a', 'b', 'c'], (x, i) => `${x}${i}`)).toEqual(['a0', 'b1', 'c2']);
  });

  it('gives a new empty array for no input', () => {
    const input: number[] = [];
    const out = mapList(input, (x) => x * 2);
    expect(out).toEqual([]);
    expect(out).not.toBe(input);
  });
});
