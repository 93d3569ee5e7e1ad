import { describe, expect, it } from 'vitest';
import { SOURCES_HREF, charterHref, parseRoute, revisionsHref } from './route';

describe('hash routes', () => {
  it('opens the library for an empty or unknown hash', () => {
    expect(parseRoute('')).toEqual({ page: 'library' });
    expect(parseRoute('#/')).toEqual({ page: 'library' });
    expect(parseRoute('#/nonsense')).toEqual({ page: 'library' });
  });

  it('round-trips a charter stage', () => {
    expect(parseRoute(charterHref('abc-1', 'decide'))).toEqual({ page: 'charter', id: 'abc-1', stage: 'decide' });
  });

  it('ignores a stage that does not exist', () => {
    expect(parseRoute('#/charter/abc/nowhere')).toEqual({ page: 'charter', id: 'abc', stage: null });
  });

  it('round-trips the revisions of a charter, with or without a revision to compare', () => {
    expect(parseRoute(revisionsHref('abc-2'))).toEqual({ page: 'revisions', id: 'abc-2', compare: null });
    expect(parseRoute(revisionsHref('abc-2', 'abc/1'))).toEqual({ page: 'revisions', id: 'abc-2', compare: 'abc/1' });
  });

  it('opens the sources page', () => {
    expect(parseRoute(SOURCES_HREF)).toEqual({ page: 'sources' });
  });
});
