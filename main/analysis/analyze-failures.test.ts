/**
 * A stage that throws leaves its list empty and is recorded in `failures` (stage and reason), never swallowed.
 * The entity stage is replaced by one that throws: no real input makes a stage fail, by design.
 */
import { describe, expect, it, vi } from 'vitest';
import { AnalysisSchema } from '../../shared/analysis';

vi.mock('./entities/index', () => ({
  extractEntities: () => {
    throw new Error('gazetteer missing');
  },
}));

const { analyze } = await import('./index');

describe('analyze() with a failing stage', () => {
  it('records the stage and its reason, and runs the other stages', () => {
    const analysis = analyze({ text: 'Officials met in Geneva on Monday. "We agreed," the minister said.', publishedAt: '2023-02-23' });
    expect(analysis.failures).toEqual([{ stage: 'entities', message: 'gazetteer missing' }]);
    expect(analysis.entities).toEqual([]);
    expect(analysis.timexes.map((t) => t.text)).toEqual(['Monday']);
    expect(analysis.quotes).toHaveLength(1);
    expect(AnalysisSchema.parse(analysis)).toEqual(analysis);
  });
});
