import { describe, expect, it } from 'vitest';
import { ParagraphLines } from './txt-fields';

describe('ParagraphLines', () => {
  it('joins the lines of each paragraph with a space, and ends none that has no line', () => {
    const gathered = new ParagraphLines();
    expect(gathered.empty).toBe(true);
    gathered.end();
    gathered.add('The ferry will run');
    expect(gathered.empty).toBe(false);
    gathered.add('twice a day again.');
    gathered.end();
    gathered.end();
    gathered.add('Fares stay the same.');
    gathered.end();
    expect(gathered.paragraphs).toEqual(['The ferry will run twice a day again.', 'Fares stay the same.']);
  });
});
