import { describe, expect, it } from 'vitest';
import { emptyReflection } from '../charter/Charter';
import { evidenceSuggestions, withSuggestion } from './evidence';

describe('evidence drawn from the reflection', () => {
  const r = {
    ...emptyReflection(),
    dataReviewed: 'State tests 2023–2026 and 42 classroom observations.',
    rootCauses: '  Foundational reading is taught differently in every building. ',
    whyNow: 'Not evidence.',
  };

  it('offers the data reviewed, what it shows and the root causes — only those written', () => {
    expect(evidenceSuggestions(r).map((s) => s.label)).toEqual(['Data we reviewed', 'Root causes']);
    expect(evidenceSuggestions(emptyReflection())).toEqual([]);
  });

  it('adds a suggestion as its own labelled line, once', () => {
    const [data, causes] = evidenceSuggestions(r);
    const once = withSuggestion('', data)!;
    expect(once).toBe('Data we reviewed: State tests 2023–2026 and 42 classroom observations.');
    const twice = withSuggestion(`${once}\n`, causes)!;
    expect(twice).toBe(`${once}\nRoot causes: Foundational reading is taught differently in every building.`);
    expect(withSuggestion(twice, data)).toBeNull();
  });
});
