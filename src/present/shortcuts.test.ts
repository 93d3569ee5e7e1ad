// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { installShortcuts, isTextEntry, setSingleKeysEnabled, shortcutFor, singleKeysEnabled, type ShortcutContext } from './shortcuts';

const PRESENTING: ShortcutContext = { navigation: true, singleKeys: true };
const EDITING: ShortcutContext = { navigation: false, singleKeys: true };

function el(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body.querySelector('[data-focus]') ?? (document.body.firstElementChild as HTMLElement);
}
afterEach(() => {
  document.body.innerHTML = '';
  localStorage.clear();
});

const press = (key: string, target: EventTarget | null = document.body, extra = {}) => ({ key, target, ...extra });

describe('clicker and keyboard shortcuts', () => {
  it('moves between steps with what clickers send, while presenting', () => {
    for (const key of ['PageDown', 'ArrowRight', ' ']) expect(shortcutFor(press(key), PRESENTING), key).toBe('next');
    for (const key of ['PageUp', 'ArrowLeft']) expect(shortcutFor(press(key), PRESENTING), key).toBe('previous');
    expect(shortcutFor(press(' ', document.body, { shiftKey: true }), PRESENTING)).toBe('previous');
    // Up and down keep scrolling the page.
    expect(shortcutFor(press('ArrowDown'), PRESENTING)).toBeNull();
    // Outside presenting, the keys scroll the page as usual.
    expect(shortcutFor(press('PageDown'), EDITING)).toBeNull();
    expect(shortcutFor(press(' '), EDITING)).toBeNull();
  });

  it('never takes a key from a text field, a list box or editable text', () => {
    for (const html of [
      '<input type="text">',
      '<input>',
      '<input type="date">',
      '<textarea></textarea>',
      '<select><option>A</option></select>',
      '<div contenteditable="true"></div>',
    ]) {
      const target = el(html);
      expect(isTextEntry(target), html).toBe(true);
      for (const key of ['PageDown', 'ArrowRight', ' ', 'b', 'f', '?', '.']) {
        expect(shortcutFor(press(key, target), PRESENTING), `${key} in ${html}`).toBeNull();
      }
    }
  });

  it('leaves space to buttons and arrows to radio groups', () => {
    const button = el('<button>Next</button>');
    expect(shortcutFor(press(' ', button), PRESENTING)).toBeNull();
    expect(shortcutFor(press('PageDown', button), PRESENTING)).toBe('next');
    expect(shortcutFor(press('b', button), PRESENTING)).toBe('blank');

    const radio = el('<fieldset><input type="radio" name="m" data-focus></fieldset>');
    expect(shortcutFor(press('ArrowRight', radio), PRESENTING)).toBeNull();
    expect(shortcutFor(press(' ', radio), PRESENTING)).toBeNull();
    expect(shortcutFor(press('PageDown', radio), PRESENTING)).toBe('next');

    const cell = el('<div role="radiogroup"><div role="radio" tabindex="0" data-focus>Model 1</div></div>');
    expect(shortcutFor(press('ArrowLeft', cell), PRESENTING)).toBeNull();
    expect(shortcutFor(press('PageUp', cell), PRESENTING)).toBe('previous');

    // A grid that jumps to a person by the first letter of their name keeps its letters.
    const gridCell = el('<div role="grid"><div role="row"><div role="gridcell" tabindex="0" data-focus>Fatima</div></div></div>');
    expect(shortcutFor(press('f', gridCell), PRESENTING)).toBeNull();
    expect(shortcutFor(press('b', gridCell), PRESENTING)).toBeNull();
    expect(shortcutFor(press('ArrowRight', gridCell), PRESENTING)).toBeNull();
    expect(shortcutFor(press('PageDown', gridCell), PRESENTING)).toBe('next');

    const heading = el('<h1 tabindex="-1">Decide</h1>');
    expect(shortcutFor(press(' ', heading), PRESENTING)).toBe('next');
  });

  it('ignores keys with modifiers, keys already handled, and keys inside a dialog', () => {
    expect(shortcutFor(press('f', document.body, { ctrlKey: true }), PRESENTING)).toBeNull();
    expect(shortcutFor(press('ArrowRight', document.body, { altKey: true }), PRESENTING)).toBeNull();
    expect(shortcutFor(press('PageDown', document.body, { defaultPrevented: true }), PRESENTING)).toBeNull();
    const inDialog = el('<dialog open><button data-focus>Close</button></dialog>');
    expect(shortcutFor(press('PageDown', inDialog), PRESENTING)).toBeNull();
    expect(shortcutFor(press('?', inDialog), PRESENTING)).toBeNull();
  });

  it('has one-letter shortcuts that can be turned off', () => {
    expect(shortcutFor(press('B'), PRESENTING)).toBe('blank');
    expect(shortcutFor(press('.'), PRESENTING)).toBe('blank');
    expect(shortcutFor(press('F'), EDITING)).toBe('fullscreen');
    expect(shortcutFor(press('?', document.body, { shiftKey: true }), EDITING)).toBe('help');
    expect(shortcutFor(press('b'), EDITING), 'nothing to blank when not presenting').toBeNull();
    const off = { navigation: true, singleKeys: false };
    for (const key of ['b', 'f', '?']) expect(shortcutFor(press(key), off)).toBeNull();
    expect(shortcutFor(press('PageDown'), off)).toBe('next');

    expect(singleKeysEnabled()).toBe(true);
    setSingleKeysEnabled(false);
    expect(singleKeysEnabled()).toBe(false);
    setSingleKeysEnabled(true);
    expect(singleKeysEnabled()).toBe(true);
  });

  it('acts on real key presses and stops the page from scrolling', () => {
    const seen: string[] = [];
    const uninstall = installShortcuts(window, (a) => void seen.push(a), () => PRESENTING);
    const ev = new KeyboardEvent('keydown', { key: 'PageDown', cancelable: true, bubbles: true });
    document.body.dispatchEvent(ev);
    expect(seen).toEqual(['next']);
    expect(ev.defaultPrevented).toBe(true);
    uninstall();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }));
    expect(seen).toEqual(['next']);
  });
});
