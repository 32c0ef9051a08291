import { describe, expect, it } from 'vitest';
import { escapeRegExp } from './regexp';

describe('escapeRegExp', () => {
  it('makes a pattern that matches the text literally', () => {
    const text = 'J. Roe (Ed.) [1/2] $5+ a*b?';
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    expect(new RegExp(escapeRegExp('J. Roe')).test('Jx Roe')).toBe(false);
  });
});
