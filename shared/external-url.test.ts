import { describe, expect, it } from 'vitest';
import { linkTarget } from './external-url';

describe('linkTarget: what following a link of a saved page means', () => {
  it('keeps in-page anchors in the page', () => {
    expect(linkTarget('#section-2', null)).toEqual({ kind: 'in-page' });
  });
  it('offers absolute web links, and relative ones resolved against the page address', () => {
    expect(linkTarget('https://news.example.org/a?b=1', null)).toEqual({ kind: 'external', url: 'https://news.example.org/a?b=1' });
    expect(linkTarget('/2023/02/next-story', 'https://news.example.org/2023/02/story')).toEqual({ kind: 'external', url: 'https://news.example.org/2023/02/next-story' });
  });
  it('refuses what it cannot follow safely, saying why', () => {
    expect(linkTarget('/relative', null)).toMatchObject({ kind: 'refused', reason: expect.stringContaining('unknown') });
    for (const href of ['javascript:alert(1)', 'file:///etc/passwd', 'http://localhost:8080/', 'http://127.0.0.1/', 'https://user:pw@example.org/', 'data:text/html,x']) {
      expect(linkTarget(href, 'https://news.example.org/'), href).toMatchObject({ kind: 'refused' });
    }
  });
});
