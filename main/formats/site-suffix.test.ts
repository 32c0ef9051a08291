import { describe, expect, it } from 'vitest';
import { siteAfterHeadline, siteOfPageTitle, splitSiteSuffix } from './site-suffix';

describe('a line that may be "Headline | Site"', () => {
  it('splits at the last bar or dash', () => {
    expect(splitSiteSuffix('Pier to reopen in May after repairs | The Gazette')).toEqual({ headline: 'Pier to reopen in May after repairs', site: 'The Gazette' });
    expect(splitSiteSuffix('Pier to reopen in May after repairs — Harbour Post')).toEqual({ headline: 'Pier to reopen in May after repairs', site: 'Harbour Post' });
    expect(splitSiteSuffix('Harbour | Pier to reopen in May after repairs - Harbour Post')?.site).toBe('Harbour Post');
  });

  it('wants a headline-length line before it and a short name after it', () => {
    expect(splitSiteSuffix('Home - News')).toBeNull();
    expect(splitSiteSuffix('Lido to open early | Ashby Post')).toBeNull();
    expect(splitSiteSuffix('Pier to reopen in May after repairs - the council agreed on Tuesday night after a long debate')).toBeNull();
    expect(splitSiteSuffix('Pier to reopen in May after repairs | Harbour Post-Gazette')).toBeNull();
    expect(splitSiteSuffix(`${'Pier to reopen '.repeat(20)}| The Gazette`)).toBeNull();
  });
});

describe('the site after a known headline or in a known page title', () => {
  it('reads what follows a headline found elsewhere', () => {
    expect(siteAfterHeadline(' | The Gazette')).toBe('The Gazette');
    expect(siteAfterHeadline(' - Harbour Post-Gazette')).toBe('Harbour Post-Gazette');
    expect(siteAfterHeadline(': a long day | The Gazette')).toBeNull();
    expect(siteAfterHeadline(' and more | The Gazette')).toBeNull();
  });

  it('reads the end of a page title, however short its headline', () => {
    expect(siteOfPageTitle('Lido to open early | Ashby Post')).toBe('Ashby Post');
    expect(siteOfPageTitle('Lido re-opens – Harbour Post-Gazette')).toBe('Harbour Post-Gazette');
    expect(siteOfPageTitle('Lido to open early')).toBeNull();
  });
});
