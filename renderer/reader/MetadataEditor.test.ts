import { describe, it, expect } from 'vitest';
import { followUntouched, type FormState } from './MetadataEditor';

const form = (patch: Partial<FormState> = {}): FormState => ({ title: 'Old title', authors: 'Ann Analyst', publisher: 'Old Press', precision: 'day', date: '2024-03-01', url: '', ...patch });

describe('followUntouched', () => {
  it('keeps what the user typed and shows the new values of the fields they did not touch', () => {
    const typed = form({ publisher: 'Typed Press' });
    const fresh = form({ title: 'New title', publisher: 'New Press', authors: 'Ben Brief' });
    expect(followUntouched(typed, fresh, new Set(['publisher']))).toEqual(form({ title: 'New title', authors: 'Ben Brief', publisher: 'Typed Press' }));
  });

  it('keeps a date and its precision together when the user changed them', () => {
    const typed = form({ precision: 'month', date: '2024-03' });
    expect(followUntouched(typed, form({ date: '2024-05-02' }), new Set(['precision', 'date']))).toEqual(typed);
    // Only the date typed: its precision stays with it, though the article's changed.
    const dated = form({ date: '2024-03-09' });
    expect(followUntouched(dated, form({ precision: 'month', date: '2024-05' }), new Set(['date']))).toEqual(dated);
  });
});
