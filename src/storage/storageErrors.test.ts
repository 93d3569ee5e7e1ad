import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { describeStorageError, storageErrorKind } from './storageErrors';

describe('why a draft was not saved, in plain words', () => {
  it('recognises a full disk, however the browser or Dexie wraps it', () => {
    const quota = new DOMException('Quota exceeded', 'QuotaExceededError');
    expect(storageErrorKind(quota)).toBe('quota');
    expect(storageErrorKind(new Dexie.AbortError('Transaction aborted', quota))).toBe('quota');
    expect(describeStorageError(quota)).toMatch(/no room left.*Download the charter file/);
  });

  it('recognises a database closed by an upgrade in another tab', () => {
    expect(storageErrorKind(new Dexie.DatabaseClosedError())).toBe('closed');
    expect(describeStorageError(new Dexie.DatabaseClosedError())).toMatch(/reload this page/);
  });

  it('names anything else and still offers the file', () => {
    expect(storageErrorKind(new Error('boom'))).toBe('other');
    expect(describeStorageError(new Error('boom'))).toBe('The draft could not be saved (boom). Download the charter file so nothing is lost.');
    expect(describeStorageError('odd')).toContain('(odd)');
  });
});
