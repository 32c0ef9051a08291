import { describe, expect, it } from 'vitest';
import { hasWirePrefix, withoutHeadlineLabels, withoutWirePrefix } from './headline-labels';

describe('headline labels', () => {
  it('drops desk slugs, one or several, and bracketed kinds of story', () => {
    expect(withoutWirePrefix('UPDATE 2-Port strike ends')).toBe('Port strike ends');
    expect(withoutWirePrefix('CORRECTED-UPDATE 1-Port strike ends')).toBe('Port strike ends');
    expect(withoutWirePrefix('CORRECTED (OFFICIAL)-Port strike ends')).toBe('Port strike ends');
    expect(withoutWirePrefix('【速報】港のストが終結')).toBe('港のストが終結');
    expect(hasWirePrefix('REFILE-Port strike ends')).toBe(true);
  });

  it('keeps words of the headline that only look like slugs', () => {
    expect(withoutWirePrefix('Update on the port strike')).toBe('Update on the port strike');
    expect(withoutWirePrefix('COVID-19 cases fall')).toBe('COVID-19 cases fall');
    expect(hasWirePrefix('Port strike ends')).toBe(false);
  });

  it('drops labels of urgency or form before a separator, not the same words in the headline', () => {
    expect(withoutHeadlineLabels('BREAKING: Port strike ends')).toBe('Port strike ends');
    expect(withoutHeadlineLabels('Live updates | Port strike ends')).toBe('Port strike ends');
    expect(withoutHeadlineLabels('Live music returns to the pier')).toBe('Live music returns to the pier');
  });
});
