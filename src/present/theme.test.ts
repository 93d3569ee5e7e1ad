// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyTheme, followThemeChanges, saveTheme, storedTheme, THEME_STORAGE_KEY } from './theme';

describe('themes', () => {
  it('remembers the chosen theme, and follows the system when there is none', () => {
    localStorage.clear();
    expect(storedTheme(localStorage, false)).toBe('light');
    expect(storedTheme(localStorage, true)).toBe('dark');
    saveTheme('projector');
    expect(storedTheme(localStorage, true)).toBe('projector');
    localStorage.setItem(THEME_STORAGE_KEY, 'neon');
    expect(storedTheme(localStorage, false)).toBe('light');
  });

  it('marks the page and its colour scheme', () => {
    document.head.innerHTML = '<meta name="color-scheme" content="light">';
    applyTheme('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.querySelector('meta[name=color-scheme]')?.getAttribute('content')).toBe('dark');
    applyTheme('projector');
    expect(document.documentElement.dataset.theme).toBe('projector');
  });

  it('follows a theme chosen in another window', () => {
    const seen: string[] = [];
    const stop = followThemeChanges((t) => seen.push(t));
    window.dispatchEvent(new StorageEvent('storage', { key: THEME_STORAGE_KEY, newValue: 'dark' }));
    window.dispatchEvent(new StorageEvent('storage', { key: THEME_STORAGE_KEY, newValue: 'bogus' }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'other', newValue: 'light' }));
    stop();
    window.dispatchEvent(new StorageEvent('storage', { key: THEME_STORAGE_KEY, newValue: 'light' }));
    expect(seen).toEqual(['dark']);
  });
});
