/**
 * Colour themes: light, dark, and a projector theme (pure white, near-black,
 * every text at least 7:1 contrast, larger type) for washed-out projectors.
 * The choice is kept per browser and shared by every window of the app.
 */
export type ThemeId = 'light' | 'dark' | 'projector';

export const THEMES: ReadonlyArray<{ id: ThemeId; label: string }> = [
  { id: 'light', label: 'Light theme' },
  { id: 'dark', label: 'Dark theme' },
  { id: 'projector', label: 'Projector theme' },
];

export const THEME_STORAGE_KEY = 'same-playbook:theme';

export function isThemeId(value: unknown): value is ThemeId {
  return value === 'light' || value === 'dark' || value === 'projector';
}

/** The stored choice; without one, dark when the system asks for it, else light. */
export function storedTheme(
  storage: Pick<Storage, 'getItem'> | null = globalThis.localStorage ?? null,
  prefersDark: boolean = globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false,
): ThemeId {
  let value: string | null = null;
  try {
    value = storage?.getItem(THEME_STORAGE_KEY) ?? null;
  } catch {
    value = null;
  }
  return isThemeId(value) ? value : prefersDark ? 'dark' : 'light';
}

export function saveTheme(theme: ThemeId, storage: Pick<Storage, 'setItem'> | null = globalThis.localStorage ?? null): void {
  try {
    storage?.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // No storage (private mode): the theme lasts for this page.
  }
}

/** Put a theme on the page: a data attribute for the style sheet, and the colour scheme for form controls. */
export function applyTheme(theme: ThemeId, doc: Document = document): void {
  // Set only when it differs: writing the same colour scheme again still makes the browser restyle the whole page.
  if (doc.documentElement.dataset.theme !== theme) doc.documentElement.dataset.theme = theme;
  const meta = doc.querySelector('meta[name="color-scheme"]');
  const scheme = theme === 'dark' ? 'dark' : 'light';
  if (meta && meta.getAttribute('content') !== scheme) meta.setAttribute('content', scheme);
}

/** Follow a theme chosen in another window of the app. Returns a function that stops listening. */
export function followThemeChanges(onChange: (theme: ThemeId) => void, win: Window = window): () => void {
  const listener = (e: StorageEvent) => {
    if (e.key === THEME_STORAGE_KEY && isThemeId(e.newValue)) onChange(e.newValue);
  };
  win.addEventListener('storage', listener);
  return () => win.removeEventListener('storage', listener);
}
