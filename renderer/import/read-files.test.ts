import { describe, it, expect } from 'vitest';
import { batchFiles, bytesToBase64, MAX_BASE64_PER_REQUEST, MAX_FILES_PER_REQUEST } from './read-files';

describe('bytesToBase64', () => {
  it('encodes like Node, including large inputs beyond one chunk', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 31) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(bytesToBase64(new TextEncoder().encode('Wang Yi — “tense”'))).toBe(Buffer.from('Wang Yi — “tense”').toString('base64'));
  });
});

describe('batchFiles', () => {
  it('splits by count and size, and reports files too large on their own', () => {
    const small = Array.from({ length: MAX_FILES_PER_REQUEST + 5 }, (_, i) => ({ name: `f${i}.txt`, base64: 'QQ==' }));
    const { batches } = batchFiles(small);
    expect(batches.map((b) => b.length)).toEqual([MAX_FILES_PER_REQUEST, 5]);

    const big = { name: 'big.txt', base64: 'A'.repeat(MAX_BASE64_PER_REQUEST - 10) };
    const r = batchFiles([big, { name: 'b.txt', base64: 'A'.repeat(100) }, { name: 'huge.txt', base64: 'A'.repeat(70_000_001) }]);
    expect(r.batches.map((b) => b.map((f) => f.name))).toEqual([['big.txt'], ['b.txt']]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.message).toMatch(/huge\.txt is too large/);
  });
});
