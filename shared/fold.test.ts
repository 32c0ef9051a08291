import { describe, expect, it } from 'vitest';
import { foldAccents, foldKeepingLength } from './fold';

describe('foldAccents', () => {
  it('removes diacritics from Latin letters, precomposed or combining, keeping case', () => {
    expect(foldAccents('Café')).toBe('Cafe');
    expect(foldAccents('São Paulo')).toBe('Sao Paulo');
    expect(foldAccents('cafe\u0301')).toBe('cafe');
    expect(foldAccents('Nguyễn Phú Trọng')).toBe('Nguyen Phu Trong');
    expect(foldAccents('Ångström')).toBe('Angstrom');
  });
  it('folds the Latin letters that are not a letter plus a mark by convention', () => {
    expect(foldAccents('Straße')).toBe('Strasse');
    expect(foldAccents('Łódź')).toBe('Lodz');
    expect(foldAccents('Ørsted')).toBe('Orsted');
    expect(foldAccents('Æsir')).toBe('AEsir');
  });
  it('leaves other scripts as they are', () => {
    expect(foldAccents('Йошкар-Ола')).toBe('Йошкар-Ола');
    expect(foldAccents('ёлка')).toBe('ёлка');
    expect(foldAccents('北京')).toBe('北京');
  });
  it('returns ASCII text unchanged', () => {
    const s = 'plain ascii, 123';
    expect(foldAccents(s)).toBe(s);
  });
});

describe('foldKeepingLength', () => {
  it('folds precomposed letters in place and keeps the length', () => {
    const text = 'Un café à São Paulo, Łódź — straße';
    const folded = foldKeepingLength(text);
    expect(folded).toHaveLength(text.length);
    expect(folded).toBe('Un cafe a Sao Paulo, Lodz — straße');
  });
  it('returns text without Latin accents as the same string', () => {
    const text = 'nothing to fold here, nor in Москва';
    expect(foldKeepingLength(text)).toBe(text);
  });
});
