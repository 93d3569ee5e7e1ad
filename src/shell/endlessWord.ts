/**
 * A word longer than any real name, title or role has: a paste gone wrong, or one key held down. Where the app keeps
 * names whole (a table column as wide as its longest word, a heading that breaks only at soft hyphens), a name with
 * such a word may break anywhere instead, so it wraps inside its column rather than widening the page.
 */
export const ENDLESS_WORD_LETTERS = 25;

const ENDLESS = new RegExp(`[^\\s\\-‐‑–—/]{${ENDLESS_WORD_LETTERS},}`, 'u');

/** Whether the text holds a word (a run between spaces, hyphens and slashes) of 25 letters or more. */
export function hasEndlessWord(text: string | null | undefined): boolean {
  return !!text && ENDLESS.test(text);
}
